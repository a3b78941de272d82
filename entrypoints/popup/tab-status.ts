/** Asks the content script of the active tab how it is doing; undefined when none runs there. */
import { browser } from 'wxt/browser';
import type { StatusRequest, StatusResponse } from '../../lib/contracts.ts';

export async function activeTabStatus(): Promise<StatusResponse | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  try {
    const response = (await browser.tabs.sendMessage(tab.id, { type: 'postcoach:status' } satisfies StatusRequest)) as StatusResponse | undefined;
    return response && typeof response === 'object' && 'site' in response ? response : undefined;
  } catch {
    // "Could not establish connection. Receiving end does not exist": no content script on this page.
    return undefined;
  }
}
