/**
 * news-widgets/ssr: server rendering of the widgets (Node ≥ 20) with Lit's SSR — declarative
 * shadow DOM the browser shows before any script runs, and hydrates once the script-tag build
 * arrives. Node only: never imported by the browser entries.
 */
export { renderWidget, WIDGET_TAGS, type AttributeValue, type RenderWidgetOptions, type WidgetTag } from './render.js';
export { shadowStyleText, styleHashes } from './styles.js';
