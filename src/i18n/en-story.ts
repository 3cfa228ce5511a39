import type { StoryMessages } from './messages.js';

/** English strings of the card and the attribution (see StoryMessages). */
export const story: StoryMessages = {
  staleStory: 'Could not update: showing an earlier version of this story.',
  readMore: 'Read more',
  citing: (outlet, cites) => `${outlet}, citing ${cites}`,
  reports: (outlet, cites) => `Reported by ${outlet}, citing ${cites}`,
  reportsOnly: (outlet) => `Reported by ${outlet}`,
  citingOnly: (cites) => `Citing ${cites}`,
  articleMissing: 'This story was not found.',
};
