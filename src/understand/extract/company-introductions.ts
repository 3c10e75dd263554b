import type { Mailbox } from "../mail/parsed-email.ts";
import { namesSpeltByDomain } from "./company-domain-names.ts";
import { companyFromDomain } from "./company-from-domain.ts";
import type { SelfMatcher } from "./self-matcher.ts";
import { fold } from "./text.ts";

/**
 * Words that introduce two people to each other, in the seven languages: "intro", "connecting
 * you", "bringe ich euch zusammen", "mise en relation", "os pongo en contacto", "stel je voor
 * aan", "vi metto in contatto", "faço a ponte entre os dois".
 */
const INTRODUCTION =
  /\b(?:e-?intro|intro(?:duc\p{L}*)?|connecting you|put(?:ting)? you (?:two |both )?in touch|looping in|vorstell\p{L}*|kennenlern\p{L}*|zusammen ?bring\p{L}*|(?:euch|Sie) (?:hier )?zusammen|in Kontakt|Kontakt:|bekannt machen|présent\p{L}*|(?:mise|mettre|mets) en relation|en contact|presentar\p{L}*|te presento|os presento|(?:poner|pongo)(?:os|te|les)? en contacto|voorstel\p{L}*|stel(?:t)? (?:je|jullie|u|me|mij) (?:\p{L}+ )?voor|kennismak\p{L}*|in contact brengen|(?:vi )?metto in contatto|mettervi in contatto|apresent\p{L}*|(?:faço|fazer) (?:aqui )?a ponte|(?:pôr|por|colocar)(?:-vos)? em conta(?:c)?to)(?!\p{L})/iu;

/**
 * An introduction written to the user and one other person on a third firm's address ("Hallo
 * Jordan, hallo Katharina" to k.zimmermann-lenz@seeadler-re…, "Jordan, Lotte is teamlead bij
 * Zeehond Data"): the firm of the person introduced, as the text writes the name her domain
 * spells; null when there is no such one person, or the text never writes her firm. The writer's
 * own firm is the user's past, not the employer the introduction is about.
 */
export function firmOfPersonIntroduced(
  recipients: readonly Mailbox[],
  senderDomain: string | null,
  self: SelfMatcher,
  subject: string,
  text: string,
): string | null {
  if (!INTRODUCTION.test(subject) && !INTRODUCTION.test(text)) return null;
  const own = senderDomain?.toLowerCase() ?? "";
  const folded = fold(text);
  // On a third firm's address, and greeted or named in the text: the person introduced, never a
  // colleague copied or a mailbox ("Lotte", "Dr. Katharina Zimmermann-Lenz").
  const introduced = recipients.filter((m) => {
    const domain = domainOf(m.address);
    const first = givenName(m);
    return (
      domain !== null &&
      domain !== own &&
      !self.isSelfAddress(m.address) &&
      companyFromDomain(domain) !== null &&
      first !== null &&
      folded.includes(first)
    );
  });
  const domain = domainOf(introduced[0]?.address ?? null);
  if (domain === null || introduced.some((m) => domainOf(m.address) !== domain)) return null;
  const guess = companyFromDomain(domain) ?? "";
  const label = guess.replace(/\s+/g, "").toLowerCase();
  const firstPiece = guess.split(" ")[0]?.toLowerCase() ?? "";
  return (
    namesSpeltByDomain(label, text)[0] ??
    (firstPiece !== label ? namesSpeltByDomain(firstPiece, text)[0] : undefined) ??
    null
  );
}

/**
 * The first word of a display name that is a name ("Katharina" of "Dr. Katharina …"), else of
 * the address ("lotte" of lotte.vanthof@…), folded.
 */
function givenName(mailbox: Mailbox): string | null {
  const written = mailbox.name?.trim() ? mailbox.name : (mailbox.address ?? "").split("@")[0];
  const words = (written ?? "").split(/[\s._-]+/).filter((w) => /^\p{L}{3,}$/u.test(w));
  return words[0] ? fold(words[0]) : null;
}

function domainOf(address: string | null): string | null {
  const at = address?.lastIndexOf("@") ?? -1;
  return address && at > 0 ? address.slice(at + 1).toLowerCase() : null;
}
