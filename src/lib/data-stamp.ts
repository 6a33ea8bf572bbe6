/**
 * The month the data is current to: the newest source's publication month (`2026-01`), or null
 * for no sources. Dates are ISO (`2025-03` or `2025-03-05`), so the month prefixes compare as
 * strings; a day is dropped because the stamp reads "as of Jan 2026", not a day.
 */
export function newestMonth(dates: readonly string[]): string | null {
  let newest: string | null = null;
  for (const date of dates) {
    const month = date.slice(0, 7);
    if (/^\d{4}-\d{2}$/.test(month) && (newest === null || month > newest)) newest = month;
  }
  return newest;
}
