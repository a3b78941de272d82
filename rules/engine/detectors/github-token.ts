import { patternDetector } from './pattern-detector.ts';
import { isDocumentedExample } from './documented-example.ts';
import { maskSecret } from './mask.ts';

export const githubToken = patternDetector({
  name: 'github-token',
  description: 'GitHub tokens: classic ghp_/gho_/ghu_/ghs_/ghr_ tokens and fine-grained github_pat_ tokens.',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  // Classic: ghp_ (personal), gho_ (OAuth), ghu_ (user-to-server), ghs_ (server), ghr_ (refresh).
  pattern:
    /(?<![A-Za-z0-9_])(?:(gh[pousr])_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59,240})(?![A-Za-z0-9_])/g,
  skip: isDocumentedExample,
  label: (m) => (m[1] ? 'GitHub token' : 'GitHub fine-grained token'),
  replacement: (found) => maskSecret(found),
});
