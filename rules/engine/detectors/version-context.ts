import { textAround } from './nearby.ts';

// Words that name what follows as a software version: "Build 10.4.2.118", "firmware 10.2.0.77",
// "changelog for 10.11.0.4", "release notes of 172.16.3.9". Shared by every detector that reads
// dotted or grouped digits, so a version is never an address or a phone.
export const VERSION_WORDS =
  'version|versions|ver|v|build|builds|release|releases|rel|firmware|fw|changelog|changelogs|change\\s?log|release\\snotes|patch|hotfix|sdk|kernel|driver|bios|сборка|версия|версии|релиз|релиза|прошивка|прошивки';

const VERSION_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${VERSION_WORDS})(?:\s(?:number|no\.?|nr|string|tag|id|номер))?\s?(?:[:#№-]|\s(?:for|of|is|was|для))?|(?:patched|upgraded|updated|bumped|downgraded|upgrade|update|bump|обновились|обновили|обновился)\s(?:(?:it|everything|us|all|всё)\s)?(?:to|до))\s?\(?$`,
  'iu',
);
// After the number only words that cannot describe a machine: "10.4.2.118 release", not "10.0.4.12 build box".
const VERSION_AFTER =
  /^\)?[\s,]{1,2}(?:version|release|firmware|changelog|release\snotes|rc\d?|lts|версия|релиз|прошивка)(?![\p{L}\p{N}])/iu;

/** True when the number at [start, end) is introduced or followed by a word naming it a version. */
export function isNamedVersion(text: string, start: number, end: number): boolean {
  const { before, after } = textAround(text, start, end, 40, 16);
  return VERSION_BEFORE.test(before) || VERSION_AFTER.test(after);
}
