import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { resolveInside, serveStatic } from '../../../demo/static-server.ts';

describe('resolveInside', () => {
  it('maps paths into the root and directories to their index.html', () => {
    expect(resolveInside('/srv/demo', '/')).toBe('/srv/demo/index.html');
    expect(resolveInside('/srv/demo', '/assets/a.js?v=1#x')).toBe('/srv/demo/assets/a.js');
  });

  it('refuses anything that would leave the root', () => {
    expect(resolveInside('/srv/demo', '/../secret')).toBeNull();
    expect(resolveInside('/srv/demo', '/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveInside('/srv/demo', '/%E0%A4%A')).toBeNull();
    expect(resolveInside('/srv/demo', '/a%00b')).toBeNull();
    expect(resolveInside('/srv/demo', '/../demo-other/x')).toBeNull();
  });
});

describe('serveStatic', () => {
  let root: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'demo-static-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><p>demo</p>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    ({ server, url } = await serveStatic(root, 0));
  });
  afterAll(() => {
    server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('listens on loopback only, on the port it was given or a free one', () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const address = server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('serves files with their type and a policy that forbids connections out of the page', async () => {
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'none'");
    expect(await page.text()).toContain('demo');
    const script = await fetch(`${url}assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and 405 for writes', async () => {
    expect((await fetch(`${url}nope.js`)).status).toBe(404);
    expect((await fetch(`${url}assets`)).status).toBe(404);
    expect((await fetch(url, { method: 'POST', body: 'x' })).status).toBe(405);
  });
});
