// For test/stories/stories.test.ts: the list of stories files, so that a new stories file is
// tested without anyone adding it to a list. The same glob as .storybook/main.ts.
import { readdirSync } from 'node:fs';

export const STORY_FILES_PATH = '/__story-files__';

export function storyFiles(dir = 'stories') {
  return async (ctx, next) => {
    if (ctx.path !== STORY_FILES_PATH) return next();
    ctx.type = 'json';
    ctx.body = readdirSync(dir, { recursive: true })
      .map((file) => String(file).replaceAll('\\', '/'))
      .filter((file) => file.endsWith('.stories.ts'))
      .sort()
      .map((file) => `/${dir}/${file}`);
  };
}
