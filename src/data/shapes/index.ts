import { atom } from './atom.js';
import { generic, single } from './generic.js';
import { jsonFeed } from './jsonfeed.js';
import { rss } from './rss.js';
import type { Shape } from './shape.js';
import { wordpress } from './wordpress.js';

export type { Shape, ShapeReading } from './shape.js';

/**
 * Every shape read with no configuration, tried in this order: specific shapes first,
 * the field-name guessers last. A new endpoint shape is one module and one line here.
 */
export const SHAPES: readonly Shape[] = [jsonFeed, wordpress, rss, atom, generic, single];
