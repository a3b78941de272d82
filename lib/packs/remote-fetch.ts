/**
 * Fetches a published bundle: HTTPS (or plain HTTP on loopback, for local testing), conditional
 * (ETag / Last-Modified), bounded in time and size, JSON only. Never throws: every failure comes
 * back as a rejection with a sentence an administrator can act on.
 */
import { accepted, rejected, type Outcome } from './rejection.ts';

export const REMOTE_LIMITS = { timeoutMs: 15_000, maxBytes: 1024 * 1024 };

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; text: string; validators: Validators };

export interface FetchOptions {
  fetch: typeof fetch;
  validators?: Validators;
  timeoutMs?: number;
  maxBytes?: number;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function checkPackUrl(url: string): Outcome<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return rejected('insecure-url', `the pack URL "${url}" is not a URL`, url);
  }
  const loopbackHttp = parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !loopbackHttp) {
    return rejected('insecure-url', `the pack URL must use HTTPS: ${url}`, url);
  }
  return accepted(parsed);
}

function isJsonType(contentType: string | null): boolean {
  const essence = contentType?.split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || /^application\/[\w.+-]+\+json$/.test(essence);
}

async function readBounded(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function conditionalHeaders(validators: Validators | undefined): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators?.etag) headers['If-None-Match'] = validators.etag;
  if (validators?.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return headers;
}

export async function fetchBundleText(url: string, options: FetchOptions): Promise<Outcome<FetchResult>> {
  const checked = checkPackUrl(url);
  if (!checked.ok) return checked;
  const timeoutMs = options.timeoutMs ?? REMOTE_LIMITS.timeoutMs;
  const maxBytes = options.maxBytes ?? REMOTE_LIMITS.maxBytes;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await options.fetch(checked.value.href, {
      headers: conditionalHeaders(options.validators),
      signal: controller.signal,
      cache: 'no-cache',
      credentials: 'omit',
      redirect: 'follow',
    });
    if (response.redirected) {
      const final = checkPackUrl(response.url);
      if (!final.ok) return final;
    }
    if (response.status === 304) return accepted({ kind: 'not-modified' });
    if (!response.ok) {
      return rejected('http-status', `the server answered ${response.status} for ${url}`, String(response.status));
    }
    const contentType = response.headers.get('content-type');
    if (!isJsonType(contentType)) {
      return rejected('content-type', `expected application/json, the server sent ${contentType ?? 'no content type'}`, contentType ?? '');
    }
    const declared = Number(response.headers.get('content-length'));
    const bytes = declared > maxBytes ? undefined : await readBounded(response, maxBytes);
    if (!bytes) return rejected('too-large', `the bundle is larger than ${maxBytes} bytes`, String(maxBytes));
    const validators: Validators = {};
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    return accepted({ kind: 'fetched', text: new TextDecoder().decode(bytes), validators });
  } catch (error) {
    if (controller.signal.aborted) {
      return rejected('timeout', `no answer from ${url} within ${timeoutMs / 1000} s`, String(timeoutMs / 1000));
    }
    const reason = error instanceof Error ? error.message : String(error);
    return rejected('network', `could not reach ${url}: ${reason}`, reason);
  } finally {
    clearTimeout(timer);
  }
}
