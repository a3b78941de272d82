import { patternDetector } from './pattern-detector.ts';

// Markers that label the post's own content as not for sharing. Bare "confidential" or "NDA" is
// not enough ("our confidential reporting hotline", "confidential computing", "I once signed an
// NDA"): the word must be used as a label ("Confidential:", "(internal)") or with the content.
// "You heard it here first" claims a scoop, it does not mark a secret: what it hints at (a date, results)
// is for the rules of that content.
const MARKERS = [
  String.raw`(?:for\s)?internal(?:[\s-]use)?[\s-]only`,
  String.raw`(?:strictly|highly|very)\sconfidential`,
  String.raw`(?:this\sis|it'?s|it\sis|keep\s(?:this|it)|stays?)\s(?:still\s)?confidential`,
  String.raw`confidential\s(?:(?:customer|client|partner|pricing|sales|financial|internal|board|hr)\s)?(?:info|information|details|data|docs?|documents?|deck|slides?|roadmap|numbers|figures|memo|draft|plans?|lists?|contracts?|reports?|results|screenshots?|spreadsheets?|sheets?|files?|emails?|charts?|pricing)`,
  // Work that is not out yet, shared anyway: "the unreleased Q3 deck", "unreleased pricing".
  String.raw`unreleased\s(?:(?:q[1-4]|h[12]|fy\d{2,4}|internal|new|draft)\s)?(?:deck|numbers|figures|results|slides?|build|pricing|prices|roadmap|features?|specs?|screenshots?|benchmarks?|version)`,
  String.raw`leaked\s(?:in|from|on|via)\s(?:our|the)\s(?:internal\s)?(?:slack|teams|channel|wiki|confluence|jira|drive|email)`,
  String.raw`mum['’]?s\sthe\sword|shh+(?=\s?(?:[.!,;:)🤫🤐]|$))`,
  // Internal material shown outside: "a photo of the roadmap whiteboard", "the internal demo", "screenshot from the dashboard".
  String.raw`(?:photo|pic|picture|snap|shot|screenshot|screen\sgrab|sneak\speek)s?\s(?:of|from)\s(?:the\s|our\s|today['’]?s\s|this\sweek['’]?s\s)?(?:internal\s)?(?:roadmap|whiteboard|dashboard|deck|slides?|planning|all-hands|board\smeeting|strategy|offsite|war\sroom)`,
  String.raw`(?:in|at|from)\s(?:the|our|today['’]?s)\sinternal\s(?:demo|dashboard|metrics|numbers|roadmap|deck|presentation|memo|wiki|review)`,
  String.raw`internally,?\s(?:we['’]re|we\sare|we['’]ve\sbeen)\s(?:at|seeing|tracking|forecasting|projecting|running\sat|sitting\sat)|internal\s(?:numbers|metrics|figures|dashboards?|forecasts?|data)\s(?:say|says|show|shows)`,
  String.raw`(?:our|the|a)\s(?:secret|stealth|top-secret|unannounced)\s(?:new\s)?(?:[\p{L}-]+\s){0,2}(?:product|feature|project|assistant|app|service|model|platform|tool|launch|region)s?`,
  // "We haven't announced it yet". ("Nobody outside knows yet" is left out: x-385 marks a legal matter with it, not a secret.)
  String.raw`(?:we\s|I\s)?haven['’]?t\s(?:announced|told\sanyone|gone\spublic\swith)\s(?:this|it|that)?\s?(?:yet|publicly)`,
  // The company's own announcement still ahead: "the press release goes out next Tuesday", "the embargo on X lifts Thursday".
  // Not someone's own post: "my blog post goes up next week" is no company news.
  String.raw`(?<!(?:my|his|her|a)\s(?:\p{L}+\s){0,3})(?:press\srelease|announcement|official\spost|blog\spost|launch\spost|release\snotes|official\snews)\s(?:goes\s(?:out|up|live)|is\sout|drops|lands|comes(?:\sout)?|will\s(?:go\s(?:out|up|live)|be\s(?:out|up|live|published))|is\s(?:scheduled|planned|set)\sfor)\s(?:next|on|tomorrow|this|in|at|after|once|later|monday|tuesday|wednesday|thursday|friday)`,
  // "Announcement after the board meeting", "official announcement once the deal closes", "we announce it officially next week".
  String.raw`(?:official\s)?announcement\s(?:is\s(?:planned|scheduled|set)\sfor\s|comes\s|will\s(?:come|be\smade)\s)?(?:after|once|following)\s(?:the\s)?(?:board|all-hands|earnings|town\s?hall|leadership|exec|quarter|close|signing|deal|q[1-4]|launch|call|offsite|contracts?)`,
  String.raw`we(?:['’]ll|\swill|['’]re|\sare)?\s(?:announce|announcing|going\sto\sannounce)\s(?:it|this|that|the\snews)\s(?:officially\s|publicly\s)?(?:next|on|tomorrow|this\scoming|in\s(?:a|two|2|three|3)|after|once)`,
  String.raw`embargo\s(?:on|for)\s(?:[\p{L}\p{N}-]+\s){1,4}(?:lifts|ends|expires)`,
  String.raw`[(\[]\s?(?:confidential|internal)\s?[)\]]`,
  String.raw`(?:^|(?<=[.!?]\s))(?:confidential\s?[:,—–-]|internal\s?[:—–-])`,
  String.raw`psst,?\s(?:this\sis\s)?internal`,
  String.raw`under\s(?:an?\s|the\s|strict\s)?nda`,
  // NDA as a label on what is said: "big bank, NDA, can't name them", "(NDA)", "NDA'd".
  String.raw`nda['’]?(?:d|ed)|nda-bound|[(\[]\s?nda\s?[)\]]|nda(?<=,\s?nda)(?=\s?,)`,
  String.raw`under\swraps`,
  // Told ahead of the company's own announcement: "before the official post goes out", "the press release isn't out yet".
  String.raw`(?:before|ahead\sof)\s(?:the|our|any)\s(?:official|public|formal)\s(?:announcement|press\srelease|blog\spost|post|news|statement|memo)`,
  String.raw`(?:before|ahead\sof)\s(?:the|our|any)\s(?:announcement|press\srelease|blog\spost|news|statement|memo)\s(?:goes\sout|is\sout|drops|lands|is\spublished|goes\slive|hits|comes\sout|is\smade)`,
  String.raw`(?:press\srelease|announcement|official\spost|blog\spost)\s(?:isn['’]?t|is\snot|hasn['’]?t|has\snot)\s(?:gone\s|been\s)?(?:out|live|public|published|posted)\syet`,
  String.raw`before\s(?:it['’]?s|it\sis|this\sis|it\sgoes|this\sgoes|we\sgo)\s(?:official|public|announced)`,
  String.raw`nda[\s-](?:protected|only|deck|docs?|documents?|slides?|materials?|info|details|roadmap)`,
  String.raw`(?:^|(?<=[.!?]\s))(?:just\s)?between\s(?:us|you\sand\sme)\s?[:,—–-]`,
  String.raw`(?:don'?t|do\snot|please\sdon'?t|pls\sdon'?t)\s(?:share|forward|repost|screenshot|leak)(?:\s(?:this|it|outside|externally|yet|beyond|with\sanyone|publicly|further))?(?=\s?(?:[.!,;:)]|$|\s(?:but|until|before|yet|outside|externally|with|—|-)))`,
  String.raw`not\s(?:yet\s)?(?:public|announced)(?:\s(?:yet|until))?(?=\s?(?:[.!,;:)]|$|\s(?:but|so|until)))`,
  String.raw`not\s(?:for\s(?:public|external|the\spress|publication|public\sconsumption)|to\sbe\sshared)`,
  // Figures told as not published: "a number we don't publish", "we don't disclose this figure", "strictly between us".
  String.raw`(?:numbers?|figures?|metrics?|stats?|data)\s(?:that\s)?we\s(?:don['’]?t|do\snot|never)\s(?:publish|share|disclose|report)(?:\s(?:publicly|externally|outside))?`,
  String.raw`we\s(?:don['’]?t|do\snot|never)\s(?:publish|disclose|share)\s(?:this|that|these|those)\s(?:numbers?|figures?|metrics?|stats?)(?:\s(?:publicly|externally))?`,
  String.raw`(?:strictly|just|only)\sbetween\s(?:us|you\sand\sme|ourselves)`,
  String.raw`(?:isn['’]?t|aren['’]?t|is\snot|are\snot)\s(?:yet\s)?(?:public|announced)(?:\syet)?(?=\s?(?:[.!,;:)]|$|\s(?:but|so|until)))`,
  String.raw`keep\s(?:this|that|it)\sto\syoursel(?:f|ves)`,
  // Russian insider talk: "Сливаю инсайд:", "инсайд: …", "инсайдерская информация".
  String.raw`(?:сливаю|слил[аи]?)\s(?:инсайд\p{L}*|инф\p{L}*)|инсайд\s?[:—–-]|инсайдерск\p{L}+\sинформаци\p{L}+|по\sинсайду`,
  String.raw`[(\[]\s?no\snames?\s?!?[)\]]`,
  // Where it came from: a board deck or the all-hands slides are not public.
  String.raw`(?:leaked\sfrom|(?:from|in)\s(?:the|our|today['’]?s|this\sweek['’]?s|yesterday['’]?s))\s(?:all-hands|board|leadership|exec|internal|staff|town\s?hall)\s(?:slides?|deck|memo|doc|recording)`,
  String.raw`keep\s(?:this|it)\s(?:between\sus|under\swraps|quiet|hush[\s-]hush)`,
  String.raw`embargoed(?!\s(?:countr|nation|goods|region|state))|under\sembargo|embargo\s(?:until|till|lifts)`,
  String.raw`(?:только\s)?для\sвнутреннего\s(?:пользования|использования)`,
  String.raw`для\sслужебного\sпользования`,
  String.raw`(?:строго\s)?конфиденциально`,
  String.raw`конфиденциальн(?:ая|ые|ую)\s(?:информаци[яюи]|данные|документ[ыа]?)`,
  String.raw`не\sдля\s(?:распространения|публикации|посторонних|прессы|публики|чужих\sглаз)`,
  // "Пока не публично", "метрики пока не публичные", "эти данные пока закрытые", "Между нами: …".
  String.raw`не\sпублично|(?:пока|ещё|еще)\sне\sпубличн\p{L}*|(?:данные|цифры|метрики|показатели|статистика)\s(?:пока\s|ещё\s|еще\s)?(?:закрыт\p{L}+|не\sраскрыва\p{L}+)`,
  String.raw`(?:^|(?<=[.!?]\s))(?:строго\s|только\s|чисто\s)?между\sнами\s?[:,—–-]|строго\sмежду\sнами`,
  String.raw`(?:пока\s)?не\s(?:анонсировано|анонсирован[аы]?|объявлено|опубликовано)`,
  String.raw`под\s(?:nda|соглашением\sо\sнеразглашении)`,
  String.raw`до\s(?:официального|публичного)\s(?:анонса|объявления|релиза|пресс-релиза)`,
  String.raw`(?:пресс-релиз|анонс)\s(?:ещё\s|еще\s)?не\s(?:вышел|опубликован)`,
  // The company's announcement still ahead: "Пресс-релиз выйдет в понедельник", "Анонс после совета директоров",
  // "Официально объявим на следующей неделе".
  String.raw`(?:пресс-релиз|анонс|пост\sв\sблоге|официальн\p{L}+\s(?:пост|анонс|объявление))\s(?:выйдет|выходит|будет\sопубликован|опубликуем)\s(?:в|на|завтра|после|через)`,
  String.raw`(?:официальн\p{L}+\s)?(?:анонс|объявление)\s(?:будет\s)?после\s(?:совета|собрания|отчётност|отчетност|звонка|подписания|закрытия\sсделки|релиза|борда)\p{L}*`,
  String.raw`официально\sобъяв(?:им|ят|ляем)|объяв(?:им|ят)\s(?:это\s|об\sэтом\s)?официально`,
  String.raw`(?:не\sделитесь|не\sраспространять|не\sпересылать|не\sрепостить)`,
  String.raw`(?:скриншот|фото|снимок)\s(?:из|с)\s(?:внутренн\p{L}+|закрыт\p{L}+)\s\p{L}+|внутренн(?:яя|ий|ее|ие)(?<=(?:^|[.!?]\s)внутренн(?:яя|ий|ее|ие))\s(?:презентация|отчёт|отчет|документ|рассылка|дашборд|статистика|цифры|метрики|данные|показатели|аналитика|прогноз)\s?[:—–-]`,
  String.raw`(?:^|(?<=[.!?]\s))internal\s(?:numbers|metrics|figures|stats|statistics|data|dashboard|kpis|forecast)\s?[:—–-]`,
  String.raw`держите\s(?:это\s)?в\s(?:секрете|тайне)|пока\sмолчим|никому\sне\s(?:говорите|рассказывайте)|по\sсекрету|неофициально(?<=(?:^|[.!?]\s)неофициально)\s?[:,—–-]`,
];

