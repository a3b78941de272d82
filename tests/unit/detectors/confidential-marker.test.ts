import { describe, it } from 'vitest';
import { expectNone, expectOne } from './detector-test-kit.ts';

describe('confidential-marker', () => {
  it.each([
    ['(internal only) Q3 numbers look great', 'internal only'],
    ['Confidential: the new pricing is 20% lower', 'Confidential:'],
    ['psst, internal: we ship Monday', 'psst, internal'],
    ['Under NDA but I can say it is huge', 'Under NDA'],
    ["Please don't share this yet", "Please don't share this"],
    ['Not announced yet, but we signed Contoso', 'Not announced yet'],
    ['Embargoed until Tuesday 9am: record growth', 'Embargoed'],
    ['[confidential] roadmap attached', '[confidential]'],
    ['This deck is strictly confidential', 'strictly confidential'],
    ['Confidential, but: prices drop next month', 'Confidential,'],
    ['Happy to forward the NDA deck to anyone', 'NDA deck'],
    ['Between us: we are in talks with a startup', 'Between us:'],
    ['Это для внутреннего пользования', 'для внутреннего пользования'],
    ['Не для распространения! Цифры за квартал', 'Не для распространения'],
    ['Конфиденциально: новые цены', 'Конфиденциально'],
    ['Это под NDA, но скажу', 'под NDA'],
    ['Пока не анонсировано, но мы запускаемся', 'Пока не анонсировано'],
    ['Коллеги, не пересылать!', 'не пересылать'],
  ])('finds the marker in %j', (text, found) => {
    expectOne('confidential-marker', text, found);
  });

  it.each([
    'Our confidential reporting hotline is open to all',
    'Confidential computing is the future of cloud security',
    'I signed an NDA once, ask me how that went',
    "Don't share your password with anyone",
    'The trade embargo was lifted',
    'Our internal communications team rocks',
    'Share this with everyone!',
    'The list of embargoed countries is public',
    'Internal tools are underrated',
    'Конфиденциальность данных важна',
    'The gap between us and them is shrinking',
    'We use a standard NDA template for vendors',
    'Our next quarter will blow past consensus. You heard it here first.',
    'v5 launches on 14 October — you heard it here first',
  ])('ignores %j', (text) => {
    expectNone('confidential-marker', text);
  });

  it.each([
    ["Our new customer (big bank, NDA, can't name them) went live", 'NDA'],
    ["Closed a huge retailer today. Can't say who (NDA'd) but you know them", "NDA'd"],
    ['the logo is under wraps for now', 'under wraps'],
    ['I know some of you will read this before the official post goes out', 'before the official post'],
    ['You are hearing this before the press release goes out: a Warsaw office', 'before the press release goes out'],
    ['Ahead of the official announcement, pricing changes next week', 'Ahead of the official announcement'],
    ["The blog post isn't live yet, but the region is ready", "blog post isn't live yet"],
    ["Before it's official: support moves to follow-the-sun", "Before it's official"],
    ['До официального анонса ещё неделя, но офис открываем', 'До официального анонса'],
    ['Пресс-релиз ещё не вышел, но расскажу', 'Пресс-релиз ещё не вышел'],
  ])('finds a customer under NDA or news told ahead of its announcement in %j', (text, found) => {
    expectOne('confidential-marker', text, found);
  });

  it.each([
    'The official announcement is on our blog, link below',
    'I was so nervous before the official launch last year',
    'I signed my first NDA at 22',
    'Before the announcement, a recap of last year',
    'Read the press release before the Q&A',
    'The press release went out this morning',
    'NDA templates, vendors and you: a thread',
  ])('ignores the near miss %j', (text) => {
    expectNone('confidential-marker', text);
  });

  it.each([
    ["the numbers aren't public yet, so keep quiet", "aren't public yet"],
    ['Our biggest customer is about to churn. Keep that to yourselves.', 'Keep that to yourselves'],
    ['A certain very large retailer (no names!) just moved', '(no names!)'],
    ['Leaked from our board deck: the Dublin office closes', 'from our board deck'],
    ['Sneak peek from the all-hands slides 👀', 'Sneak peek from the all-hands'],
    ['Цены вырастут на 20%, пока молчим', 'пока молчим'],
    ['Неофициально: цены вырастут', 'Неофициально:'],
  ])('finds colloquial secrecy and a non-public source in %j', (text, found) => {
    expectOne('confidential-marker', text, found);
  });

  it.each([
    'The numbers I saw in the all-hands would make any holder happy',
    'In the deck I shared last week there is a typo',
    'Slides from the deck are on our website',
    'The docs are public now',
    'Official prices are public on the website',
    // Says what follows is a secret; what it is (an investigation, a date) is for that content's rules.
    'Not supposed to say this, but the investigators were in our office all week',
  ])('ignores the near miss %j', (text) => {
    expectNone('confidential-marker', text);
  });

  it.each([
    ["Just saw the reorg chart. Mum's the word.", "Mum's the word"],
    ['Sharing the unreleased Q3 deck with friends', 'unreleased Q3 deck'],
    ['Confidential customer list screenshot attached', 'Confidential customer list'],
    ['The pricing tiers leaked in our Slack are real', 'leaked in our Slack'],
    ['Покупаем их подразделение, держите в секрете', 'держите в секрете'],
  ])('finds secrecy idioms and non-public work in %j', (text, found) => {
    expectOne('confidential-marker', text, found);
  });

  it.each([
    'Confidential computing rocks',
    'unreleased demos of my favourite band',
    'shhh the baby is sleeping',
    'Data breach at work, customer emails leaked. Fun Friday.',
  ])('ignores the near miss %j', (text) => {
    expectNone('confidential-marker', text);
  });

  it.each([
    ["Here's a photo of the roadmap whiteboard from today's planning", 'photo of the roadmap'],
    ['Скриншот из внутреннего дашборда: выручка выросла', 'Скриншот из внутреннего дашборда'],
    ['Внутренняя презентация: закрываем офис в Самаре', 'Внутренняя презентация:'],
    ['looking amazing in the internal demo', 'in the internal demo'],
    ["Internally we're at 4% monthly churn", "Internally we're at"],
    ['internal numbers show 30% growth', 'internal numbers show'],
    ['Our secret new AI assistant for Vault', 'Our secret new AI assistant'],
    ["we haven't announced it yet but the region is live", "we haven't announced it yet"],
    ['10k customers; the press release goes out next Tuesday', 'press release goes out next'],
    ['The embargo on our Q3 numbers lifts Thursday', 'embargo on our Q3 numbers lifts'],
  ])('finds internal material and news still ahead of its announcement in %j', (text, found) => {
    expectOne('confidential-marker', text, found);
  });

  it.each([
    'Loved presenting our public roadmap at the user conference',
    'Secret to good on-call: sleep, snacks and a runbook',
    "Internally, I'm screaming with joy",
    "Internally we're all excited about the conference",
    'Nobody else knows how to fix the printer lol',
    'The audit found a gap. Nobody outside knows yet.',
    "I haven't said it yet: thank you all",
    'the press release went out on Monday',
    'Photo of the team at the offsite 📸',
  ])('ignores the near miss %j', (text) => {
    expectNone('confidential-marker', text);
  });

  it.each([
    ['Внутренняя статистика: конверсия trial→paid выросла до 23%', 'Внутренняя статистика:'],
    ['Внутренние цифры: отток упал до 1,8% за квартал', 'Внутренние цифры:'],
    ['Метрики пока не публичные, но NPS сейчас 71', 'пока не публичные'],
    ['Пока не публично, но я очень горжусь командой!', 'Пока не публично'],
    ['Выручка выросла на 40% — это пока не для прессы', 'не для прессы'],
    ['Между нами: у нас уже 12 тысяч платящих клиентов', 'Между нами:'],
    ['Эти данные пока закрытые, но конверсия уже 23%', 'данные пока закрытые'],
    ['Internal metrics: churn dropped to 1.8% this quarter.', 'Internal metrics:'],
    ['Not for the press, but our paid conversion just hit 23%.', 'Not for the press'],
    ['Strictly between us, retention is at 96% this year.', 'Strictly between us'],
    ["Sharing a number we don't publish: trial-to-paid is 23% now.", "number we don't publish"],
  ])('finds figures marked as not public, in English and Russian, in %j', (text, found) => {
    expectOne('confidential-marker', text, found);
  });

  it.each([
    'Публичная статистика Stack Overflow: 60% разработчиков пользуются Docker',
    'Между нами и клиентом должно быть доверие, это главное в поддержке',
    'Внутренняя кухня стартапа: как мы проводим ретро',
    'Мы не публичная компания, поэтому квартальных отчётов нет',
    'Between us and our customers there is a 24/7 support line, always.',
    'Для прессы: наш публичный отчёт за 2025 год уже на сайте',
    'The stats from the State of DevOps report are public, 3 charts worth your time.',
  ])('ignores the near miss %j', (text) => {
    expectNone('confidential-marker', text);
  });

  it.each([
    ['The Vault 5 blog post goes up next Tuesday, but here is the gist.', 'blog post goes up next'],
    ["Official announcement after the all-hands, but yes, we're opening a Madrid office.", 'Official announcement after the all-hands'],
    ['The deal with Fabrikam is basically done. Announcement after the board meeting', 'Announcement after the board'],
    ['We announce it officially next week, but Contoso is now our reseller.', 'We announce it officially next'],
    ['Анонс после совета директоров, но сделка уже фактически закрыта.', 'Анонс после совета'],
    ['Пресс-релиз выйдет в понедельник, а пока скажу: мы открываем офис.', 'Пресс-релиз выйдет в'],
    ['Официально объявим на следующей неделе: бесплатный тариф закрывается.', 'Официально объявим'],
  ])('finds the company announcement still ahead in %j', (text, found) => {
    expectOne('confidential-marker', text, found);
  });

  it.each([
    'The blog post went up yesterday, link in bio: Vault 5 is here!',
    'My personal blog post goes up next week, it is about learning Rust.',
    "My release notes blog post goes up next week, it's about writing good changelogs.",
    'Announcement after the break: the raffle winner is Sam!',
    'We will announce the winners next week, stay tuned.',
    'Объявим победителей в пятницу, следите за новостями!',
    'Анонс после перерыва: розыгрыш футболок!',
    'Пресс-релиз вышел сегодня утром, ссылка в комментариях.',
  ])('ignores the announcement near miss %j', (text) => {
    expectNone('confidential-marker', text);
  });

  it.each([
    ['Сливаю инсайд: Northwind закрывает бесплатный тариф с 1 марта.', 'Сливаю инсайд'],
    ['Инсайд: в апреле новый регион.', 'Инсайд:'],
  ])('finds Russian insider talk in %j', (text, found) => {
    expectOne('confidential-marker', text, found);
  });

  it.each([
    'Инсайды из мира футбола: кто перейдёт в «Зенит» этим летом?',
  ])('ignores the insider-talk near miss %j', (text) => {
    expectNone('confidential-marker', text);
  });
});
