import type { StoryMessages } from './messages.js';

/** Russian strings of the card and the attribution (see StoryMessages). */
export const story: StoryMessages = {
  staleStory: 'Не удалось обновить: показана прежняя версия материала.',
  readMore: 'Читать далее',
  citing: (outlet, cites) => `${outlet} со ссылкой на ${cites}`,
  reports: (outlet, cites) => `передает ${outlet} со ссылкой на ${cites}`,
  reportsOnly: (outlet) => `передает ${outlet}`,
  citingOnly: (cites) => `со ссылкой на ${cites}`,
  articleMissing: 'Материал не найден.',
};
