/**
 * CSV formula injection: text that Excel, WPS or LibreOffice reads as a formula when a CSV file is
 * opened (OWASP's list: = + - @ tab, carriage return). The exports put an apostrophe before such
 * text, so a spreadsheet shows it as text; the importer takes that apostrophe off again, so a file
 * exported from the app imports unchanged.
 *
 * No `$` in the pattern: papaparse's default (`/^[=+\-@\t\r].*$/`) misses a formula whose text
 * goes on past a new line, because `.` stops there.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The export's guard taken off: `'=HYPERLINK(…` back to `=HYPERLINK(…`. */
export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
