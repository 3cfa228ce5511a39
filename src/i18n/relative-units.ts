// Relative dates ("5 минут назад"), largest unit first: [date-fns formatDistance token, seconds in
// one]. The script-tag builds keep only these tokens of each date-fns locale (build/plugins.ts).
export const RELATIVE_UNITS: readonly (readonly [string, number])[] = [
  ['xYears', 365 * 86_400],
  ['xMonths', 30 * 86_400],
  ['xDays', 86_400],
  ['xHours', 3_600],
  ['xMinutes', 60],
  ['xSeconds', 1],
];
