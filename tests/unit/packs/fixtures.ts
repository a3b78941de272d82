/** Shared test material for the pack-source tests: packs, keys, bundles, a store and a fake server. */
import { parse as parseYaml } from 'yaml';
import { buildBundle, signBundle, type Bundle } from '../../../lib/packs/bundle.ts';
import type { PackValidator } from '../../../lib/packs/candidate.ts';
import { generateSigningKey, type SigningKey } from '../../../lib/packs/keys.ts';
import type { KeyValueStore } from '../../../lib/packs/manager.ts';
import { accepted, rejected } from '../../../lib/packs/rejection.ts';
import { PackSchema, type Pack, type PackInput } from '../../../rules/engine/schema.ts';

export const NOW = new Date('2026-11-26T12:00:00Z');

export function orgPack(version = '1.0.0', message = 'Say "our products", not the codename.'): PackInput {
  return {
    id: 'acme',
    version,
    title: 'Acme social media guidelines',
    rules: [
      {
        id: 'acme.codename',
        category: 'confidential',
        severity: 'block',
        message,
        why: 'Codenames are confidential until launch.',
        match: { type: 'terms', terms: ['Bluebird'] },
        examples: { bad: ['Bluebird ships soon'], good: ['Our new product ships soon'] },
      },
    ],
  };
}

export const corePack: Pack = PackSchema.parse({ id: 'core', version: '1.0.0', title: 'Core', rules: [] });

/** Schema-only stand-in for the engine, so manager tests exercise sources and activation alone. */
export const schemaValidator: PackValidator = (text, file) => {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return rejected('invalid-pack', `${file}: not YAML or JSON`, String(error));
  }
  const parsed = PackSchema.safeParse(raw);
  return parsed.success ? accepted(parsed.data) : rejected('invalid-pack', `${file}: ${parsed.error.issues[0]?.message}`);
};

let cachedKey: Promise<SigningKey> | undefined;
export function teamKey(): Promise<SigningKey> {
  return (cachedKey ??= generateSigningKey());
}

export async function signedBundle(pack: PackInput, key?: SigningKey, expiresAt?: Date): Promise<Bundle> {
  const bundle = await buildBundle(pack, new Date('2026-11-01T00:00:00Z'), expiresAt);
  return signBundle(bundle, key ?? (await teamKey()));
}

export function memoryStore(): KeyValueStore & { data: Record<string, unknown>; writes: number } {
  const store = {
    data: {} as Record<string, unknown>,
    writes: 0,
    async get(key: string) {
      return key in store.data ? { [key]: structuredClone(store.data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      store.writes++;
      Object.assign(store.data, structuredClone(items));
    },
  };
  return store;
}

export interface FakeRequest {
  url: string;
  headers: Record<string, string>;
}

/** A fetch that answers from a function and records what was asked. */
export function fakeFetch(answer: (request: FakeRequest) => Response | Promise<Response>): typeof fetch & { requests: FakeRequest[] } {
  const requests: FakeRequest[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = { url: String(input), headers: { ...(init?.headers as Record<string, string>) } };
    requests.push(request);
    return answer(request);
  };
  return Object.assign(fn as typeof fetch, { requests });
}

export function jsonResponse(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...headers } });
}
