import type { Mailbox } from "../mail/parsed-email.ts";
import { isRobotAddress } from "../robot-address.ts";
import { cleanName, isPersonName } from "./names.ts";
import { orgFromPhrase } from "./org-phrases.ts";
import { isGivenName } from "./person-evidence.ts";
import type { SelfMatcher } from "./self-matcher.ts";
import { fold } from "./text.ts";
import { ORG_WORDS, SALUTATION_AND_CALENDAR } from "./word-lists.ts";

export interface SenderInfo {
  address: string | null;
  robot: boolean;
  self: boolean;
  /** A person's name from the display name ("Maya Ortiz via Greenhouse" -> "Maya Ortiz"). */
  person: string | null;
  /** An organisation from the display name ("Northwind Robotics Recruiting"). */
  org: string | null;
  domain: string | null;
}

/** Who sent the original, per its From header: a person, an organisation, a robot or the user. */
export function describeSender(from: Mailbox | null, self: SelfMatcher): SenderInfo {
  const address = from?.address ?? null;
  const robot = address === null || isRobotAddress(address);
  let { person, org } = splitDisplayName(from?.name ?? "");
  // One word on a machine's address is a brand ("Stripe <no-reply@...>"); on a person's, a first name.
  // "Laboratoires Berthier-Vasseur <recrutement@…>": on a shared box, a name that does not
  // open with a given name is the organisation.
  if (
    robot &&
    person !== null &&
    (!person.includes(" ") || !isGivenName(person.split(" ")[0] ?? ""))
  ) {
    org = orgFromPhrase(person);
    person = null;
  }
  return {
    address,
    robot,
    self: self.isSelfAddress(address) || self.isSelfName(from?.name ?? null),
    person: person !== null && self.isSelfName(person) ? null : person,
    org,
    domain: address?.split("@")[1] ?? null,
  };
}

const DISPLAY_NAME_JOINED =
  /^(.+?)\s*(?:\((.+)\)|\[(.+)\]|\s[|–—-]\s(.+)|\s(?:from|at|@|von|bei|de|chez|of|for|für)\s(.+))$/u;

/** The small words a public body's name holds after its first word ("State of", "Ville de"). */
const PUBLIC_BODY_JOIN = /^\s(?:of|for|de|für|von)\s/u;

/** Words that open a government's name and may also be someone's given name ("Ville"). */
const GOVERNMENT_WORDS =
  "state|city|county|town|commonwealth|province|ville|stadt|gemeente|comune|ciudad|cidade|" +
  "município|municipio|région|region|kanton|canton|provincia|provincie";
const GOVERNMENT_WORD = new RegExp(`^(?:${GOVERNMENT_WORDS})$`, "i");
/** "Ville de Corlay", "County of Marlow": a government's word, a particle, a capitalised name. */
const GOVERNMENT_NAME = new RegExp(
  `^(?:${GOVERNMENT_WORDS})\\s(?:of|de|du|des|von|van|di|da|do|del)\\s\\p{Lu}`,
  "iu",
);

/**
 * "Chiara Beste", "Anna Best": a given name, then a capitalised surname that is also a greeting,
 * a closing or a day word. In a mailbox's display name nobody greets; it is the person's name.
 */
function greetingSurname(name: string): boolean {
  const [given, surname, ...rest] = name.split(" ");
  return (
    rest.length === 0 &&
    given !== undefined &&
    surname !== undefined &&
    isGivenName(given) &&
    /^\p{Lu}\p{Ll}+$/u.test(surname) &&
    SALUTATION_AND_CALENDAR.has(fold(surname))
  );
}

/** Splits a display name into the person and the organisation it mentions, if any. */
export function splitDisplayName(raw: string): { person: string | null; org: string | null } {
  let name = cleanName(raw);
  if (name === "" || name.includes("@") || name.length > 120) return { person: null, org: null };
  // "Maya Ortiz via Greenhouse", "Northwind (via Lever)"
  name = name.replace(/\s*[([]?\s*\bvia\b.*$/i, "").trim();
  // "Ville de Corlay", "Stadt von Harlingen": a government, however much it reads as a name.
  if (GOVERNMENT_NAME.test(name)) return { person: null, org: orgFromPhrase(name) };
  if (isPersonName(name) || greetingSurname(name)) return { person: name, org: null };
  // "Sam": a first name alone is a person, not an organisation.
  if (!name.includes(" ") && isPersonName(name, true) && !ORG_WORDS.has(fold(name))) {
    return { person: name, org: null };
  }
  // "Ortiz, Maya"
  const reversed = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]+)$/u.exec(name);
  if (reversed?.[1] && reversed[2] && isPersonName(`${reversed[2]} ${reversed[1]}`)) {
    return { person: `${reversed[2]} ${reversed[1]}`, org: null };
  }
  // "Maya Ortiz (Northwind Robotics)", "Maya from Northwind", "Zoë Brandt von Kranich Software"
  const joined = DISPLAY_NAME_JOINED.exec(name);
  if (joined?.[1]) {
    const left = cleanName(joined[1]);
    const right = cleanName(joined[2] ?? joined[3] ?? joined[4] ?? joined[5] ?? "");
    // "State of Calvera", "Ville de Brienne": one word joined by "of" is a public body's name
    // unless the word is a given name ("Maya of Northwind").
    const bodyName =
      !left.includes(" ") &&
      PUBLIC_BODY_JOIN.test(name.slice(left.length)) &&
      (!isGivenName(left) || GOVERNMENT_WORD.test(left));
    if (isPersonName(left, true) && !bodyName) return { person: left, org: orgFromPhrase(right) };
    if (isPersonName(right)) return { person: right, org: orgFromPhrase(left) };
  }
  return { person: null, org: orgFromPhrase(name) };
}
