import { companiesAgree } from "./company-name.ts";
import { isPlace } from "./places.ts";

/** A word whose first letter may be either case ("Stelle", "stelle"): the patterns here keep case. */
const eitherCaseInitial = (word: string) =>
  /^\p{L}/u.test(word)
    ? `[${word.charAt(0).toLowerCase()}${word.charAt(0).toUpperCase()}]${word.slice(1)}`
    : word;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "process", "role", "loop", "Stelle": what may stand between a title and the firm it was at. */
const BETWEEN_TITLE_AND_FIRM = `(?:\\s+(?:${[
  "position",
  "role",
  "job",
  "opening",
  "process",
  "interviews?",
  "loop",
  "application",
  "stelle",
  "rolle",
  "prozess",
  "poste",
  "processus",
  "puesto",
  "proceso",
  "ruolo",
  "posizione",
  "processo",
  "vaga",
  "functie",
  "vacature",
  "procedure",
]
  .map(eitherCaseInitial)
  .join("|")}))?`;
/** "at", "bei der", "chez", "en", "presso", "bij", "na", "no", "em", "@": before the firm. */
const FIRM_PREPOSITION =
  "\\s+(?:at|bei|chez|en|presso|bij|na|no|em|@)\\s+(?:(?:the|der|dem|die|la|le|el|il|lo|het|de)\\s+)?";
/** A firm's name: capitalised words, "&" between them ("Vos & Maas"). */
const FIRM_NAME = "(\\p{Lu}[\\p{L}\\d&'’.-]*(?:\\s+(?:&|\\p{Lu}[\\p{L}\\d&'’.-]*)){0,4})";

/**
 * Whether every time the text names the title it places it at a firm that is not the employer:
 * "the Software Engineer III process at Kettle didn't work out" in a group's talent-community
 * invitation is the job someone else had, not one in play here. A town is no firm.
 */
export function onlyAtAnotherFirm(role: string, text: string, company: string): boolean {
  // Case matters for the firm's capitals; the title's first letter may have been raised.
  const title = eitherCaseInitial(escapeRegExp(role).replace(/\s+/g, "\\s+"));
  const said = new RegExp(
    `${title}${BETWEEN_TITLE_AND_FIRM}(?:${FIRM_PREPOSITION}${FIRM_NAME})?`,
    "gu",
  );
  let seen = false;
  for (const m of text.matchAll(said)) {
    const firm = m[1];
    if (firm === undefined || isPlace(firm) || companiesAgree(firm, company)) return false;
    seen = true;
  }
  return seen;
}
