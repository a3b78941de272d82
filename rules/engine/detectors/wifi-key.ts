import type { Detector, DetectorMatch } from './types.ts';
import { assignmentMatch, looksLikeSecretValue } from './secret-value.ts';

const NETWORK = String.raw`(?:wi-?fi|wlan|wpa[23]?(?:-psk)?|guest\s{1,2}network|network|вай-?фа(?:й|я|ю|е)|вайфа(?:й|я|ю|е)|сет(?:ь|и)|wi-?fi-сети)`;
const SECRET_WORD = String.raw`(?:password|passcode|passphrase|pass|key|pw|pwd|code|пароль|ключ)`;
// A bare space ("wifi password Summer24") is captured: the value must then look like a secret.
const SEPARATOR = String.raw`(?:\s{0,2}(?::|=|—|–|-)\s{0,2}|\s{1,2}(?:is|это)\s{1,2}|(\s{1,2}))`;
const VALUE = String.raw`(["'\x60«]?[^\s"'\x60«»]{1,70})`;
// "wifi password is x", "WPA key: x", "PSK: x", "password for the wifi is x", "пароль от wi-fi: x"; a few
// words may stand between the secret word and the network ("пароль от гостевого вайфая", "password for
// the guest wifi") and before a colon or "is" ("… в офисе на Лесной: x", "… in the Lisbon office is x").
const FEW_WORDS = String.raw`(?:\s{1,2}[\p{L}\p{N}-]{1,20}){1,6}`;
const SPOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:${NETWORK}\s{0,2}${SECRET_WORD}|psk|${SECRET_WORD}\s{1,2}(?:for|to|of|on|от|для|к)\s{1,2}(?:[\p{L}-]{1,20}\s{1,2}){0,3}?${NETWORK})(?![\p{L}\p{N}])(?:${FEW_WORDS}\s?:\s{0,2}|(${FEW_WORDS}\s{1,2}(?:is|это)\s{1,2})|${SEPARATOR})${VALUE}`,
  'giu',
);
// "Our wifi: SSID NW-Guest, pass: Welcome2024", "network NW-Offsite, the key is Offs1te-2026",
// "Гостевой Wi-Fi: NW_Guest, ключ — Gost_2026#": a labelled
// password with the network named just before.
const LABELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])${SECRET_WORD}(?:\s{0,2}[:=]\s{0,2}|\s{1,2}[—–-]\s{1,2}|(\s{1,2}(?:is|это)\s{1,2}))${VALUE}`,
  'giu',
);
// The network and its password side by side, told in passing: "wifi was NWmeetup / tagus-river-77", "Wi-Fi:
// NorthwindGuest / Welcome2026!", "wifi at the Lisbon office is NWLisbon and the code is azulejo2026", "network
// NWparty, key sunset-boat-3". The value is read strictly: prose after a slash ("wifi was slow / the coffee") is no key.
const NETWORK_NAME = String.raw`([\p{L}\p{N}][\p{L}\p{N}_.-]{2,31})`;
// A network name has a capital, a digit or a joiner (NWmeetup, Office_5G, NW-Guest); "router" or "effects" is prose.
const NAMED_LIKE_A_NETWORK = /[\p{Lu}\d_-]/u;
const PAIR = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])${NETWORK}(?:\s{1,2}(?:details|info|login|name))?(?:\s{1,2}[\p{L}\p{N}-]{1,20}){0,4}?(?:\s{0,2}[:=—–]\s{0,2}|\s{1,2}(?:was|is|это)\s{1,2}|\s{1,2})(?:(?:ssid|network|name|сеть)\s{1,2})?${NETWORK_NAME}(?:\s{0,2}[/|]\s{0,2}|,?\s{1,2}(?:and\s{1,2}|и\s{1,2})?(?:the\s{1,2})?${SECRET_WORD}(?:\s{0,2}[:=—–]\s{0,2}|\s{1,2}(?:is|это)\s{1,2}|\s{1,2}))${VALUE}`,
  'giu',
);
const NETWORK_NEARBY = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${NETWORK}|ssid)(?![\p{L}\p{N}])`, 'iu');
// The Wi-Fi QR code payload: WIFI:T:WPA;S:<ssid>;P:<password>;;
const QR_PAYLOAD = /WIFI:(?:[A-Z]:(?:\\.|[^;\\]){0,64};){1,6};?/gi;
const QR_PASSWORD = /(?:^WIFI:|;)P:((?:\\.|[^;\\]){1,64});/i;

export const wifiKey: Detector = {
  name: 'wifi-key',
  description: 'Wi-Fi passwords: "wifi password is …", "WPA key: …", "пароль от wi-fi …", and WIFI:T:WPA;S:…;P:…;; QR payloads.',
  scope: 'segment',
  keywords: ['wifi', 'wi-fi', 'wlan', 'wpa', 'psk', 'network', 'ssid', 'вай', 'сети', 'сеть'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(SPOKEN)) {
      // After a bare space or "… in the office is", prose is as likely as a password.
      const [, wordsThenIs, bareSpace, rawValue] = m as unknown as [string, string | undefined, string | undefined, string];
      const { value, match } = assignmentMatch(text, m, rawValue, 'Wi-Fi password');
      if (looksLikeSecretValue(value, 4, bareSpace !== undefined || wordsThenIs !== undefined)) matches.push(match);
    }
    for (const m of text.matchAll(LABELLED)) {
      const [, spokenIs, rawValue] = m as unknown as [string, string | undefined, string];
      const { value, match } = assignmentMatch(text, m, rawValue, 'Wi-Fi password');
      if (matches.some((found) => found.start <= match.start && match.start < found.end)) continue;
      const networkNamed = NETWORK_NEARBY.test(text.slice(Math.max(0, match.start - 40), match.start));
      if (networkNamed && looksLikeSecretValue(value, 4, spokenIs !== undefined)) matches.push(match);
    }
    for (const m of text.matchAll(PAIR)) {
      const [, name, rawValue] = m as unknown as [string, string, string];
      if (!NAMED_LIKE_A_NETWORK.test(name)) continue;
      const { value, match } = assignmentMatch(text, m, rawValue, 'Wi-Fi password');
      if (matches.some((found) => found.start < match.end && match.start < found.end)) continue;
      if (looksLikeSecretValue(value, 6, true)) matches.push(match);
    }
    for (const m of text.matchAll(QR_PAYLOAD)) {
      if (!QR_PASSWORD.test(m[0])) continue;
      matches.push({ start: m.index, end: m.index + m[0].length, label: 'Wi-Fi password' });
    }
    return matches.sort((a, b) => a.start - b.start);
  },
};
