import { companyFromDomain } from "./company-from-domain.ts";
import { companiesAgree } from "./company-name.ts";
import { initialledName } from "./names.ts";
import { disqualifiedAsPerson, isGivenName, isPersonalMailbox } from "./person-evidence.ts";
import type { SenderInfo } from "./sender.ts";
import { fold } from "./text.ts";
import { THING_WORDS } from "./thing-words.ts";
import { ORG_WORDS } from "./word-lists.ts";

/** A person's display name is a handful of words; more is a sentence or a firm's tagline. */
const MAX_DISPLAY_NAME_WORDS = 5;
/** The shortest given name an address may open with to spell it ("ana@", not "al@"). */
const MIN_GIVEN_IN_ADDRESS = 3;

/**
 * The sender's own name when the display-name reader set it aside, or the employer reader took
 * it: "Tadhg Ó hAodha" <tadhg@…> read as a firm's because one word of it is no name word it
 * knows, "R. J. Whitcombe" <rj@…> written with initials, "Lorcan Byrne" <lorcan@agency…>
 * taken for the employer. The address is the second piece of evidence: its local part opens
 * with the display name's given name, or is its initials. Null for a robot's, the user's, a
 * shared box's, or a name the sender's own domain spells (a firm's, however personal it reads).
 */
export function senderOwnName(sender: SenderInfo, company: string | null): string | null {
  if (sender.robot || sender.self || sender.address === null) return null;
  if (!isPersonalMailbox(sender.address)) return null;
  const shown = sender.person ?? sender.org;
  if (shown === null) return null;
  // A name the readers already took as a person's, and the employer did not take, is not lost.
  if (sender.person !== null && !(company !== null && companiesAgree(sender.person, company)))
    return null;
  const words = shown.split(" ");
  if (words.length < 2 || words.length > MAX_DISPLAY_NAME_WORDS) return null;
  if (/[\d@&|]/.test(shown) || disqualifiedAsPerson(shown)) return null;
  // "Grace Hopper Fellowship" <grace@…>: a programme or a firm that bears someone's name.
  if (words.some((w) => ORG_WORDS.has(fold(w)) || THING_WORDS.has(fold(w)))) return null;
  if (companiesAgree(shown, companyFromDomain(sender.domain) ?? "")) return null;
  const local = fold(sender.address.slice(0, sender.address.lastIndexOf("@"))).replace(
    /[^a-z]/g,
    "",
  );
  const initialled = initialledName(shown);
  if (initialled !== null) {
    const surname = initialled.surname.replace(/[^a-z]/g, "");
    const spells =
      local === initialled.initials ||
      (local.startsWith(initialled.initials.charAt(0)) && local.includes(surname));
    return spells ? shown : null;
  }
  const given = fold(words[0] ?? "").replace(/[^a-z]/g, "");
  return isGivenName(words[0] ?? "") &&
    given.length >= MIN_GIVEN_IN_ADDRESS &&
    local.startsWith(given)
    ? shown
    : null;
}
