import { describe, expect, it } from 'vitest';
import { flagged, ruleChecker } from './helpers.ts';

const inflecting = (...terms: string[]) => ruleChecker({ type: 'terms', terms, inflect: true });

describe('terms with inflect', () => {
  it('adds -s/-d/-ing after a final e, with the ending longer than "e" preferred', () => {
    expect(flagged(inflecting('sue'), 'They sued us, they sue everyone, she sues, we are suing, sue’s fault')).toEqual([
      'sued',
      'sue',
      'sues',
      'suing',
      'sue’s',
    ]);
    expect(flagged(inflecting('outage'), 'Two outages after the outage')).toEqual(['outages', 'outage']);
  });

  it('turns a final consonant + y into -ies, -ied, -ying', () => {
    expect(flagged(inflecting('deny'), 'He denies it, she denied it, they keep denying it, deny it')).toEqual([
      'denies',
      'denied',
      'denying',
      'deny',
    ]);
    expect(flagged(inflecting('play'), 'plays, played, playing')).toEqual(['plays', 'played', 'playing']);
  });

  it('doubles the last consonant of a short consonant-vowel-consonant word', () => {
    expect(flagged(inflecting('ban'), 'They banned it and keep banning; bans too')).toEqual(['banned', 'banning', 'bans']);
  });

  it('keeps the plural possessive of a regular noun whole', () => {
    expect(flagged(inflecting('competitor'), "our competitors' prices")).toEqual(["competitors'"]);
  });

  it('does not reach other words that start with the term', () => {
    expect(flagged(inflecting('sue'), 'suede shoes, a suet pudding, Suez')).toEqual([]);
    expect(flagged(inflecting('use'), 'a user, the usual, usefully')).toEqual([]);
    expect(flagged(inflecting('deny'), 'denying is fine but denyable is not')).toEqual(['denying']);
    expect(flagged(inflecting('ban'), 'a banner, bandwidth, banana')).toEqual([]);
    expect(flagged(inflecting('outage'), 'outaged? outagey')).toEqual(['outaged']);
  });
});
