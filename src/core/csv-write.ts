/**
 * One cell of a CSV file the kit writes (the map's download), safe to open in a spreadsheet.
 *
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula
 * (`=HYPERLINK(…)` from a site's label). The file is written with `,`, but es and pt readers'
 * spreadsheets split it at `;`, and a tab-separated import splits at tabs: then the text after a
 * `;`, a tab or a line break inside a field starts a cell of its own (issue 13, D2: `Brasil;=1+1`
 * was live). So an apostrophe, which keeps a cell text, goes before a formula character at the
 * start of the field and after any of `,` `;` tab, CR, LF or `"` in it (a split can leave a
 * cell starting with `""=…`, which reads on as a formula). Spaces between are skipped: an
 * import that trims them would start the cell there. A field that starts with a tab or CR is
 * kept text too. The field is quoted when it holds a quote, a separator or a line break.
 */
export function csvCell(text: string): string {
  let s = text.replace(/(^|[,;\t\r\n"])([ \u00A0]*)(?=[=+\-@])/g, "$1$2'");
  if (/^[\t\r]/.test(s)) s = `'${s}`;
  return /[",;\t\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
