import type { Mailbox } from "../mail/parsed-email.ts";
import { isRobotAddress } from "../robot-address.ts";
import { cleanName, isPersonName } from "./names.ts";
import { orgFromPhrase } from "./org-phrases.ts";
import { isGivenName } from "./person-evidence.ts";
import type { SelfMatcher } from "./self-matcher.ts";
import { fold } from "./text.ts";
import { ORG_WORDS } from "./word-lists.ts";

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

/** Splits a display name into the person and the organisation it mentions, if any. */
export function splitDisplayName(raw: string): { person: string | null; org: string | null } {
  let name = cleanName(raw);
  if (name === "" || name.includes("@") || name.length > 120) return { person: null, org: null };
  // "Maya Ortiz via Greenhouse", "Northwind (via Lever)"
  name = name.replace(/\s*[([]?\s*\bvia\b.*$/i, "").trim();
  if (isPersonName(name)) return { person: name, org: null };
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
    if (isPersonName(left, true)) return { person: left, org: orgFromPhrase(right) };
    if (isPersonName(right)) return { person: right, org: orgFromPhrase(left) };
  }
  return { person: null, org: orgFromPhrase(name) };
}
