import { describe, expect, it } from 'vitest';
import { run } from './detector-test-kit.ts';

const found = (text: string) => run('profanity', text).map((m) => text.slice(m.start, m.end));

describe('profanity detector', () => {
  it('finds English swear words in any inflection and compound', () => {
    expect(found('What a shitty, bitchy fucking mess')).toEqual(['shitty', 'bitchy', 'fucking']);
    expect(found('motherfuckers and dipshits, all of them')).toEqual(['motherfuckers', 'dipshits']);
    expect(found("can't be arsed, total bollocks")).toEqual(['arsed', 'bollocks']);
  });

  it('finds swear words disguised with symbols, one symbol for each letter', () => {
    expect(found('their sales reps are lying a**holes')).toEqual(['a**holes']);
    expect(found('who the f@#k pushed to main, what a sh*tstorm')).toEqual(['f@#k', 'sh*tstorm']);
    expect(found('total b*llsh*t from a m*therf*cker')).toEqual(['b*llsh*t', 'm*therf*cker']);
    expect(found('this p*ss-poor plan, F***.')).toEqual(['p*ss-poor', 'F***']);
    expect(found('account managers are a$$holes')).toEqual(['a$$holes']);
  });

  it('finds digits standing for the letters they look like, and the usual hyphenated stand-ins', () => {
    expect(found('I feel like absolute sh1t today')).toEqual(['sh1t']);
    expect(found('f-ing Mondays, and a-holes on the forum')).toEqual(['f-ing', 'a-holes']);
  });

  it('reads words that are rude only when someone masks them', () => {
    expect(found('stop being such d*cks in review')).toEqual(['d*cks']);
    expect(found('Dick Fosbury and a dick joke')).toEqual([]);
    expect(found('Samsung A55 review')).toEqual([]);
  });

  it('leaves symbols that are syntax: maths, ratings, globs, paths, addresses, handles, markdown emphasis', () => {
    expect(found('Rated it 4* out of 5; use a*b then c**2')).toEqual([]);
    expect(found('match a**/b and f*.log, see core-js#iterable-dom-collections')).toEqual([]);
    expect(found('mail kashi@corp.example or ping @shit_happens about #fuckups')).toEqual([]);
    expect(found('**A run next to an escaped slash** and ***only one command***')).toEqual([]);
    expect(found('SSH_TTY is set, Array#@@iterator too')).toEqual([]);
  });

  it('leaves words that merely contain the letters', () => {
    expect(found('Scunthorpe, cocktail hour, shiitake risotto, a Wankel engine, a bastardised Scrum, a mishit')).toEqual([]);
    expect(found('assessment by the analysts, Middlesex, the debugger')).toEqual([]);
  });

  it('finds Russian mat by its roots after the prefixes its words take', () => {
    expect(found('заебали, отъебись, охуеть, нихуя, пиздец, бляди')).toEqual(['заебали', 'отъебись', 'охуеть', 'нихуя', 'пиздец', 'бляди']);
    expect(found('Мудак, рукожоп, говнокод')).toEqual(['Мудак', 'рукожоп', 'говнокод']);
    expect(found('бл*ть, х*й, е*ать, п***ц, на х*р')).toEqual(['бл*ть', 'х*й', 'е*ать', 'п***ц', 'х*р']);
  });

  it('leaves Russian words that hold the same letters', () => {
    expect(found('себе, небо, хлеб, вебинар, учеба, потребитель, оскорблять, употреблять, бляха')).toEqual([]);
    expect(found('Застрахуйте ноутбук, страхуй себя; выхухоль и Хуан')).toEqual([]);
  });

  it('reads "хрен" as a swear only in its idioms, not as horseradish or a village', () => {
    expect(found('Какого хрена, коллеги? Хрен вам, а не премия.')).toEqual(['хрена', 'Хрен']);
    expect(found('Да ну нахрен, вы там совсем охренели')).toEqual(['нахрен', 'охренели']);
    expect(found('Хрен с горчицей к холодцу, потом в село Хреновое')).toEqual([]);
  });
});
