import { remembered } from "./remembered.ts";

/** Legal-form suffixes that do not change which company is meant. */
const LEGAL_SUFFIXES =
  /\b(inc|incorporated|llc|l\.l\.c|llp|l\.l\.p|lp|l\.p|n\.a|pllc|aor|ltd|limited|plc|corp|corporation|co|company|gmbh|ag|kg|se|sa|sas|sarl|s\.a\.s|s\.a|s\.l|sl|slu|bv|b\.v|nv|n\.v|srl|s\.r\.l|spa|s\.p\.a|oy|ab|as|aps|pty|lda|ltda|sprl|bvba|eurl|a\.g|e\.v|e\.g|eg|ohg|mbh|ggmbh|gmbh\s+and\s+co\.?\s*kg|ag\s+and\s+co\.?\s*kg|kgaa|sp\.?\s*z\s*o\.o)\.?$/i;

/**
 * A key under which "Acme, Inc.", "ACME" and "Acme Inc" are one company. Remembered: a
 * message's company candidates are compared with each other, the platforms and the user, so
 * the same few names are keyed dozens of times per message.
 */
export const companyKey: (name: string) => string = remembered(keyOf);

function keyOf(name: string): string {
  let key = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .replace(/&/g, " and ")
    .trim();
  for (let i = 0; i < 3; i++) {
    const stripped = key
      .replace(/[\s,]+$/, "")
      .replace(LEGAL_SUFFIXES, "")
      .trim();
    if (stripped === key || stripped === "") break;
    key = stripped;
  }
  return key.replace(/[^a-z0-9]+/g, " ").trim();
}

/** The name as people say it in a sentence: "Silverbirch Insurance Ltd" -> "Silverbirch Insurance". */
export function companyInProse(name: string): string {
  let prose = name.trim();
  for (let i = 0; i < 3; i++) {
    const stripped = prose
      .replace(/[\s,]+$/, "")
      .replace(LEGAL_SUFFIXES, "")
      .replace(/[\s,&]+$/, "")
      .trim();
    if (stripped === prose || stripped === "") break;
    prose = stripped;
  }
  return prose;
}
