/** Lines are cut to this length: the parsers' regexes backtrack on long lines. */
const LIBRARY_VIEW_LINE_CHARS = 300;

/**
 * What the crisp-oss parsers (email-forward-parser, email-reply-parser) may see: their regexes
 * backtrack on long lines and runs of blank lines, so they get a bounded prefix with lines cut
 * short and blank runs collapsed.
 */
export function libraryView(text: string, maxChars: number): string {
  const out: string[] = [];
  let blank = false;
  for (const line of text.slice(0, maxChars).split("\n")) {
    const trimmedEnd = line.trimEnd().slice(0, LIBRARY_VIEW_LINE_CHARS);
    if (trimmedEnd.trim() === "") {
      if (!blank) {
        out.push("");
      }
      blank = true;
      continue;
    }
    blank = false;
    out.push(trimmedEnd);
  }
  return out.join("\n");
}
