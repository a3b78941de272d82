/**
 * The single writer of the active pack set. Every operation loads the state, tries one candidate
 * and commits the state and the active packs together; a refused candidate changes nothing but its
 * source's rejection record. Operations run one at a time.
 */
import { STORAGE_KEYS, type ActivePacks } from '../contracts.ts';
import type { Pack } from '../../rules/engine/schema.ts';
import { packDigest } from './bundle.ts';
import { candidateFromFile, candidateFromSignedBundle, type Candidate, type CandidateContext, type PackValidator } from './candidate.ts';
import { parseTrustedKey, type TrustedKey } from './keys.ts';
import { importAllowed, type PolicyReading } from './policy.ts';
import { accepted, rejected, type Outcome } from './rejection.ts';
import { fetchBundleText, type FetchOptions } from './remote-fetch.ts';
import { composeActivePacks, EMPTY_PACK_STATE, goodPacks, PACK_STATE_KEY, type GoodPack, type PackSource, type PackState } from './state.ts';
import { compareVersions } from './version.ts';

/** The subset of browser.storage.local the manager needs. */
export interface KeyValueStore {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface PackManagerDeps {
  store: KeyValueStore;
  fetch: typeof fetch;
  now: () => Date;
  corePack: Pack;
  validate: PackValidator;
  limits?: Pick<FetchOptions, 'timeoutMs' | 'maxBytes'>;
}

export type SourceResult = 'activated' | 'unchanged' | 'not-modified' | 'rejected' | 'none';

export class PackManager {
  private queue: Promise<unknown> = Promise.resolve();
  private coreSha256: Promise<string>;

  constructor(private readonly deps: PackManagerDeps) {
    this.coreSha256 = packDigest(deps.corePack);
  }

  async state(): Promise<PackState> {
    const stored = (await this.deps.store.get(PACK_STATE_KEY))[PACK_STATE_KEY] as PackState | undefined;
    return stored ?? structuredClone(EMPTY_PACK_STATE);
  }

  /** Policy changed (or the background started): inline pack, remote pack, import permission. */
  applyPolicy(reading: PolicyReading): Promise<PackState> {
    return this.serial(async () => {
      const state = await this.state();
      state.managed = reading.managed;
      const keys = await this.trustedKeys(reading);
      state.policyProblems = [...reading.problems, ...keys.problems];
      await this.applyInlinePack(state, reading, keys.keys);
      await this.refreshRemoteInto(state, reading, keys.keys);
      await this.commit(state, reading);
      return state;
    });
  }

  /** The alarm fired: fetch the remote pack again (conditionally). */
  refreshRemote(reading: PolicyReading): Promise<SourceResult> {
    return this.serial(async () => {
      const state = await this.state();
      const keys = await this.trustedKeys(reading);
      const result = await this.refreshRemoteInto(state, reading, keys.keys);
      await this.commit(state, reading);
      return result;
    });
  }

  importPack(text: string, file: string, reading: PolicyReading): Promise<Outcome<GoodPack>> {
    return this.serial(async () => {
      const state = await this.state();
      if (!importAllowed(reading.policy)) {
        return rejected<GoodPack>('import-disabled', 'your organisation\'s policy does not allow importing packs');
      }
      const keys = await this.trustedKeys(reading);
      const candidate = await candidateFromFile(text, file, this.context(state, reading, keys.keys, 'import'));
      const result = this.settle(state, 'import', file, candidate);
      await this.commit(state, reading);
      const record = state.sources.import;
      if (result === 'rejected' && record?.rejection) return { ok: false, rejection: record.rejection };
      return record?.good ? accepted(record.good) : rejected<GoodPack>('invalid-pack', `${file} was not activated`);
    });
  }