export const confidentialMarker = patternDetector({
  name: 'confidential-marker',
  description:
    'Words that mark the post itself as non-public: "internal only", "confidential:", "under NDA", "(NDA)", "don\'t share", "not announced yet", "under wraps", "before the official announcement", "embargoed", "для внутреннего пользования", "не для распространения", "до официального анонса".',
  keywords: [
    'internal', 'confidential', 'nda', 'share', 'forward', 'repost', 'screenshot', 'leak', 'public', 'announced',
    'external', 'shared', 'between', 'wraps', 'quiet', 'hush', 'embargo', 'внутреннего', 'служебного',
    'конфиденциальн', 'распространения', 'публикации', 'посторонних', 'анонсирован', 'объявлено', 'опубликовано',
    'неразглашени', 'делитесь', 'распространять', 'пересылать', 'репостить', 'wraps', 'before', 'ahead', 'release', 'post',
    'официального', 'публичного', 'пресс-релиз', 'анонс', 'yoursel', 'names', 'slide',
    'deck', 'memo', 'doc', 'recording', 'unreleased', 'leaked', 'mum', 'shh', 'держите', 'photo', 'pic', 'snap', 'shot',
    'grab', 'peek', 'secret', 'stealth', 'unannounced', "haven't", 'haven’t', 'havent', 'embargo',
    'скриншот', 'фото', 'снимок', 'внутренн', 'молчим', 'никому', 'секрету', 'неофициально',
    'press', 'publication', 'we don', 'we do not', 'we never', 'прессы', 'публики', 'глаз', 'публичн', 'закрыт', 'раскрыва',
    'между нами', 'инсайд', 'слива', 'слил', 'announce', 'news', 'notes', 'объяв',
  ],
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${MARKERS.join('|')})(?![\\p{L}\\p{N}])`, 'giu'),
  label: 'confidentiality marker',
});
