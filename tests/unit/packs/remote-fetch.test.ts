import { describe, expect, it } from 'vitest';
import { checkPackUrl, fetchBundleText } from '../../../lib/packs/remote-fetch.ts';
import { fakeFetch, jsonResponse } from './fixtures.ts';

const URL_OK = 'https://packs.example.com/acme.json';

function rejectionOf(result: Awaited<ReturnType<typeof fetchBundleText>>) {
  if (result.ok) throw new Error('expected a rejection');
  return result.rejection;
}

describe('checkPackUrl', () => {
  it('accepts HTTPS anywhere and plain HTTP only on loopback', () => {
    expect(checkPackUrl(URL_OK).ok).toBe(true);
    expect(checkPackUrl('http://127.0.0.1:8080/p.json').ok).toBe(true);
    expect(checkPackUrl('http://localhost/p.json').ok).toBe(true);
    const plain = checkPackUrl('http://packs.example.com/p.json');
    expect(!plain.ok && plain.rejection.message).toBe('the pack URL must use HTTPS: http://packs.example.com/p.json');
    expect(!checkPackUrl('file:///etc/passwd').ok).toBe(true);
  });
});

describe('fetchBundleText', () => {
  it('returns the body and the validators of a JSON answer', async () => {
    const fetch = fakeFetch(() => jsonResponse({ a: 1 }, { etag: '"v1"', 'last-modified': 'Wed, 25 Nov 2026 10:00:00 GMT' }));
    const result = await fetchBundleText(URL_OK, { fetch });
    expect(result).toEqual({
      ok: true,
      value: { kind: 'fetched', text: '{"a":1}', validators: { etag: '"v1"', lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT' } },
    });
  });

  it('sends If-None-Match and If-Modified-Since and understands 304', async () => {
    const fetch = fakeFetch(() => new Response(null, { status: 304 }));
    const result = await fetchBundleText(URL_OK, { fetch, validators: { etag: '"v1"', lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT' } });
    expect(result).toEqual({ ok: true, value: { kind: 'not-modified' } });
    expect(fetch.requests[0]?.headers).toMatchObject({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Wed, 25 Nov 2026 10:00:00 GMT' });
  });

  it('rejects an HTTP URL without asking the network', async () => {
    const fetch = fakeFetch(() => jsonResponse({}));
    expect(rejectionOf(await fetchBundleText('http://packs.example.com/p.json', { fetch })).code).toBe('insecure-url');
    expect(fetch.requests).toHaveLength(0);
  });

  it('reports a network error with its cause', async () => {
    const fetch = fakeFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(rejectionOf(await fetchBundleText(URL_OK, { fetch }))).toEqual({
      code: 'network',
      message: `could not reach ${URL_OK}: Failed to fetch`,
      detail: 'Failed to fetch',
    });
  });

  it('gives up after the timeout', async () => {
    const fetch = (async (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, fail) => {
        init?.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError')));
      })) as typeof globalThis.fetch;
    const rejection = rejectionOf(await fetchBundleText(URL_OK, { fetch, timeoutMs: 20 }));
    expect(rejection.code).toBe('timeout');
    expect(rejection.message).toBe(`no answer from ${URL_OK} within 0.02 s`);
  });

  it('reports a 404 with its status', async () => {
    const fetch = fakeFetch(() => new Response('not here', { status: 404 }));
    expect(rejectionOf(await fetchBundleText(URL_OK, { fetch }))).toEqual({
      code: 'http-status',
      message: `the server answered 404 for ${URL_OK}`,
      detail: '404',
    });
  });

  it('rejects a body over the limit, whether declared or streamed', async () => {
    const big = 'x'.repeat(2048);
    const declared = fakeFetch(() => new Response(big, { headers: { 'content-type': 'application/json', 'content-length': '2048' } }));
    const streamed = fakeFetch(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode(big.slice(0, 512)));
              controller.close();
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
    );
    expect(rejectionOf(await fetchBundleText(URL_OK, { fetch: declared, maxBytes: 1024 })).message).toBe('the bundle is larger than 1024 bytes');
    expect(rejectionOf(await fetchBundleText(URL_OK, { fetch: streamed, maxBytes: 1024 })).code).toBe('too-large');
  });

  it('rejects a wrong content type, e.g. an HTML login page', async () => {
    const fetch = fakeFetch(() => new Response('<html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }));
    expect(rejectionOf(await fetchBundleText(URL_OK, { fetch })).message).toBe('expected application/json, the server sent text/html; charset=utf-8');
  });

  it('accepts JSON media types with parameters and +json suffixes', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/vnd.postcoach+json']) {
      const fetch = fakeFetch(() => new Response('{}', { headers: { 'content-type': type } }));
      expect((await fetchBundleText(URL_OK, { fetch })).ok).toBe(true);
    }
  });
});

describe('fetchBundleText redirects', () => {
  it('refuses a redirect that ends on plain HTTP', async () => {
    const fetch = fakeFetch(() => {
      const response = jsonResponse({});
      Object.defineProperties(response, { redirected: { value: true }, url: { value: 'http://mirror.example.com/p.json' } });
      return response;
    });
    const result = await fetchBundleText(URL_OK, { fetch });
    expect(!result.ok && result.rejection.message).toBe('the pack URL must use HTTPS: http://mirror.example.com/p.json');
  });
});
