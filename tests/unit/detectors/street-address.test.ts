import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('street-address', () => {
  it.each([
    ['I live at 221B Baker Street.', '221B Baker Street'],
    ['HQ: 1600 Pennsylvania Ave NW, Washington', '1600 Pennsylvania Ave'],
    ['meet at 42 W 34th St. at noon', '42 W 34th St.'],
    ['Drop it at 10 Downing Street', '10 Downing Street'],
    ['She moved to 7 Maple Leaf Ln', '7 Maple Leaf Ln'],
    ['Адрес: ул. Ленина, д. 5, кв. 12', 'ул. Ленина, д. 5, кв. 12'],
    ['Живу на улица Тверская, дом 7', 'улица Тверская, дом 7'],
  ])('finds the address in %j', (text, address) => {
    expectOne('street-address', text, address);
  });

  it.each([
    '3 Ways to improve your onboarding',
    '10 Best Places to work in 2025',
    'In 2024 Main Street Bank grew fast',
    'ул. Ленина is very long',
    'We walked 5 miles down the road',
    'Top 5 tips: way more than you think',
    'Dr. Smith said 5 Dr. Jones agreed',
  ])('ignores %j', (text) => {
    expectNone('street-address', text);
  });

  it.each([
    ['To Dariusz Kowalczyk of 22 Elm Row, Edinburgh EH7 4AA, the customer', '22 Elm Row, Edinburgh EH7 4AA'],
    ['Morag Fraser of 9 Thistle Crescent, Glasgow G12 8QQ found it', '9 Thistle Crescent, Glasgow G12 8QQ'],
    ['The reviewer lives at 14 Oak Close, Leeds LS6 2AB, just saying', '14 Oak Close, Leeds LS6 2AB'],
    ['gave his address as 77 Maple Grove, Springfield, IL 62704.', '77 Maple Grove, Springfield, IL 62704'],
    ['Pieter lives at Keizersgracht 123, 1015 CJ Amsterdam now', 'Keizersgracht 123, 1015 CJ Amsterdam'],
    ['Wyślij na Długa 5, 00-950 Warszawa', 'Długa 5, 00-950 Warszawa'],
    ['she lives at 5 Birch Hill, near the park', '5 Birch Hill'],
    ['Dariusz Kowalczyk of 22 Elm Vale, Leith', '22 Elm Vale'],
  ])('finds an address by its postcode, its continental order or how it is told in %j', (text, address) => {
    expectOne('street-address', text, address);
  });

  it.each([
    'Flight BA 2490 leaves from Terminal 5 at 10:40',
    'The Class of 2024 Graduates are joining us',
    'Windows 11, 2024 Edition is out',
    'Release Notes of 3 March, with fixes',
    'Platform Team of 12 Engineers, spread out',
    'Our Q3 Report of 15 Pages, Mostly Charts',
    'He lives at home with 3 cats',
  ])('ignores the near miss %j', (text) => {
    expectNone('street-address', text);
  });

  it.each([
    ['Клиент Петров живёт на Садовой, 12, кв. 45 — курьера', 'Садовой, 12, кв. 45'],
    ['Он живёт на Садовой, 12', 'Садовой, 12'],
    ['проживает по адресу Лесная 5', 'Лесная 5'],
  ])('finds a Russian address without the street word in %j', (text, address) => {
    expectOne('street-address', text, address);
  });

  it.each(['В 2024, 12 кв. метров', 'Весна, 12 кв. м. — маленькая комната', 'Москва, 2024, квартал 3'])(
    'ignores the near miss %j',
    (text) => {
      expectNone('street-address', text);
    },
  );

  it.each([
    ['Helena Novak (14 Rue des Lilas, 69003 Lyon) called us', '14 Rue des Lilas'],
    ['Mr. Dupont lives at 3 avenue Victor Hugo, 75116 Paris', '3 avenue Victor Hugo'],
    ['Refund went to Anna Kowalska, ul. Słoneczna 8/12, 30-001 Kraków.', 'ul. Słoneczna 8/12, 30-001 Kraków'],
    ['Delivered to Sven Larsson, Storgatan 12, 114 51 Stockholm.', 'Storgatan 12, 114 51 Stockholm'],
    ['Shipping label for Klaus: Bahnhofstrasse 10, 8001 Zürich.', 'Bahnhofstrasse 10, 8001 Zürich'],
    ['Rua Augusta 24, 1100-053 Lisboa', 'Rua Augusta 24, 1100-053 Lisboa'],
    ['Customer Jan de Vries, Prinsengracht 263, called again', 'Prinsengracht 263'],
  ])('finds a European address, type first or by its suffix, in %j', (text, address) => {
    expectOne('street-address', text, address);
  });

  it.each([
    'We shipped 3 place settings for the party',
    'Top 5 Courses in Python',
    'The Kubernetes 1.29, 2024 release',
    'Gracht 2 is a board game',
  ])('ignores the European near miss %j', (text) => {
    expectNone('street-address', text);
  });
});
