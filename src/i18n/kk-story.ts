import type { StoryMessages } from './messages.js';

/** Kazakh strings of the card and the attribution (see StoryMessages). */
export const story: StoryMessages = {
  staleStory: 'Жаңарту мүмкін болмады: материалдың бұрынғы нұсқасы көрсетілген.',
  readMore: 'Толығырақ',
  citing: (outlet, cites) => `${outlet}, дереккөз: ${cites}`,
  reports: (outlet, cites) => `${outlet} хабарлайды, дереккөз: ${cites}`,
  reportsOnly: (outlet) => `${outlet} хабарлайды`,
  citingOnly: (cites) => `Дереккөз: ${cites}`,
  articleMissing: 'Материал табылмады.',
};
