import type { Category } from "../../../schemas/understanding.ts";
import type { Mailbox } from "../mail/parsed-email.ts";
import { namedIn, ownCareerSiteEmployer } from "./company.ts";
import { companyFromDomain, isMailProviderDomain } from "./company-from-domain.ts";
import { compactKey, companiesAgree } from "./company-name.ts";
import { SPEAKS_FOR_A_FIRM } from "./company-patterns.ts";
import { nameFromAddress } from "./names.ts";
import { isEvidencedPerson, isGivenName } from "./person-evidence.ts";
import type { SenderInfo } from "./sender.ts";

/**
 * A sale: a receipt, a price charged, a discount code. A job seeker's paid services (a CV
 * writer, a course, a premium plan) sell to her; she never applies to them.
 */
const SALE =
  /\b(?:receipt #|your receipt|total charged|payment method|billing period|renews automatically|promo code|discount code|coupon code|use (?:the )?code [A-Z\d]{4,}|\d{1,2}\s?% off)\b/i;

/**
 * Words of work and hiring, in the seven languages: a machine's mail with none of them (a
 * parcel on its way, a trade newsletter, a password reset) is about no employer, whoever sends
 * it. (A person writing about nothing but coffee may still be a contact at a firm.) A new
 * hire's first steps are work too: "new hire", "Arbeitsvertrag", "votre arrivée", "tu
 * incorporación", "je eerste werkdag", "il primo giorno", "a sua admissão".
 */
const WORK_WORD =
  /\b(?:jobs?|careers?|hir(?:e|es|ed|ing)|recruit\w*|talent\w*|appl(?:y|ied|ying|ications?|icants?)|candida\w*|kandida\w*|interest(?:ed)? in|intérêt|interés|interesse|positions?|roles?|vacanc\w*|openings?|interview\w*|offers?|onboarding|employ\w*|work(?:ing)? (?:at|for|with)|join(?:ing)? (?:us|our|the team)|colleagues?|reference|referral|first day|start date|stellen?\w*|bewerb\w*|karriere\w*|einstell\w*|vorstellungs\w*|gespräch\w*|angebot|arbeit\w*|emplois?|postes?|carrières?|recrut\w*|entretien\w*|embauche\w*|offre|empleos?|puestos?|vacantes?|carreras?|contrataci\w*|selecci\w*|entrevistas?|ofertas?|trabaj\w*|vacatures?|sollicit\w*|functie\w*|werving|gesprek\w*|aanbod|lavor\w*|posizion\w*|assunzion\w*|colloqui\w*|offerta|selezion\w*|vagas?|empregos?|cargos?|contrata\w*|proposta|trabalh\w*|new hire|contrat\w*|arbeitsvertrag\w*|arbeitstag\w*|einarbeitung|premier jour|(?:votre|ton) arriv|primer d.a|incorporaci|eerste werkdag|werkdag|arbeidsovereenkomst|indiensttreding|primo giorno|primeiro dia|admiss)\b/i;

/**
 * The employer the message is about, given what kind of message it is: null where the only
 * firm it names is the one selling or advertising to the user.
 * - A job alert from a board nobody lists ("4 new jobs for …" from the board's own domain)
 *   names the board, not an employer; an employer's own career site says so in its name
 *   ("… Careers", "… Career Site") and keeps its name.
 * - Mail about no application that sells something (a receipt, a course with a discount code)
 *   is from a vendor; mail from a machine or a brand (a shop's order on its way, a bank's
 *   statement) that speaks of no work at all is from a stranger to the search; so is a friend's
 *   from her own mailbox ("bbq on Saturday?"): its subject's words name no firm, and the user's note does not name the firm chosen ("my
 *   reference for Halvard Bank": a referee's message about the search).
 */
export function employerForCategory(
  company: string | null,
  category: Category,
  from: Mailbox | null,
  sender: SenderInfo,
  text: string,
  bulk = false,
  note = "",
): string | null {
  if (company === null) return null;
  if (category === "job_alert") {
    if (ownCareerSiteEmployer(from) !== null) return company;
    return isSendersOwnFirm(company, sender) ? null : company;
  }
  if (
    category === "other" &&
    (SALE.test(text) ||
      (!writtenByPerson(sender) &&
        (!WORK_WORD.test(text) || (bulk && !speaksOfOwnHiring(text, company)))) ||
      (fromPersonalMailbox(sender) && !WORK_WORD.test(text) && !namedIn(note, company)) ||
      COMMUNITY_MAIL.test(text))
  )
    return null;
  return company;
}

/**
 * A community's mail, in the seven languages: a meetup's or a user group's newsletter signed by
 * its organisers and thanking its sponsors ("the organisers", "our sponsors", "lo staff di …",
 * "le aziende che ci sostengono") is about the members' work, never an employer's; its name is a
 * group's, no firm's. (A firm hosting its own meetup, or its "talent community", has no
 * sponsors and no organisers: it stays the employer.)
 */
const COMMUNITY_MAIL =
  /\b(?:organi[sz]ers|organi[sz]ing team|our sponsors|organisator(?:en|innen)|orga-team|unsere[rn]? sponsoren|organisat(?:eurs|rices)|nos sponsors|organizadores|nuestros patrocinadores|organizzatori|lo staff di|(?:le aziende|i partner) che (?:ci )?sostengono|i nostri sponsor|organisatoren|onze sponsors|nossos patrocinadores)\b/i;

/**
 * Whether a sentence speaks of hiring as the sender's own ("our open roles", "I'm recruiting",
 * "la community talenti di Lanterna Banca") or of the reader's own candidacy ("you applied"):
 * a newsletter's "Jobs"
 * section or a meetup's "Gespräche" is about others' work, not the sender as an employer.
 */
function speaksOfOwnHiring(text: string, company: string): boolean {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .some(
      (sentence) =>
        WORK_WORD.test(sentence) &&
        (SPEAKS_FOR_A_FIRM.test(sentence) ||
          SPEAKS_AS_ONESELF.test(sentence) ||
          READERS_CANDIDACY.test(sentence) ||
          namedIn(sentence, company)),
    );
}
/** A recruiter's own voice, relayed by a board ("I'm recruiting for …"), in the seven languages. */
const SPEAKS_AS_ONESELF = /(?<!\p{L})(?:i|i['’]m|i['’]ve|ich|je|j['’]|yo|io|ik|eu)(?!\p{L})/iu;
/** The reader as a candidate, in the seven languages. */
const READERS_CANDIDACY =
  /\b(?:you|your|yours|sie|ihr\w*|du|dein\w*|vous|votre|vos|tu|tus?|usted|su|sus|te|ti|tua|tuo|lei|je|jouw|uw|você|vocês|seu|sua|teu|tua)\b/i;

/**
 * A person's own mailbox: someone writing about nothing but coffee may still be a contact at a
 * firm. A brand's display name on a role mailbox ("Runway CI" <billing@…>, "Planbord"
 * <nieuws@…>) is no person's.
 */
function writtenByPerson(sender: SenderInfo): boolean {
  if (sender.robot || sender.person === null) return false;
  if (isEvidencedPerson(sender.person, sender.address)) return true;
  // "Sendfirm" <mira.okafor@…>: a person's own address under her firm's name.
  const fromAddress = sender.address ? nameFromAddress(sender.address) : null;
  // ("shipment-tracking@" spells two words, no one's first name.)
  return fromAddress !== null && isGivenName(fromAddress.split(" ")[0] ?? "");
}

/**
 * A person's own mailbox, no firm's: a mail provider's ("gmail.com", "posteo.example"), or a
 * domain that spells her own surname ("sam@okafor.example" from Sam Okafor).
 */
function fromPersonalMailbox(sender: SenderInfo): boolean {
  if (sender.robot || sender.domain === null) return false;
  if (isMailProviderDomain(sender.domain)) return true;
  const surname = sender.person?.split(" ").slice(1).join("") ?? "";
  const label = companyFromDomain(sender.domain) ?? "";
  return surname !== "" && compactKey(surname) === compactKey(label);
}

/** The firm the sender's own domain or display name gives ("Emploi Nord" <alertes@emploi-nord.example>). */
function isSendersOwnFirm(company: string, sender: SenderInfo): boolean {
  const byDomain = companyFromDomain(sender.domain);
  return (
    (byDomain !== null && companiesAgree(company, byDomain)) ||
    (sender.org !== null && companiesAgree(company, sender.org))
  );
}
