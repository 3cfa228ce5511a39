import type { Messages } from './messages.js';
import { story } from './kk-story.js';

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
  newItems: (count) => `Жаңа жаңалықтар: ${count}`,
  author: 'Авторы',
  rubric: 'Айдар',
  and: 'және',
  // "дереккөз" (source) avoids case endings that would depend on the cited name's vowels.
  // Nouns after a numeral stay singular: "3 жаңа материал".
  newStories: (count) => `${count} жаңа материал`,
  source: 'Дереккөз',
  sourcesUnavailable: (names, count) => `${count === 1 ? 'Дереккөз' : 'Дереккөздер'} қолжетімсіз: ${names}`,
  carousel: 'карусель',
  slide: 'слайд',
  // "10-нан 3": the ablative ending follows the last word of the spoken number (он → оннан).
  slideLabel: (position, total) => `${total}-${ablative(total)} ${position}`,
  pause: 'Автоматты ауыстыруды тоқтату',
  play: 'Автоматты ауыстыруды бастау',
  previous: 'Алдыңғы материал',
  next: 'Келесі материал',
  ...story,
};

// Ablative endings after 1–9 (бір, екі, үш, төрт, бес, алты, жеті, сегіз, тоғыз) and 10–90 (он … тоқсан).
const UNIT_ABLATIVE = ['', 'ден', 'ден', 'тен', 'тен', 'тен', 'дан', 'ден', 'ден', 'дан'];
const TEN_ABLATIVE = ['', 'нан', 'дан', 'дан', 'тан', 'ден', 'тан', 'тен', 'нен', 'нан'];

/** The ablative ending a written number takes: by its last spoken word (… жүз → -ден, … мың → -нан). */
function ablative(count: number): string {
  const n = Math.abs(Math.floor(count));
  if (n % 10) return UNIT_ABLATIVE[n % 10];
  if (n % 100) return TEN_ABLATIVE[(n % 100) / 10];
  if (n % 1000) return 'ден';
  return 'нан';
}
