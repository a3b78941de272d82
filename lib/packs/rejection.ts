/**
 * Why a candidate pack was not activated. `code` selects the translated sentence in the UI
 * (locales/<lang>/options.json "reason.<code>"), `detail` fills it in, `message` is the English
 * sentence for the CLI and the stored record.
 */
export type RejectionCode =
  | 'insecure-url'
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'too-large'
  | 'content-type'
  | 'malformed'
  | 'tampered'
  | 'unsigned'
  | 'unknown-key'
  | 'bad-signature'
  | 'no-trusted-keys'
  | 'expired'
  | 'older-version'
  | 'invalid-pack'
  | 'import-disabled';

export interface Rejection {
  code: RejectionCode;
  message: string;
  detail?: string;
}

export function reject(code: RejectionCode, message: string, detail?: string): Rejection {
  return detail === undefined ? { code, message } : { code, message, detail };
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

export function accepted<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function rejected<T>(code: RejectionCode, message: string, detail?: string): Outcome<T> {
  return { ok: false, rejection: reject(code, message, detail) };
}
