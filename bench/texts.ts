/** Realistic drafts for the benchmark: a tweet-sized post and a long LinkedIn post with a few problems in it. */
export const POST_280 =
  'Huge thanks to the team for shipping Northwind Vault 3.2 today! Backups are now twice as fast and restores ' +
  'finally feel instant. If you run Postgres at scale, give it a try and tell me what you think. #NorthwindCloud ' +
  'Proud of you guys.';

const PARAGRAPHS = [
  'Three years ago I joined a small team with a big idea: backups should be boring. Not exciting, not clever — boring, in the best sense. Today we shipped the release that finally makes that true, and I want to share what we learned along the way.',
  'First, measure what customers feel, not what dashboards say. Our restore times looked fine on paper, but the people running them at 3 a.m. told a different story. We rebuilt the restore path around their experience, and it shows.',
  'Second, small teams move fast when they write things down. Every design decision we made is in a short document with the options we rejected and why. New joiners read them in a day and start contributing in a week.',
  'Third, kindness scales. The best code reviews I got were the ones that taught me something without making me feel small. Thanks to everyone who reviewed my pull requests with patience, and to the support team who kept us honest.',
  'We are hiring backend engineers in Lisbon and Berlin — message me if you want to hear more about the work. And if you are at the conference next week, come say hello at the booth; I will be there on Tuesday and Wednesday.',
  'A few people asked about the roadmap. I cannot share specifics, but the direction is clear: fewer knobs, safer defaults, and restores you can trust without reading a manual. Watch @northwindcloud for announcements.',
  'Finally, a word for the on-call folks: you are the reason customers sleep well. Thank you for every page you answered and every runbook you improved. Views are my own. #NorthwindCloud #NorthwindEmployee',
];

export const POST_3000 = PARAGRAPHS.join('\n\n').padEnd(3000, ' Thanks again to everyone who made this possible.').slice(0, 3000);
