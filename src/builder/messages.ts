// The builder's own words in its three languages: a missing string in one is a type error.
import type { Language } from './state.js';

export interface BuilderMessages {
  title: string;
  intro: string;
  uiLanguage: string;
  feedLegend: string;
  feed: string;
  ownAddress: string;
  address: string;
  addressHint: (origins: string) => string;
  addressRefused: (origins: string) => string;
  noFeeds: string;
  widgetLegend: string;
  element: string;
  elements: Record<'news-latest-list' | 'news-article-card' | 'news-source-attribution', string>;
  layout: string;
  layouts: Record<string, string>;
  language: string;
  limit: string;
  index: string;
  rubrics: string;
  rubricsHint: string;
  rubricsNone: string;
  images: string;
  relative: string;
  dateFormat: string;
  timeZone: string;
  readerZone: string;
  lookLegend: string;
  theme: string;
  themes: Record<'light' | 'dark' | 'auto', string>;
  accent: string;
  text: string;
  background: string;
  font: string;
  radius: string;
  brandDefault: string;
  setColor: string;
  clearColor: string;
  attributionLegend: string;
  outlet: string;
  outletUrl: string;
  cites: string;
  citesUrl: string;
  wording: string;
  wordings: Record<'short' | 'full', string>;
  variant: string;
  variants: Record<'inline' | 'block', string>;
  preview: string;
  phone: string;
  desktop: string;
  codeLegend: string;
  script: string;
  scripts: Record<'module' | 'iife', string>;
  scriptCode: string;
  /** Under the script's code, before the after-paint loader's CSP hash. */
  scriptHint: string;
  elementCode: string;
  brandCode: string;
  reservedCode: string;
  ssiCode: string;
  phpCode: string;
  noServerRender: string;
  permalink: string;
  permalinkHint: string;
  copy: string;
  copied: string;
  selected: string;
  languageNames: Record<Language, string>;
}

