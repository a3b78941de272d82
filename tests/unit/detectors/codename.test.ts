import { describe, expect, it } from 'vitest';
import { expectNone, expectOne, run } from './detector-test-kit.ts';

const HERON = { codenames: ['Heron', 'Project Osprey'] };

describe('codename', () => {
  it.each([
    ['Heron ships in March!', 'Heron'],
    ['Can\'t wait for H e r o n', 'H e r o n'],
    ['H.e.r.o.n is coming', 'H.e.r.o.n'],
    ['Project-Heron update', 'Heron'],
    ['#Heron vibes', 'Heron'],
    ['HERON-2 is fast', 'HERON'],
    ['Project Osprey demo', 'Project Osprey'],
    ['ProjectOsprey and more', 'ProjectOsprey'],
    ['P-r-o-j-e-c-t O-s-p-r-e-y', 'P-r-o-j-e-c-t O-s-p-r-e-y'],
  ])('finds the codename in %j', (text, found) => {
    expectOne('codename', text, found, HERON);
  });

  it.each([
    'Herons are lovely birds',
    'a heron and an osprey at the lake',
    'Osprey nests are huge',
    'Heronville is a town',
    'an osprey flew by',
    'Project management tips',
    'the heroine of the story',
  ])('ignores %j', (text) => {
    expectNone('codename', text, HERON);
  });

  it('finds "Project Osprey" written as just "Osprey" only in capitals or with a version', () => {
    expectOne('codename', 'OSPREY ships soon', 'OSPREY', HERON);
    expectOne('codename', 'Osprey-2 ships soon', 'Osprey', HERON);
    expectOne('codename', 'Osprey v3 ships soon', 'Osprey', HERON);
    expectNone('codename', "Finished 'The Osprey's Cry' on the train", HERON);
  });

  it('finds a capitalised "Osprey" for "Project Osprey" next to words about building software', () => {
    expectOne('codename', "Osprey's beta dashboard looks amazing", 'Osprey', HERON);
    expectOne('codename', 'Pushed the last fix to the Osprey repo', 'Osprey', HERON);
    expectOne('codename', 'Показали бета-версию Osprey', 'Osprey', HERON);
  });

  it('leaves a capitalised "Osprey" alone as a bird, a title or without work words', () => {
    expectNone('codename', 'A great Osprey over the lake, what a demo of patience', HERON);
    expectNone('codename', 'an Osprey at the dashboard of my car, somehow', HERON);
    expectNone('codename', "The Osprey's Cry comes out in paperback; the release party is Friday", HERON);
    expectNone('codename', 'Osprey nests are huge', HERON);
    expectNone('codename', 'our osprey beta dashboard', HERON);
  });

  it.each([
    ['Проект O.s.p.r.e.y — скоро всё расскажем', 'O.s.p.r.e.y'],
    ['Проект Osprey почти готов', 'Osprey'],
    ['Работаю над проектом Osprey уже третий месяц', 'Osprey'],
    ['Операция «Osprey» идёт по плану', 'Osprey'],
    ['Кодовое имя osprey, больше ничего не скажу', 'osprey'],
    ['Pr0ject 0spr3y demo went great today', 'Pr0ject 0spr3y'],
    ['Проект 0spr3y: скоро релиз', '0spr3y'],
    ['big week for o_s_p_r_e_y, say no more', 'o_s_p_r_e_y'],
  ])('finds the short form disguised or named as a project in English or Russian: %j', (text, found) => {
    expectOne('codename', text, found, HERON);
  });

  it.each([
    'Видели скопу (osprey) над озером',
    'The osprey over the lake was amazing, 3 dives in a row',
    'Проект «Скопа» — наш волонтёрский кружок по орнитологии',
    'Project management for ospreys: a nest cam guide',
    'Build 0.5.3 of the nest cam is out',
  ])('ignores the bird and other projects in %j', (text) => {
    expectNone('codename', text, HERON);
  });

  it('names the codename it found', () => {
    expect(expectOne('codename', 'about project osprey', 'project osprey', HERON).label).toBe('codename “Project Osprey”');
  });

  it('finds nothing without a profile', () => {
    expect(run('codename', 'Heron ships', {})).toEqual([]);
  });

  it('treats codenames as literals, not patterns', () => {
    expectOne('codename', 'R+D (v2) launch', 'R+D (v2)', { codenames: ['R+D (v2)'] });
    expectNone('codename', 'RRD v2 launch', { codenames: ['R+D (v2)'] });
  });
});
