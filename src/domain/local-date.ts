/** YYYY-MM-DD in the user's own time zone: the date they would write on a form or a file name. */
export function localIsoDate(date: Date): string {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}
