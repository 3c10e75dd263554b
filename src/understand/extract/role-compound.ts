/**
 * German and Dutch join a title to the position noun with a hyphen: "die Product-Engineer-Stelle",
 * "die Backend-Entwickler-Stelle", "de Product Owner-vacature". The title is what stands before
 * the noun.
 */
const TITLE_PART = "[\\p{Lu}\\d][\\p{L}\\d+#./:*]*";
const COMPOUND_POSITION = new RegExp(
  `(?<![\\p{L}\\d-])(${TITLE_PART}(?:[ -]${TITLE_PART}){0,5})-(?:[Ss]telle|[Pp]osition|[Rr]olle|[Vv]akanz|[Aa]usschreibung|[Jj]ob|[Vv]acature|[Ff]unctie|[Rr]ol|[Pp]ositie)(?![\\p{L}-])`,
  "gu",
);

/** English job nouns that German couples with a hyphen ("Product-Engineer"), written apart in the title. */
const ENGLISH_HEAD =
  /^(?:engineer|developer|manager|designer|analyst|scientist|owner|master|lead|architect|consultant|specialist|coach|advocate|writer|researcher|administrator|officer|director|tester|partner)$/i;
/** "IT-", "UX-", "QA-": an acronym keeps its hyphen ("IT-Administrator"). */
const ACRONYM = /^[\p{Lu}\d]{1,4}$/u;

/** The titles written as the first part of a compound with a position noun, hyphens as the title writes them. */
export function titlesInCompounds(text: string, limit = 3): string[] {
  const out: string[] = [];
  COMPOUND_POSITION.lastIndex = 0;
  for (let m = COMPOUND_POSITION.exec(text); m !== null && out.length < limit; ) {
    out.push(writtenApart(m[1] ?? ""));
    m = COMPOUND_POSITION.exec(text);
  }
  return out;
}

/** "Product-Engineer" -> "Product Engineer"; "Backend-Entwickler" and "IT-Administrator" stay. */
function writtenApart(title: string): string {
  const parts = title.split("-");
  if (parts.length < 2 || !ENGLISH_HEAD.test(parts.at(-1) ?? "")) return title;
  return parts.reduce((joined, part, i) => {
    if (i === 0) return part;
    const left = parts[i - 1] ?? "";
    return `${joined}${ACRONYM.test(left) ? "-" : " "}${part}`;
  }, "");
}
