// CSV as RFC 4180 has it (quoted fields, doubled quotes, CR LF or LF): enough for a boards file a spreadsheet
// saved and for a report a spreadsheet opens. Twenty lines do not justify a dependency.

/** The rows of `text`; a field's quotes are taken off. Throws on an unterminated quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a spreadsheet's byte order mark
  const endField = () => { row.push(field); field = ""; };
  const endRow = () => { endField(); rows.push(row); row = []; };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") endField();
    else if (c === "\n") endRow();
    else if (c === "\r" && text[i + 1] === "\n") { endRow(); i++; }
    else field += c;
  }
  if (quoted) throw new Error("a quoted field is not closed");
  if (field !== "" || row.length) endRow();
  return rows;
}

/** One field, quoted when it must be. A leading = + - @ is kept from being run as a spreadsheet formula. */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
