/** Pack material for the browser suites: an organisation pack, and bundles built and signed as `pack build` + `pack sign` do. */
import { buildBundle, signBundle, type Bundle } from '../../../lib/packs/bundle.ts';
import type { SigningKey } from '../../../lib/packs/keys.ts';
import type { Page, Worker } from 'playwright-core';

export const ACME_RULE = 'acme.codename';
export const ACME_DRAFT = 'Bluebird ships soon.';

export function acmePackYaml(version: string): string {
  return `id: acme
version: ${version}
title: Acme social media guidelines
extends: [core]
rules:
  - id: ${ACME_RULE}
    category: confidential
    severity: block
    message: Bluebird is a codename — say "our next product".
    why: Codenames are confidential until launch.
    match: { type: terms, terms: [Bluebird] }
    examples: { bad: ["Bluebird ships soon"], good: ["Our next product ships soon"] }
`;
}

export function acmePack(version: string) {
  return {
    id: 'acme',
    version,
    title: 'Acme social media guidelines',
    extends: ['core'],
    rules: [
      {
        id: ACME_RULE,
        category: 'confidential',
        severity: 'block',
        message: 'Bluebird is a codename — say "our next product".',
        why: 'Codenames are confidential until launch.',
        match: { type: 'terms', terms: ['Bluebird'] },
        examples: { bad: ['Bluebird ships soon'], good: ['Our next product ships soon'] },
      },
    ],
  };
}

export async function signedAcmeBundle(version: string, key: SigningKey): Promise<Bundle> {
  return signBundle(await buildBundle(acmePack(version), new Date()), key);
}

/** The extension's id, from its service worker's URL. */
export function extensionId(workerUrl: string): string {
  return new URL(workerUrl).host;
}

/** Polls outside a test body (hooks), where expect.poll is not available. */
export async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Opens an extension page. The harness aborts every request it does not serve, the page's own
 * chrome-extension:// scripts included, so this page lets those through (page routes win).
 */
export async function openExtensionPage(page: Page, id: string, path: string): Promise<void> {
  await page.route(`chrome-extension://${id}/**`, (route) => route.continue());
  await page.goto(`chrome-extension://${id}/${path}`);
}

/** What the content script of the tab at `url` reports (the popup's postcoach:status request), asked from the service worker. */
export async function blockCountOnTab(worker: Worker, url: string): Promise<number | undefined> {
  return worker.evaluate(async (url) => {
    const tabs = (globalThis as unknown as { chrome: ChromeTabs }).chrome.tabs;
    const [tab] = await tabs.query({ url });
    if (tab?.id === undefined) return undefined;
    const status = await tabs.sendMessage(tab.id, { type: 'postcoach:status' });
    return status.composers.reduce((sum, composer) => sum + composer.counts.block, 0);
  }, url);
}

interface ChromeTabs {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(id: number, message: object): Promise<{ composers: { counts: { block: number } }[] }>;
  };
}
