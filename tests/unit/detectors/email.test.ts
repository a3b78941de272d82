import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('email', () => {
  it.each([
    ['Thanks jane@example.com for the help', 'jane@example.com'],
    ['mail jane_doe+news@mail.example.co.uk, please', 'jane_doe+news@mail.example.co.uk'],
    ['Write to j.doe@example.com.', 'j.doe@example.com'],
    ['Пишите на иван@пример.рф', 'иван@пример.рф'],
    ['(jane@example.com)', 'jane@example.com'],
    ['Пишите Ивану: ivan.petrov(собака)mail.ru', 'ivan.petrov(собака)mail.ru'],
    ['ivan [собака] mail [точка] ru', 'ivan [собака] mail [точка] ru'],
  ])('finds the address in %j', (text, address) => {
    expectOne('email', text, address);
  });

  it.each([
    'jane @ example . com',
    'Follow @northwindcloud for news',
    'Use the icon@2x.png asset',
    'npm i left-pad@1.3.0',
    'a.@example.com and .a@example.com',
    'user@localhost is not public',
    'postgres://svc:Xk29!mPq7@db.staging.example.net:5432/billing',
  ])('ignores %j', (text) => {
    expectNone('email', text);
  });

  it('suggests a masked address', () => {
    expect(expectOne('email', 'ping jane@example.com', 'jane@example.com').replacement).toBe('j•••@example.com');
  });

  it.each([
    ['she can be reached at maya dot patel at gmail dot com for offers', 'maya dot patel at gmail dot com'],
    ['пишите ivan собака yandex точка ru', 'ivan собака yandex точка ru'],
    ['ping jdoe at contoso dot co dot uk today', 'jdoe at contoso dot co dot uk'],
  ])('finds an address spelled out in words in %j', (text, found) => {
    expectOne('email', text, found);
  });

  it.each([
    "we're at the office dot dot dot",
    'the dot at the end of the line',
    'look at the dotcom era',
    'meet at noon dot',
  ])('ignores the near miss %j', (text) => {
    expectNone('email', text);
  });
});
