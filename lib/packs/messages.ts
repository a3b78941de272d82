/** Options page → background requests about packs (browser.runtime.sendMessage). */
import type { GoodPack, PackState } from './state.ts';
import type { Rejection } from './rejection.ts';

export interface ImportPackRequest {
  type: 'postcoach:import-pack';
  text: string;
  file: string;
}
export interface RemoveImportRequest {
  type: 'postcoach:remove-import';
}
export interface RefreshPacksRequest {
  type: 'postcoach:refresh-packs';
}
export type PackRequest = ImportPackRequest | RemoveImportRequest | RefreshPacksRequest;

export type ImportPackResponse = { ok: true; pack: Pick<GoodPack, 'sha256' | 'origin' | 'signer'> & { id: string; version: string } } | { ok: false; rejection: Rejection };
export type PackStateResponse = { ok: true; state: PackState };

export function isPackRequest(message: unknown): message is PackRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'postcoach:import-pack' || type === 'postcoach:remove-import' || type === 'postcoach:refresh-packs';
}
