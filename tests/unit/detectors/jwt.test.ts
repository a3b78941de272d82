import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

const HS256 =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
const base64url = (json: string) => btoa(json).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const UNSIGNED = `${base64url('{"alg":"none"}')}.${base64url('{"sub":"42"}')}.`;
const RS256 = `${base64url('{"typ":"JWT","alg":"RS256","kid":"k1"}')}.${base64url('{"role":"admin"}')}.c2lnbmF0dXJl`;

describe('jwt', () => {
  it.each([
    [`Authorization: Bearer ${HS256}`, HS256],
    [`token=${HS256}&x=1`, HS256],
    [`unsigned ${UNSIGNED} works`, UNSIGNED],
    [`${RS256}.`, RS256],
    [`"${HS256}"`, HS256],
  ])('finds the token in %j', (text, token) => {
    expect(expectOne('jwt', text, token).label).toBe('JSON Web Token');
  });

  it.each([
    `${base64url('{"foo":"bar"}')}.${base64url('{"sub":"1"}')}.abc`,
    'eyJ!!!.x.y',
    `${base64url('{"alg":')}.${base64url('{"sub":"1"}')}.abc`,
    'eyJhbGciOiJIUzI1NiJ9 only a header',
    `x${HS256}`,
    `${base64url('["alg"]')}.eyJzdWIiOiIxIn0.abc`,
    // The token jwt.io's debugger opens on (signed with "your-256-bit-secret").
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  ])('ignores %j', (text) => {
    expectNone('jwt', text);
  });
});
