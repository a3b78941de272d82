import { describe, expect, it } from 'vitest';
import { findingOf, withOrg } from './helpers.ts';

describe('platform limits', () => {
  it('counts X weighted length: 141 CJK characters are over 280', () => {
    const text = '字'.repeat(141);
    expect(findingOf(withOrg, text, 'core.platform.length', { platform: 'x' })).toBeDefined();
    expect(findingOf(withOrg, text, 'core.platform.length', { platform: 'linkedin' })).toBeUndefined();
  });

  it('uses the LinkedIn comment limit for comments', () => {
    const text = 'a'.repeat(1300);
    expect(findingOf(withOrg, text, 'core.platform.length', { platform: 'linkedin', surface: 'comment' })).toBeDefined();
    expect(findingOf(withOrg, text, 'core.platform.length', { platform: 'linkedin', surface: 'post' })).toBeUndefined();
  });

  it('says how far over the limit the post is', () => {
    const finding = findingOf(withOrg, 'b'.repeat(290), 'core.platform.length', { platform: 'x' });
    expect(finding?.message).toContain('10');
    expect(finding?.message).toContain('280');
  });
});

describe('quick fixes', () => {
  it.each([
    ['Thanks guys, great sprint!', 'core.inclusive-language.gendered', 'everyone'],
    ['Add your IP to the whitelist first.', 'core.inclusive-language.tech-terms', 'allowlist'],
    ['Backups done right with northwind vault.', 'core.brand.name-spelling', 'Northwind Vault'],
    ['Follow @northwind_cloud for updates!', 'core.brand.handle-spelling', '@northwindcloud'],
  ])('offers a replacement for %j', (text, ruleId, replacement) => {
    expect(findingOf(withOrg, text, ruleId)?.fixes?.[0]?.replacement).toBe(replacement);
  });

  it('adds the disclosure with the organisation\'s own name and tag', () => {
    const finding = findingOf(withOrg, 'Best backup tool out there: Northwind Vault!', 'core.disclosure.product-endorsement', { platform: 'x' });
    expect(finding?.fixes?.[0]?.replacement).toBe('Best backup tool out there: Northwind Vault (I work at Northwind Cloud) #NorthwindEmployee');
  });

  it('masks a leaked key instead of offering to keep it', () => {
    const replacement = findingOf(withOrg, 'key AKIAZ7Q4M2XW9RTB3K6N oops', 'core.credentials.aws-access-key-id')?.fixes?.[0]?.replacement;
    expect(replacement).toBeDefined();
    expect(replacement).not.toContain('Z7Q4M2XW9RTB3K6N');
  });
});

describe('Russian messages', () => {
  it('coaches in Russian when the locale is ru', () => {
    const finding = findingOf(withOrg, 'Thanks guys, great sprint!', 'core.inclusive-language.gendered', { locale: 'ru' });
    expect(finding?.message).toBe('«guys» исключает часть людей — «everyone» подходит всем.');
    expect(finding?.why).toMatch(/[а-яё]/i);
  });
});
