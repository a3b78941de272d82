import type { Detector, DetectorMatch } from './types.ts';
import { maskSecret } from './mask.ts';

// Classic tokens: ghp_ (personal), gho_ (OAuth), ghu_ (user-to-server), ghs_ (server), ghr_ (refresh).
const TOKEN = /(?<![A-Za-z0-9_])(?:(gh[pousr])_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59,240})(?![A-Za-z0-9_])/g;

export const githubToken: Detector = {
  name: 'github-token',
  description: 'GitHub tokens: classic ghp_/gho_/ghu_/ghs_/ghr_ tokens and fine-grained github_pat_ tokens.',
  scope: 'segment',
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  find(text) {
    const matches: DetectorMatch[] = [];
    for (const m of text.matchAll(TOKEN)) {
      const label = m[1] ? 'GitHub token' : 'GitHub fine-grained token';
      matches.push({ start: m.index, end: m.index + m[0].length, label, replacement: maskSecret(m[0]) });
    }
    return matches;
  },
};
