import { patternDetector } from './pattern-detector.ts';
import { isDocumentedExample } from './documented-example.ts';
import { maskSecret } from './mask.ts';

// Tokens other services print with a fixed prefix (as gitleaks' default rules list them): the prefix names
// the vendor, the length and alphabet after it make a real token, and bots scan public posts for them.
const FORMATS: readonly { label: string; pattern: string }[] = [
  { label: 'OpenAI API key', pattern: String.raw`sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{32,200}` },
  { label: 'Anthropic API key', pattern: String.raw`sk-ant-[a-z]{3,6}\d{2}-[A-Za-z0-9_-]{32,200}` },
  { label: 'GitLab token', pattern: String.raw`gl(?:pat|dt|rt|ptt|soat)-[A-Za-z0-9_-]{20,50}` },
  { label: 'npm token', pattern: String.raw`npm_[A-Za-z0-9]{36}` },
  { label: 'PyPI token', pattern: String.raw`pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}` },
  { label: 'Hugging Face token', pattern: String.raw`hf_[A-Za-z0-9]{34}` },
  { label: 'SendGrid API key', pattern: String.raw`SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}` },
  { label: 'Telegram bot token', pattern: String.raw`\d{8,10}:AA[A-Za-z0-9_-]{33}` },
  { label: 'Shopify token', pattern: String.raw`shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}` },
  { label: 'DigitalOcean token', pattern: String.raw`do[por]_v1_[a-f0-9]{64}` },
  { label: 'Azure storage account key', pattern: String.raw`AccountKey=[A-Za-z0-9+/]{86}==` },
];
const LABELS = FORMATS.map((f) => f.label);

/** A random token mixes letters and digits; "sk-this-is-my-very-long-blog-post-slug" does not. */
function looksRandom(token: string): boolean {
  const body = token.replace(/^[A-Za-z]+[-_.]/, '');
  return /\d/.test(body) && /[A-Za-z]/.test(body) && !isDocumentedExample(token);
}

export const vendorToken = patternDetector({
  name: 'vendor-token',
  description:
    'Prefixed tokens of other services: OpenAI sk-/sk-proj-, Anthropic sk-ant-, GitLab glpat-, npm npm_, PyPI pypi-, Hugging Face hf_, SendGrid SG., Telegram bot tokens, Shopify shpat_, DigitalOcean dop_v1_, Azure AccountKey=.',
  keywords: ['sk-', 'glpat-', 'gldt-', 'glrt-', 'glptt-', 'glsoat-', 'npm_', 'pypi-', 'hf_', 'sg.', ':aa', 'shp', '_v1_', 'accountkey='],
  pattern: new RegExp(
    `(?<![A-Za-z0-9_.+/-])(?:${FORMATS.map((f) => `(${f.pattern})`).join('|')})(?![A-Za-z0-9_+/=-])`,
    'g',
  ),
  label: (m) => LABELS[m.slice(1).findIndex((group) => group !== undefined)] ?? 'API token',
  skip: (found) => !looksRandom(found),
  replacement: (found) => maskSecret(found),
});
