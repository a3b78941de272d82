import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('phone', () => {
  it.each([
    ['Call me at (555) 123-4567 tomorrow', '(555) 123-4567'],
    ['Reach the desk: 555-123-4567.', '555-123-4567'],
    ['Our London office is on 020 7946 0018', '020 7946 0018'],
    ['Пишите в WhatsApp +7 912 345-67-89', '+7 912 345-67-89'],
    ['Звоните 8 (912) 345-67-89 после обеда', '8 (912) 345-67-89'],
    ['Berlin: +49 30 1234567', '+49 30 1234567'],
    ['+7(912)345-67-89 — мой рабочий', '+7(912)345-67-89'],
    ['US line 1-415-555-0199', '1-415-555-0199'],
    ['+14155552671 is her cell', '+14155552671'],
    ['Madrid: +34 912 345 678', '+34 912 345 678'],
  ])('finds the phone in %j', (text, phone) => {
    expectOne('phone', text, phone);
  });

  it.each([
    ['call me on 5551234567', '5551234567'],
    ['тел. 912 345 67 89', '912 345 67 89'],
    ['whatsapp: 07700 900 461', '07700 900 461'],
    ['Call 555 123 4567 2 times if no answer', '555 123 4567'],
    ['Tel. No. 020 7946 0018', '020 7946 0018'],
    ['Тел. № 8 (912) 345-67-89', '8 (912) 345-67-89'],
  ])('accepts a weaker format next to a context word: %j', (text, phone) => {
    expectOne('phone', text, phone);
  });

  it.each([
    'Between 2019-2023 we tripled the team',
    'Upgraded to version 10.15.7 today',
    'Order 555-123-4567 shipped',
    'invoice 12345678 is paid',
    'Raised $1 234 567 in the seed round',
    'Launch on 2024-03-15 at 10:30',
    'Ticket #5551234567 closed',
    'Release v 2.3.1 and 4.5.6 are out',
    'See you on 15.03.2024',
    'The city has 1 234 567 residents',
    'Build id 12345678901234',
    'It costs 1 299 000 руб',
    'As Smith (2019) 123 argued',
    'ORCID 0000-0002-1825-0097',
    'ISBN 978-3-16-148410-0',
    'UUID 123e4567-e89b-12d3-a456-426614174000',
    'Growth was +15% and +12 345 users',
    'We crossed +12 500 000 views this year',
    'Our NPS went from 45 to 72 and 10.0.0.1 is the router',
    'firmware 415 555 0187 is out',
    'bot token 7123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0',
  ])('ignores %j', (text) => {
    expectNone('phone', text);
  });

  it.each([
    'The Northwind support line is +1 800 555 0142, staffed 24/7.',
    'Billing hotline: 1-888-555-0199',
    'call (877) 555-0144 any time',
    'Northwind customer care: +44 800 555 0123',
    'UK freephone 0808 157 0192',
    'Горячая линия: 8 800 555-35-35',
    'звоните +7 800 555-35-35',
    'Kostenlos: 0800 123 4567',
  ])('ignores a freephone (toll-free) business line: %j', (text) => {
    expectNone('phone', text);
  });

  it.each([
    ['her cell is +1 415 555 0193', '+1 415 555 0193'],
    ['+44 7700 900123 kept ringing', '+44 7700 900123'],
    ['звонил с +7 912 800-35-35', '+7 912 800-35-35'],
    ['call 1-880-555-0199', '1-880-555-0199'],
  ])('still finds a personal number beside the freephone ranges: %j', (text, phone) => {
    expectOne('phone', text, phone);
  });

  it('masks all but the last two digits in the suggestion', () => {
    expect(expectOne('phone', 'ring 555-123-4567', '555-123-4567')).toMatchObject({
      label: 'phone number',
      replacement: '•••-•••-••67',
    });
  });
});