  removeImport(reading: PolicyReading): Promise<PackState> {
    return this.serial(async () => {
      const state = await this.state();
      delete state.sources.import;
      await this.commit(state, reading);
      return state;
    });
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async trustedKeys(reading: PolicyReading): Promise<{ keys: TrustedKey[]; problems: string[] }> {
    const keys: TrustedKey[] = [];
    const problems: string[] = [];
    for (const [index, text] of (reading.policy.publicKeys ?? []).entries()) {
      const parsed = await parseTrustedKey(text);
      if (parsed.ok) keys.push(parsed.key);
      else problems.push(`publicKeys[${index}]: ${parsed.reason}`);
    }
    return { keys, problems };
  }

  private context(state: PackState, reading: PolicyReading, trustedKeys: TrustedKey[], source: PackSource): CandidateContext {
    const others = goodPacks(state, (s) => isEnabled(s, reading), source).map((good) => good.pack);
    return {
      trustedKeys,
      now: this.deps.now(),
      validate: this.deps.validate,
      alongside: [this.deps.corePack, ...others.reverse()],
    };
  }

  private async applyInlinePack(state: PackState, reading: PolicyReading, keys: TrustedKey[]): Promise<void> {
    const inline = reading.policy.inlinePack;
    if (inline === undefined) {
      delete state.sources.policy;
      return;
    }
    const text = typeof inline === 'string' ? inline : JSON.stringify(inline);
    const candidate = await candidateFromFile(text, 'policy inlinePack', this.context(state, reading, keys, 'policy'));
    this.settle(state, 'policy', 'policy', candidate);
  }

  private async refreshRemoteInto(state: PackState, reading: PolicyReading, keys: TrustedKey[]): Promise<SourceResult> {
    const url = reading.policy.packUrl;
    if (url === undefined) {
      delete state.sources.remote;
      return 'none';
    }
    const previous = state.sources.remote;
    const sameUrl = previous?.url === url;
    const current = (state.sources.remote = { ...previous, url });
    if (!sameUrl) delete current.validators;
    const fetched = await fetchBundleText(url, {
      fetch: this.deps.fetch,
      ...this.deps.limits,
      ...(current.validators && current.good ? { validators: current.validators } : {}),
    });
    if (!fetched.ok) return this.settle(state, 'remote', url, fetched);
    if (fetched.value.kind === 'not-modified') {
      current.checkedAt = this.deps.now().toISOString();
      return 'not-modified';
    }
    const candidate = await candidateFromSignedBundle(fetched.value.text, url, this.context(state, reading, keys, 'remote'));
    const result = this.settle(state, 'remote', url, candidate);
    if (result !== 'rejected') current.validators = fetched.value.validators;
    return result;
  }

  /** Records the outcome for one source; the good pack changes only when the candidate is accepted. */
  private settle(state: PackState, source: PackSource, origin: string, candidate: Outcome<Candidate>): SourceResult {
    const now = this.deps.now().toISOString();
    const record = (state.sources[source] ??= {});
    record.checkedAt = now;
    const decided = candidate.ok ? notOlder(candidate.value, record.good) : candidate;
    if (!decided.ok) {
      record.rejection = { ...decided.rejection, at: now, origin };
      return 'rejected';
    }
    delete record.rejection;
    if (sameAsGood(record.good, decided.value, origin)) return 'unchanged';
    const good: GoodPack = { pack: decided.value.pack, sha256: decided.value.sha256, origin, activatedAt: now };
    if (decided.value.signer) good.signer = decided.value.signer;
    if (decided.value.builtAt) good.builtAt = decided.value.builtAt;
    if (decided.value.expiresAt) good.expiresAt = decided.value.expiresAt;
    record.good = good;
    return 'activated';
  }

  private async commit(state: PackState, reading: PolicyReading): Promise<void> {
    const active = await composeActivePacks(
      this.deps.corePack,
      await this.coreSha256,
      goodPacks(state, (source) => isEnabled(source, reading)),
    );
    const stored = (await this.deps.store.get(STORAGE_KEYS.activePacks))[STORAGE_KEYS.activePacks] as ActivePacks | undefined;
    const items: Record<string, unknown> = { [PACK_STATE_KEY]: state };
    if (stored?.revision !== active.revision) items[STORAGE_KEYS.activePacks] = active;
    await this.deps.store.set(items);
  }
}

function isEnabled(source: PackSource, reading: PolicyReading): boolean {
  return source !== 'import' || importAllowed(reading.policy);
}

function sameAsGood(good: GoodPack | undefined, candidate: Candidate, origin: string): boolean {
  return (
    good?.sha256 === candidate.sha256 &&
    good.origin === origin &&
    good.signer?.keyId === candidate.signer?.keyId &&
    good.signer?.verified === candidate.signer?.verified
  );
}

function notOlder(candidate: Candidate, good: GoodPack | undefined): Outcome<Candidate> {
  if (good && good.pack.id === candidate.pack.id && compareVersions(candidate.pack.version, good.pack.version) < 0) {
    return rejected(
      'older-version',
      `version ${candidate.pack.version} of pack ${candidate.pack.id} is older than the active ${good.pack.version}`,
      `${candidate.pack.version} < ${good.pack.version}`,
    );
  }
  return accepted(candidate);
}