export const builderMessages: Record<Language, BuilderMessages> = {
  en: {
    title: 'News widget builder',
    intro: 'Pick a feed and a look, check the preview, then copy the code into your page.',
    uiLanguage: 'Interface language',
    feedLegend: 'Feed',
    feed: 'Feed',
    ownAddress: 'Another address…',
    address: 'Feed address',
    addressHint: (origins) => `An RSS, Atom or JSON feed on ${origins}`,
    addressRefused: (origins) => `This edge reads feeds on ${origins} only.`,
    noFeeds: 'This edge has no feeds set up yet.',
    widgetLegend: 'Widget',
    element: 'Widget',
    elements: { 'news-latest-list': 'Latest news list', 'news-article-card': 'Article card', 'news-source-attribution': 'Source attribution' },
    layout: 'Layout',
    layouts: { list: 'List', compact: 'Compact', grid: 'Grid', ticker: 'Ticker', carousel: 'Carousel', vertical: 'Image on top', horizontal: 'Image beside' },
    language: 'Widget language',
    limit: 'Number of stories',
    index: 'Story number in the feed (from 0)',
    rubrics: 'Sections',
    rubricsHint: 'None chosen: every section.',
    rubricsNone: 'The feed names no sections.',
    images: 'Pictures',
    relative: 'Relative dates ("5 minutes ago")',
    dateFormat: 'Date format',
    timeZone: 'Time zone',
    readerZone: "The reader's own",
    lookLegend: 'Look',
    theme: 'Theme',
    themes: { light: 'Light', dark: 'Dark', auto: 'As the device' },
    accent: 'Accent colour',
    text: 'Text colour',
    background: 'Background colour',
    font: 'Font',
    radius: 'Corner radius',
    brandDefault: 'Default',
    setColor: 'Use',
    clearColor: 'Default',
    attributionLegend: 'Attribution',
    outlet: 'Outlet',
    outletUrl: "Outlet's address",
    cites: 'Cited sources (comma-separated)',
    citesUrl: 'Their addresses (comma-separated)',
    wording: 'Wording',
    wordings: { short: 'Short', full: 'Full' },
    variant: 'Style',
    variants: { inline: 'In the text', block: 'A line of its own' },
    preview: 'Preview',
    phone: 'Phone (360 px)',
    desktop: 'Desktop',
    codeLegend: 'Code for your page',
    script: 'Script',
    scripts: { module: 'ES module, pinned by an import map (lighter)', iife: 'One file with integrity' },
    scriptCode: 'Script: once per page, before </body>',
    scriptHint: 'It loads the widget once your page has painted, so your content never waits for it. A strict Content-Security-Policy allows this inline script by script-src',
    elementCode: 'Widget: where it goes',
    brandCode: "Brand: in your page's stylesheet",
    reservedCode: "Reserved size: in your page's stylesheet, so the page does not move",
    ssiCode: 'Server-rendered instead, nginx SSI',
    phpCode: 'Server-rendered instead, PHP',
    noServerRender: 'The ticker and the carousel are not rendered on the server.',
    permalink: 'Link to this configuration',
    permalinkHint: 'Send it to the outlet, or keep it to come back.',
    copy: 'Copy',
    copied: 'Copied.',
    selected: 'Selected: press Ctrl+C (⌘C) to copy.',
    languageNames: { ru: 'Русский', kk: 'Қазақша', en: 'English' },
  },
  ru: {
    title: 'Конструктор новостного виджета',
    intro: 'Выберите ленту и вид, проверьте предпросмотр и скопируйте код на свою страницу.',
    uiLanguage: 'Язык интерфейса',
    feedLegend: 'Лента',
    feed: 'Лента',
    ownAddress: 'Другой адрес…',
    address: 'Адрес ленты',
    addressHint: (origins) => `Лента RSS, Atom или JSON на ${origins}`,
    addressRefused: (origins) => `Этот сервер читает ленты только с ${origins}.`,
    noFeeds: 'На этом сервере ещё нет настроенных лент.',
    widgetLegend: 'Виджет',
    element: 'Виджет',
    elements: { 'news-latest-list': 'Список последних новостей', 'news-article-card': 'Карточка статьи', 'news-source-attribution': 'Ссылка на источник' },
    layout: 'Раскладка',
    layouts: { list: 'Список', compact: 'Компактный', grid: 'Сетка', ticker: 'Бегущая строка', carousel: 'Карусель', vertical: 'Картинка сверху', horizontal: 'Картинка сбоку' },
    language: 'Язык виджета',
    limit: 'Число новостей',
    index: 'Номер новости в ленте (с 0)',
    rubrics: 'Рубрики',
    rubricsHint: 'Ничего не выбрано — все рубрики.',
    rubricsNone: 'В ленте нет рубрик.',
    images: 'Картинки',
    relative: 'Относительные даты («5 минут назад»)',
    dateFormat: 'Формат даты',
    timeZone: 'Часовой пояс',
    readerZone: 'Как у читателя',
    lookLegend: 'Оформление',
    theme: 'Тема',
    themes: { light: 'Светлая', dark: 'Тёмная', auto: 'Как на устройстве' },
    accent: 'Акцентный цвет',
    text: 'Цвет текста',
    background: 'Цвет фона',
    font: 'Шрифт',
    radius: 'Скругление углов',
    brandDefault: 'По умолчанию',
    setColor: 'Задать',
    clearColor: 'По умолчанию',
    attributionLegend: 'Ссылка на источник',
    outlet: 'Издание',
    outletUrl: 'Адрес издания',
    cites: 'Цитируемые источники (через запятую)',
    citesUrl: 'Их адреса (через запятую)',
    wording: 'Формулировка',
    wordings: { short: 'Краткая', full: 'Полная' },
    variant: 'Вид',
    variants: { inline: 'В тексте', block: 'Отдельной строкой' },
    preview: 'Предпросмотр',
    phone: 'Телефон (360 px)',
    desktop: 'Компьютер',
    codeLegend: 'Код для вашей страницы',
    script: 'Скрипт',
    scripts: { module: 'ES-модуль, закреплённый картой импорта (легче)', iife: 'Один файл с integrity' },
    scriptCode: 'Скрипт: один раз на странице, перед </body>',
    scriptHint: 'Он загружает виджет, когда страница уже отрисована, и ваш контент никогда его не ждёт. Строгая Content-Security-Policy разрешает этот встроенный скрипт через script-src',
    elementCode: 'Виджет: там, где он должен стоять',
    brandCode: 'Фирменный стиль: в таблицу стилей страницы',
    reservedCode: 'Зарезервированный размер: в таблицу стилей, чтобы страница не сдвигалась',
    ssiCode: 'Вместо этого — отрисовка на сервере, nginx SSI',
    phpCode: 'Вместо этого — отрисовка на сервере, PHP',
    noServerRender: 'Бегущая строка и карусель на сервере не отрисовываются.',
    permalink: 'Ссылка на эти настройки',
    permalinkHint: 'Отправьте её изданию или сохраните, чтобы вернуться.',
    copy: 'Копировать',
    copied: 'Скопировано.',
    selected: 'Выделено: нажмите Ctrl+C (⌘C), чтобы скопировать.',
    languageNames: { ru: 'Русский', kk: 'Қазақша', en: 'English' },
  },
  kk: {
    title: 'Жаңалықтар виджетінің құрастырушысы',
    intro: 'Таспа мен көріністі таңдаңыз, алдын ала қарауды тексеріп, кодты бетіңізге көшіріңіз.',
    uiLanguage: 'Интерфейс тілі',
    feedLegend: 'Таспа',
    feed: 'Таспа',
    ownAddress: 'Басқа мекенжай…',
    address: 'Таспаның мекенжайы',
    addressHint: (origins) => `${origins} сайтындағы RSS, Atom немесе JSON таспасы`,
    addressRefused: (origins) => `Бұл сервер тек ${origins} сайтындағы таспаларды оқиды.`,
    noFeeds: 'Бұл серверде әлі бапталған таспа жоқ.',
    widgetLegend: 'Виджет',
    element: 'Виджет',
    elements: { 'news-latest-list': 'Соңғы жаңалықтар тізімі', 'news-article-card': 'Мақала карточкасы', 'news-source-attribution': 'Дереккөзге сілтеме' },
    layout: 'Орналасуы',
    layouts: { list: 'Тізім', compact: 'Ықшам', grid: 'Тор', ticker: 'Жүгіртпе жол', carousel: 'Карусель', vertical: 'Сурет жоғарыда', horizontal: 'Сурет жанында' },
    language: 'Виджет тілі',
    limit: 'Жаңалықтар саны',
    index: 'Таспадағы жаңалықтың нөмірі (0-ден)',
    rubrics: 'Айдарлар',
    rubricsHint: 'Ештеңе таңдалмаса — барлық айдар.',
    rubricsNone: 'Таспада айдар жоқ.',
    images: 'Суреттер',
    relative: 'Салыстырмалы күндер («5 минут бұрын»)',
    dateFormat: 'Күн пішімі',
    timeZone: 'Уақыт белдеуі',
    readerZone: 'Оқырманның өз белдеуі',
    lookLegend: 'Безендіру',
    theme: 'Тақырып',
    themes: { light: 'Ашық', dark: 'Күңгірт', auto: 'Құрылғыдағыдай' },
    accent: 'Екпін түсі',
    text: 'Мәтін түсі',
    background: 'Фон түсі',
    font: 'Қаріп',
    radius: 'Бұрыштардың дөңгелектігі',
    brandDefault: 'Әдепкі',
    setColor: 'Орнату',
    clearColor: 'Әдепкі',
    attributionLegend: 'Дереккөзге сілтеме',
    outlet: 'Басылым',
    outletUrl: 'Басылымның мекенжайы',
    cites: 'Дәйексөз алынған дереккөздер (үтір арқылы)',
    citesUrl: 'Олардың мекенжайлары (үтір арқылы)',
    wording: 'Тұжырым',
    wordings: { short: 'Қысқа', full: 'Толық' },
    variant: 'Түрі',
    variants: { inline: 'Мәтін ішінде', block: 'Бөлек жолда' },
    preview: 'Алдын ала қарау',
    phone: 'Телефон (360 px)',
    desktop: 'Компьютер',
    codeLegend: 'Бетіңізге арналған код',
    script: 'Скрипт',
    scripts: { module: 'Импорт картасымен бекітілген ES модулі (жеңілірек)', iife: 'integrity бар бір файл' },
    scriptCode: 'Скрипт: бетке бір рет, </body> алдында',
    scriptHint: 'Ол виджетті бетіңіз салынып болған соң жүктейді, сондықтан мазмұныңыз оны ешқашан күтпейді. Қатаң Content-Security-Policy бұл кірістірілген скриптке script-src арқылы рұқсат береді',
    elementCode: 'Виджет: тұратын жеріне',
    brandCode: 'Фирмалық стиль: беттің стильдер кестесіне',
    reservedCode: 'Сақталған өлшем: бет жылжымас үшін стильдер кестесіне',
    ssiCode: 'Оның орнына серверде салу, nginx SSI',
    phpCode: 'Оның орнына серверде салу, PHP',
    noServerRender: 'Жүгіртпе жол мен карусель серверде салынбайды.',
    permalink: 'Осы баптауларға сілтеме',
    permalinkHint: 'Басылымға жіберіңіз немесе қайта оралу үшін сақтаңыз.',
    copy: 'Көшіру',
    copied: 'Көшірілді.',
    selected: 'Белгіленді: көшіру үшін Ctrl+C (⌘C) басыңыз.',
    languageNames: { ru: 'Русский', kk: 'Қазақша', en: 'English' },
  },
};

/** The browser's first language the builder speaks, else Russian. */
export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ru' || primary === 'kk' || primary === 'en') return primary;
  }
  return 'ru';
}
