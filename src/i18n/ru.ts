import type { Messages } from './messages.js';
import { story } from './ru-story.js';

function plural(count: number, one: string, few: string, many: string): string {
  const tens = count % 100;
  const units = count % 10;
  if (tens > 10 && tens < 20) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}

export const ru: Messages = {
  latestNews: 'Последние новости',
  loading: 'Загрузка новостей…',
  empty: 'Новостей пока нет.',
  errorTitle: 'Не удалось загрузить новости.',
  errors: {
    network: 'Нет связи с сайтом новостей. Проверьте подключение к интернету.',
    timeout: 'Сайт новостей отвечает слишком долго.',
    http: 'Сайт новостей сейчас недоступен.',
    'too-large': 'Лента новостей слишком большая.',
    parse: 'Сайт новостей прислал не ленту новостей.',
    shape: 'Не получилось прочитать ленту новостей.',
    config: 'Виджет новостей настроен неверно.',
  },
  retry: 'Повторить',
  showMore: 'Показать ещё',
  remaining: (count) => `ещё ${count} ${plural(count, 'новость', 'новости', 'новостей')}`,
  stale: 'Не удалось обновить: показаны прежние новости.',
  newItems: (count) => `${plural(count, 'Новая', 'Новые', 'Новых')} ${plural(count, 'новость', 'новости', 'новостей')}: ${count}`,
  author: 'Автор',
  rubric: 'Рубрика',
  and: 'и',
  newStories: (count) => `${count} ${plural(count, 'новый материал', 'новых материала', 'новых материалов')}`,
  source: 'Источник',
  sourcesUnavailable: (names, count) => `${count === 1 ? 'Источник недоступен' : 'Источники недоступны'}: ${names}`,
  carousel: 'карусель',
  slide: 'слайд',
  slideLabel: (position, total) => `${position} из ${total}`,
  pause: 'Остановить автопрокрутку',
  play: 'Запустить автопрокрутку',
  previous: 'Предыдущий материал',
  next: 'Следующий материал',
  ...story,
};
