import type { Messages } from './messages.js';

// Kazakh strings are ours: Chromium's Intl has no Kazakh data, so nothing here may come from it.
export const kk: Messages = {
  latestNews: 'Соңғы жаңалықтар',
  loading: 'Жаңалықтар жүктелуде…',
  empty: 'Әзірге жаңалық жоқ.',
  errorTitle: 'Жаңалықтарды жүктеу мүмкін болмады.',
  errors: {
    network: 'Жаңалықтар сайтымен байланыс жоқ. Интернетке қосылуды тексеріңіз.',
    timeout: 'Жаңалықтар сайты тым ұзақ жауап береді.',
    http: 'Жаңалықтар сайты қазір қолжетімсіз.',
    'too-large': 'Жаңалықтар таспасы тым үлкен.',
    parse: 'Жаңалықтар сайты жаңалықтар таспасын жібермеді.',
    shape: 'Жаңалықтар таспасын оқу мүмкін болмады.',
    config: 'Жаңалықтар виджеті дұрыс бапталмаған.',
  },
  retry: 'Қайталау',
  showMore: 'Тағы көрсету',
  remaining: (count) => `тағы ${count} жаңалық`,
  stale: 'Жаңарту мүмкін болмады: бұрынғы жаңалықтар көрсетілген.',
  staleStory: 'Жаңарту мүмкін болмады: материалдың бұрынғы нұсқасы көрсетілген.',
  newItems: (count) => `Жаңа жаңалықтар: ${count}`,
  author: 'Авторы',
  rubric: 'Айдар',
  readMore: 'Толығырақ',
  and: 'және',
  // "дереккөз" (source) avoids case endings that would depend on the cited name's vowels.
  citing: (outlet, cites) => `${outlet}, дереккөз: ${cites}`,
  reports: (outlet, cites) => `${outlet} хабарлайды, дереккөз: ${cites}`,
  reportsOnly: (outlet) => `${outlet} хабарлайды`,
  citingOnly: (cites) => `Дереккөз: ${cites}`,
  articleMissing: 'Материал табылмады.',
};
