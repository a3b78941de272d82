import { describe, expect, it } from 'vitest';
import { run } from './detector-test-kit.ts';
import { valence } from '../../../rules/engine/detectors/valence.ts';

const found = (text: string) => run('negative-sentiment', text).map((m) => text.slice(m.start, m.end));

describe('negative-sentiment detector', () => {
  it('finds strongly negative evaluation words of AFINN-165', () => {
    expect(found('Their support is terrible and the docs are useless.')).toEqual(['terrible', 'useless']);
    expect(found('A miserable, pathetic upgrade.')).toEqual(['miserable', 'pathetic']);
  });

  it('finds inflected forms the list does not spell out', () => {
    expect(valence('disappoints')).toBe(-2);
    expect(found('The UI disappoints; they keep failing and stalling.')).toEqual(['disappoints', 'failing', 'stalling']);
  });

  it('finds negative phrases of the lexicon whole', () => {
    expect(found('It does not work and I am fed up')).toEqual(['does not work', 'fed up']);
  });

  it('does not count a negated negative word', () => {
    expect(found('Not bad at all, never disappointing.')).toEqual([]);
    expect(found("It isn't the worst tool, hardly a mess.")).toEqual([]);
  });

  it('counts a negated positive word, also with a degree word between', () => {
    expect(found('The new pricing is not very good.')).toEqual(['not very good']);
    expect(found("Their docs aren't great")).toEqual(["aren't great"]);
  });

  it('lets a negation reach only its own clause', () => {
    expect(found('Not the fastest, but awful? No.')).toEqual(['awful']);
    expect(found('Not only good but great.')).toEqual([]);
    expect(found('No doubt, great work.')).toEqual([]);
  });

  it('leaves out words that name an event or a topic rather than judge', () => {
    expect(found('Contoso had an outage and a lawsuit; the problem is fixed.')).toEqual([]);
    expect(found('We settled the patent dispute.')).toEqual([]);
  });

  it("leaves the writer's own feeling and a harm someone got through, but not a feeling aimed at someone", () => {
    expect(found("We were desperate for a fix and Fabrikam's support came through")).toEqual([]);
    expect(found('I felt really stupid. They survived a near collapse and recovered from a terrible quarter.')).toEqual([]);
    expect(found("I'm so annoyed by their pricing")).toEqual(['annoyed']);
    expect(found('They were desperate, and their support was terrible.')).toEqual(['desperate', 'terrible']);
  });

  it('finds nothing in neutral or positive text, and mild words stay out', () => {
    expect(found('Contoso opened a region in Oslo. Great talk, well done.')).toEqual([]);
    expect(found('A broken laptop battery, a delayed flight, a dead link.')).toEqual([]);
  });
});
