import { describe, expect, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('wifi-key', () => {
  it.each([
    ['Guests: the wifi password is Sunsh1ne42!', 'wifi password is Sunsh1ne42!'],
    ['WPA key: correcthorse', 'WPA key: correcthorse'],
    ['WiFi pw: guest2024 enjoy', 'WiFi pw: guest2024'],
    ['пароль от wi-fi: qwerty12345', 'пароль от wi-fi: qwerty12345'],
    ['пароль от вайфая 12345678', 'пароль от вайфая 12345678'],
    ['password for the wifi is BlueSky99', 'password for the wifi is BlueSky99'],
    ['scan WIFI:T:WPA;S:Office;P:hunter22;; to join', 'WIFI:T:WPA;S:Office;P:hunter22;;'],
    ['wifi password is sunshine', 'wifi password is sunshine'],
    ['Our wifi: SSID NW-Guest, pass: Welcome2024', 'pass: Welcome2024'],
    ['Пароль от вайфая в переговорке: SeverVeter_2026', 'Пароль от вайфая в переговорке: SeverVeter_2026'],
  ])('finds the Wi-Fi key in %j', (text, found) => {
    expect(expectOne('wifi-key', text, found).label).toBe('Wi-Fi password');
  });

  it.each([
    'The wifi is down again',
    'wifi password is on the fridge',
    'The network key concept matters',
    'WIFI:T:nopass;S:Cafe;;',
    'I forgot the wifi password lol',
    'guest network password: ask reception',
    'wifi password: ********',
    'Day pass: Welcome2024 gets you into the lounge',
    'Network effects are key: 10x growth',
  ])('ignores %j', (text) => {
    expectNone('wifi-key', text);
  });

  it.each([
    ['Пароль от гостевого вайфая в офисе на Лесной: NwGuest_2026!', 'Пароль от гостевого вайфая в офисе на Лесной: NwGuest_2026!'],
    ['Пароль от нашей офисной сети на пятом этаже: Pyatyi_Etazh5', 'Пароль от нашей офисной сети на пятом этаже: Pyatyi_Etazh5'],
    ['Password for the guest wifi in the Lisbon office is Lisb0a-Guest!', 'Password for the guest wifi in the Lisbon office is Lisb0a-Guest!'],
    ['the conference wifi key for the big room upstairs is Hall-B!2026', 'wifi key for the big room upstairs is Hall-B!2026'],
    ['Wifi for the offsite: network NW-Offsite, the key is Offs1te-2026', 'key is Offs1te-2026'],
    ['Гостевой Wi-Fi: NW_Guest, ключ — Gost_2026#, передайте', 'ключ — Gost_2026#'],
  ])('finds the key with words between the secret word, the network and the value: %j', (text, found) => {
    expectOne('wifi-key', text, found);
  });

  it.each([
    'Пароль от вайфая в офисе теперь меняют каждую неделю, спрашивайте на ресепшене.',
    'The guest wifi password for the lobby is printed on the card',
    'wifi password for the lobby is Printed',
    'Wifi code of conduct: be nice',
    'wifi is great, the key is consistency',
    'пароль от нашей новой сети знает только админ',
  ])('ignores the near miss %j', (text) => {
    expectNone('wifi-key', text);
  });

  it.each([
    ['wifi was NWmeetup / tagus-river-77 if you want to come back', 'wifi was NWmeetup / tagus-river-77'],
    ['Wi-Fi: NorthwindGuest / Welcome2026!', 'Wi-Fi: NorthwindGuest / Welcome2026!'],
    ['The wifi at the Lisbon office is NWLisbon and the code is azulejo2026.', 'wifi at the Lisbon office is NWLisbon and the code is azulejo2026'],
    ['Wi-Fi details for tonight: network NWparty, key sunset-boat-3', 'Wi-Fi details for tonight: network NWparty, key sunset-boat-3'],
    ['Вай-фай на митапе: NWmeetup / lisboa-2026', 'Вай-фай на митапе: NWmeetup / lisboa-2026'],
  ])('finds a network and its key told side by side in %j', (text, found) => {
    expectOne('wifi-key', text, found);
  });

  it.each([
    'wifi was slow / the coffee was great, thanks for hosting',
    'wifi was flaky / talks were great / lunch was late',
    'our wifi router / mesh-node-2 setup',
    'network effects / 10x-growth-loops',
    'Wi-Fi 6 / Wi-Fi 7 comparison in the new blog post.',
    'The wifi network at the venue is NW-Guest, ask the front desk for the code.',
  ])('ignores a slash or a name without a key-like value: %j', (text) => {
    expectNone('wifi-key', text);
  });

  it('hides the value in the suggestion', () => {
    expect(expectOne('wifi-key', 'WPA key: correcthorse', 'WPA key: correcthorse').replacement).toBe('WPA key: ••••••••');
  });
});
