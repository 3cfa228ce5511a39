// date-fns `format` with its locale words: a chunk of its own in the ES module build, loaded only
// for a date pattern that needs words (month or day names, eras, AM/PM, ordinals) — the default
// `dd/MM/yyyy - HH:mm` is written with date-fns `lightFormat` and needs none.
export { format } from 'date-fns/format';
