import type { Category, ContactKind, ExtractedContact } from "../../../schemas/understanding.ts";
import type { ForwardedOriginal, Invitation, Mailbox } from "../mail/parsed-email.ts";
import { companyFromDomain } from "./company-from-domain.ts";
import { compactKey, companiesAgree } from "./company-name.ts";
import { EMAIL_IN_TEXT } from "./email-in-text.ts";
import { guestListInText } from "./guest-list.ts";
import { kindFromTitle } from "./job-titles.ts";
import {
  addressFitsName,
  CAPITAL_PARTICLES,
  cleanName,
  initialledName,
  isPersonName,
  nameFromAddress,
  namesMatch,
  nicknameOf,
} from "./names.ts";
import { readNote } from "./note-hints.ts";
import { addressSpelledDisplayName, surnameFirstDisplayName } from "./people-display-name.ts";
import { peopleInMessage } from "./people-in-message.ts";
import { MAX_CONTACTS, newPerson, People, type Person } from "./people-registry.ts";
import {
  inAddressOrder,
  isEvidencedPerson,
  isFamilyNameFirst,
  isGivenName,
  isPersonalMailbox,
  isResourceMailbox,
  personFromAddress,
} from "./person-evidence.ts";
import type { SelfMatcher } from "./self-matcher.ts";
import { type SenderInfo, splitDisplayName } from "./sender.ts";
import { senderOwnName } from "./sender-name.ts";
import { isShortFormOf } from "./short-forms.ts";
import type { Signature } from "./signature.ts";
import { clip, fold } from "./text.ts";
import { NAME_PARTICLES } from "./word-lists.ts";

/** More addressees than this is a mailing, not people copied on one conversation. */
const MAX_FELLOW_RECIPIENTS = 5;

/** "Daniel Brooks via LinkedIn": the relay says a member wrote, and names them. */
const RELAYED_FOR = /\s(?:via|über|par|vía|tramite|através de)\s+\S/i;

/** Kinds of mail that are sent to many: an acknowledgement, a newsletter, anything else. */
const MAILING: ReadonlySet<Category> = new Set(["application_received", "other"]);

/** What we keep of the user's words about one person. */
const MAX_PERSON_NOTE_CHARS = 200;

interface ContactInput {
  original: ForwardedOriginal;
  replyTo: readonly Mailbox[];
  category: Category;
  message: string;
  note: string;
  body: string;
  sender: SenderInfo;
  signature: Signature;
  company: string | null;
  role: string | null;
  self: SelfMatcher;
  /** The attached invitation's organiser and attendees: the panel, with their addresses. */
  calendar?: Invitation | undefined;
  /** The user forwarded the original by hand (undefined: not known). */
  forwarded?: boolean | undefined;
  /** The message quoted below the newest one was the user's own. */
  repliesToOwn?: boolean | undefined;
  /** The original carries list or bulk headers: it was sent to many. */
  listMail?: boolean | undefined;
}

/** The people a message gives evidence for, and those it only names in passing. */
export interface PeopleFound {
  contacts: ExtractedContact[];
  /**
   * Named only in passing in the prose ("the conversation with Marguerite"): no contact, but
   * someone the digest may ask the user about.
   */
  namedInPassing: ExtractedContact[];
}

/** Everyone worth remembering: sender, signature, people copied, named in the message or the note. */
export function collectContacts(c: ContactInput): PeopleFound {
  const { original, category, sender, signature, company } = c;
  // Mail from a personal mailbox about no employer and no job that reached Rebound as it was
  // sent ("are we still on for Sunday?"): its sender and the people it names are the user's
  // life, not contacts of a job search (a relay such as LinkedIn's carries recruiters). Forwarded by hand, the user chose it: a former colleague's catching-up note
  // is networking. Only the user's note can name someone in the first.
  if (
    category === "other" &&
    (company === null || namesNoEmployer(c, company)) &&
    c.role === null &&
    c.forwarded === false &&
    !sender.robot &&
    // An answer to the user's own message (a former manager reporting the reference call the
    // user asked for) is someone the user wrote to about the search.
    c.repliesToOwn !== true &&
    !quotesWhomItGreets(c.body, c.message)
  )
    return { contacts: contactsFromNote(c.note, c.self, c.body), namedInPassing: [] };
  const people = new People(c.self);
  // A newsletter a person writes ("Ilse from Stack & Scale", list headers, "Hi friends"):
  // mail to many about nothing of the user's; its writer is no one the user met.
  const newsletterWriter =
    c.listMail === true &&
    category === "other" &&
    !sender.robot &&
    !sender.self &&
    // "Karan Malhotra via LinkedIn": a relay passing on one member's message.
    !RELAYED_FOR.test(original.from?.name ?? "") &&
    c.repliesToOwn !== true &&
    !greetsReader(c.message, c.self);

  // A display name that is really the employer ("Cobalt Biosciences <no-reply@...>") is nobody;
  // one the readers set aside or took for the employer, whose address spells it, is the sender.
  const ownName = senderOwnName(sender, company);
  const senderPerson =
    ownName ??
    (sender.person !== null &&
    !(company && companiesAgree(sender.person, company)) &&
    !companiesAgree(sender.person, companyFromDomain(sender.domain) ?? "")
      ? givenAtFirm(sender.person, [company, companyFromDomain(sender.domain)])
      : directoryName(sender, original.from?.name));
  // A robot's From with a person's Reply-To ("Alicia Park" <notifications@ashbyhq.com>,
  // Reply-To alicia.park@verdantgrid.example): replies reach that person.
  const replyTo = c.replyTo.find(
    (m) => m.address !== null && isPersonalMailbox(m.address) && !c.self.isSelfAddress(m.address),
  );
  const replyToFits =
    replyTo?.address != null &&
    sender.robot &&
    sender.person !== null &&
    addressFitsName(replyTo.address, sender.person);
  const senderEmail = sender.self
    ? null
    : sender.robot
      ? replyToFits
        ? (replyTo?.address ?? null)
        : null
      : sender.address;

  // The sender and the signature that closes their message.
  let signatureName = signature.name;
  if (
    signatureName &&
    !signatureName.includes(" ") &&
    senderPerson &&
    namesMatch(signatureName, senderPerson)
  ) {
    signatureName = senderPerson;
  }
  // "Raj Venkataraman" in the header signs "Rajesh Venkataraman": one person, the fuller
  // given name; "Bianchi-Ferraro Giulia" signs "Giulia Bianchi-Ferraro": as she signs.
  let senderName = senderPerson;
  const nickname =
    signatureName !== null &&
    senderPerson !== null &&
    sameSurnameOtherGiven(signatureName, senderPerson);
  if (nickname && signatureName !== null && senderPerson !== null) {
    // As the signature writes it ("Robert" under a header's "Robbie"), unless it signs with a
    // short form of the header's given name ("Raj" under "Rajesh").
    const given = (n: string) => n.split(" ")[0] ?? "";
    if (isShortFormOf(given(signatureName), given(senderPerson))) signatureName = senderPerson;
    senderName = signatureName;
  } else if (
    signatureName !== null &&
    senderPerson !== null &&
    signatureName !== senderPerson &&
    // "R. J. Whitcombe" in the header signs "Rowan Whitcombe": the given name spelled out.
    (signatureName.split(" ").length === senderPerson.split(" ").length ||
      (initialledName(senderPerson) !== null && initialledName(signatureName) === null)) &&
    namesMatch(signatureName, senderPerson) &&
    (fold(signatureName) !== fold(senderPerson) || betterSpelled(signatureName, senderPerson))
  ) {
    senderName = signatureName;
  }
  const signatureIsSender =
    signatureName !== null &&
    !sender.self &&
    (senderPerson !== null
      ? nickname || namesMatch(signatureName, senderPerson)
      : senderEmail === null ||
        addressFitsName(senderEmail, signatureName) ||
        signatureName.includes(" "));
  const sigKind = kindFromTitle(signature.title);
  if (!sender.self && !newsletterWriter) {
    // "Javier Ortega" in the header signs "Javier Ortega Lozano": the fuller name.
    const name =
      signatureIsSender &&
      signatureName !== null &&
      senderPerson !== null &&
      signatureName.split(" ").length > senderPerson.split(" ").length
        ? signatureName
        : (senderName ?? (signatureIsSender ? signatureName : null));
    // Derived from a first.last@ address only when neither display name nor signature names
    // anyone, or names them by first name alone ("Maya" and maya.ortiz@).
    // "Grace Hopper Program" <grace.hopper@…>: an address that spells the start of a display
    // name that is no person's is the programme's box, not Grace Hopper's.
    const spelled = senderEmail ? personFromAddress(senderEmail) : null;
    const programmeBox =
      spelled !== null && senderPerson === null && displayNameExtends(original.from?.name, spelled);
    const derived = programmeBox ? null : spelled;
    // "Sid" <siddharth.rao@…>: a short form of the given name the address spells is that name;
    // so is "Bob Hale" <robert.hale@…>, a pet form with the surname the address spells.
    const named =
      name !== null &&
      derived !== null &&
      (name.includes(" ")
        ? shortensGivenOf(name, derived)
        : namesMatch(name, derived) || nicknameOf(fold(name), fold(derived.split(" ")[0] ?? "")))
        ? derived
        : (name ?? derived);
    const title = signatureIsSender ? signature.title : null;
    const kind = kindFromTitle(title);
    // A relay's display name ("Ondine Paiement" <no-reply@hire.lever.co>) is one weak place:
    // it is often the employer's name. It names a person only with a second piece of evidence:
    // the signature that signs it, a personal Reply-To that spells it, or the message naming them.
    const relayNameOnly =
      sender.robot &&
      !RELAYED_FOR.test(original.from?.name ?? "") &&
      named !== null &&
      named === senderName &&
      !signatureIsSender &&
      !replyToFits &&
      !namedInText(c.message, named);
    const email = programmeBox ? null : senderEmail;
    if (!relayNameOnly && (named !== null || email !== null)) {
      const person = newPerson(named, email, kind ?? "recruiter", kind ? 2 : 1, title);
      // "Oriel Castellane" over "Recruiter": the signature's shape vouches for the name; an
      // address that spells the display name vouches for it.
      if (signature.nameVouched === true && named === signatureName) person.vouched = true;
      if (ownName !== null && named === ownName) person.vouched = true;
      people.add(person);
    }
  }
  if (signatureName && (!signatureIsSender || signature.email) && !newsletterWriter) {
    const email =
      signature.email !== null && addressFitsName(signature.email, signatureName)
        ? signature.email
        : null;
    const person = newPerson(
      signatureName,
      email,
      sigKind ?? "recruiter",
      sigKind ? 2 : 1,
      signature.title,
    );
    if (signature.nameVouched === true) person.vouched = true;
    people.add(person);
  }

  // A machine's From with a person's Reply-To ("Keiko Tanaka" <keiko.tanaka@…>): replies
  // reach that person, whom the message signs by first name ("Keiko") or not at all.
  if (sender.robot && replyTo?.address) {
    const { person } = splitDisplayName(replyTo.name);
    if (person?.includes(" ") && !c.self.isSelfName(person))
      people.add(newPerson(person, replyTo.address, "recruiter", 1));
  }

  // Everyone copied: the panel, a coordinator, the hiring manager.
  // Not one copied "for visibility" or "FYI": they watch the thread, the user does not write to them.
  const watching = copiedToWatch(c.message);
  for (const m of original.cc.slice(0, MAX_CONTACTS))
    if (!watching.some((n) => m.name !== null && watchedAs(n, splitDisplayName(m.name).person)))
      addMailbox(people, m, "interviewer", c.message);
  // A message the user sent themselves: the people it went to. A message to the user and
  // someone else beside them ("To: Jordan, Tamsin" in an introduction): that someone.
  if (sender.self) {
    for (const m of original.to.slice(0, MAX_CONTACTS))
      addMailbox(people, m, "recruiter", c.message);
  } else if (original.to.length <= MAX_FELLOW_RECIPIENTS) {
    for (const m of original.to) addMailbox(people, m, "interviewer", c.message);
  }

  // People the message introduces or describes ("Lucía Ferrer, responsable del equipo"); an
  // auto-reply's stand-in ("please contact my colleague Leah Brooks (leah.brooks@...)").
  // A job alert lists jobs and companies; nobody named in it is someone the user met.
  // An acknowledgement or a mailing that no person sends or signs names people in passing
  // ("read how Priya Nair grew from intern to principal"): only one it gives an address or a
  // hiring title for ("our hiring manager, Pete Lindgren", "our CTO") is someone to write to;
  // in mail about nothing of the user's (a newsletter, an event), only one it gives an address.
  const unsigned =
    senderPerson === null && signature.name === null && !sender.self && MAILING.has(category);
  // A person's mail about no employer and no role (a mentor's advice, a friend's news): someone
  // it names is a contact only with an address to write to or as an introduction ("my old
  // colleague Sarah went through the same" is not). A booking or an offer whose employer went
  // unread still names its people.
  const aboutNoJob =
    company === null &&
    c.role === null &&
    !sender.robot &&
    (category === "other" || category === "feedback");
  if (category !== "job_alert")
    // The user's own name in any form ("Lee, Jordan", "Jordan A. Lee") is blanked first, so
    // no piece of it is read as someone else.
    for (const found of peopleInMessage(c.self.maskSelfNames(c.message), category, sender, company))
      if (
        // "Sehr geehrter Herr Lee": the user, as the employer addresses them.
        !(found.name !== null && !found.name.includes(" ") && c.self.isSelfSurname(found.name)) &&
        (!aboutNoJob || found.email !== null || found.kind === "referral") &&
        (!unsigned ||
          found.email !== null ||
          // "Dana Whitfield referred you" in an ATS's receipt: the user's own referrer.
          found.referrer === true ||
          // "Bei Fragen ist Jonas Heller für Sie da": the person a receipt gives the reader.
          (found.readersContact === true && category === "application_received") ||
          // A newsletter's or an event's "Elena Voss, our CTO" is a speaker, not a contact;
          // "your manager, Lena Kowalski" in a team mailbox's onboarding mail is the user's own.
          (kindFromTitle(found.title) !== null &&
            (category !== "other" || READERS_TITLE.test(found.title ?? ""))))
      )
        // "Your People Partner, Chiamaka": a title of the reader's own puts them in touch.
        people.add(READERS_TITLE.test(found.title ?? "") ? { ...found, inPassing: false } : found);

  // People the user's note names.
  // The display names head the text it reads: a nickname there ("Wen (Wendy) Li") is one too.
  const shown = [original.from, ...original.cc].map((m) => m?.name ?? "").filter((n) => n !== "");
  readNote(c.note, people, { company, role: c.role, body: [...shown, c.body].join("\n") });

  // "contact me at jasmine.cole@…" above the signature "Jasmine Cole".
  completeFromAddressesInText(people, c.message, c.self);

  // "Thanks Ada for the intro" above "On …, Ada Nakamura-Price <ada@…> wrote:": the writer of
  // the quoted message, whom the newest one names.
  addQuotedWritersNamed(people, c.body, c.message, c.self, sender.address);

  // "Clare's notes" above a forward whose header reads "From: Clare Donnelly <clare.donnelly@…>".
  completeFromQuotedHeaders(people, c.body, c.self);

  // "Sam passed your CV along" under the subject "Application (referred by Sam Okafor)".
  completeFromSubject(people, original.subject, c.self);

  // A robot's From with a person's Reply-To ("Kindling Finance" <notifications@ashbyhq.com>,
  // Reply-To ravi@kindling.example): the one person whose name the address spells gets it.
  if (replyTo?.address && !people.list.some((p) => p.email === replyTo.address)) {
    const address = replyTo.address;
    const fits = people.list.filter(
      (p) => p.email === null && p.name !== null && addressFitsName(address, p.name),
    );
    if (fits.length === 1 && fits[0]) fits[0].email = address;
  }

  // A forwarded invitation that left its calendar part behind still lists its guests as text.
  const invitation =
    c.calendar ?? (category === "interview_invite" ? guestListInText(c.message) : null);
  if (invitation) addInvitees(people, invitation, c.self);
  mergeShortForms(people);

  // "Robert Half" signing for the agency Robert Half: a name that is the employer's is nobody.
  // So is the firm a signature names after the writer's title ("Talent Acquisition – Ondine
  // Paiement") or as its team ("The Ondine Paiement Team"). A whole line of its own may be a
  // second signer of a panel ("Pete Sandoval, Director"), so it does not count.
  // "Kelsey O'Donnell" <no-reply@…greenhouse…> with Reply-To kelsey.odonnell@…: a relay's
  // display name that a personal Reply-To spells is the recruiter's, not a firm's.
  const relayNameIsPerson =
    sender.org !== null &&
    ((replyTo?.address != null &&
      isPersonName(sender.org) &&
      addressFitsName(replyTo.address, sender.org)) ||
      // "Oriel Castellane" <no-reply@…> signing "Oriel Castellane" over "Recruiter".
      (sender.robot &&
        signature.nameVouched === true &&
        signature.name !== null &&
        namesMatch(signature.name, sender.org)));
  const orgKeys = [
    company,
    relayNameIsPerson || ownName !== null ? null : sender.org,
    companyFromDomain(sender.domain),
    signature.lineCompany,
    signature.teamCompany,
  ].flatMap((o) => (o ? [compactKey(o)] : []));
  // The employer and the sender's domain, not a display name that may be a person's.
  const firmKeys = [company, companyFromDomain(sender.domain)].flatMap((o) =>
    o ? [compactKey(o)] : [],
  );
  // "I'm Olivia, Acme's virtual recruiting assistant": a chatbot with a given name is nobody.
  const bots = assistantNames(`${c.message}\n${signature.title ?? ""}`, signature);
  // A relay name the signature vouches for may have been taken for the employer as well.
  const signerKey =
    ownName !== null
      ? compactKey(ownName)
      : relayNameIsPerson && sender.org !== null
        ? compactKey(sender.org)
        : null;
  // A person, not the firm, a chatbot or someone copied to watch, however else the message named them.
  const isSomeone = (p: Person) =>
    p.name === null ||
    ((compactKey(p.name) === signerKey ||
      (!orgKeys.includes(compactKey(p.name)) && !opensWithFirmName(p.name, firmKeys))) &&
      !bots.has(fold(p.name.split(" ")[0] ?? "")) &&
      !watching.some(
        (n) =>
          p.name !== null &&
          ((namesMatch(n, p.name) && n.includes(" ")) || surnameAfterHonorific(n, p.name)),
      ));
  const inPassing = (p: Person) => p.fromNote !== true && namedOnlyInPassing(p);
  return {
    contacts: toContacts(people, (p) => p.fromNote === true || (!inPassing(p) && isSomeone(p))),
    // Asked about only under a given name the lexicon knows: "Connect", a talent pool, is no one.
    namedInPassing: toContacts(
      people,
      (p) => inPassing(p) && p.name !== null && isGivenName(firstWord(p.name)) && isSomeone(p),
    ),
  };
}

const firstWord = (name: string) => name.split(" ")[0] ?? "";

/**
 * A person the message only names in passing in its prose, with no address and no introduction
 * ("the conversation with Marguerite", "our CEO will sign", "my colleague is on leave"): no
 * header, signature, note or introduction says a human is meant for the user, so no contact.
 */
function namedOnlyInPassing(p: Person): boolean {
  return p.inPassing === true && p.email === null;
}

/**
 * "Wit, Pieter-Jan de" <p.dewit@…>, "Dal Monte, Lorenzo": a personal sender's display name
 * written surname first, which the display-name reader set aside, whose address spells it.
 */
function directoryName(sender: SenderInfo, display: string | null | undefined): string | null {
  if (sender.person !== null || sender.robot || sender.self || sender.address === null) return null;
  if (!display || !isPersonalMailbox(sender.address)) return null;
  const name = surnameFirstDisplayName(display, sender.address);
  return name !== null && addressFitsName(sender.address, name) ? name : null;
}

/** "Lise de Carrelet", "Tom von Brückner": a given name, a joining word, then the rest. */
const GIVEN_JOINED_TO_REST =
  /^(\p{Lu}[\p{L}'’-]+) (?:de|d['’]|du|from|von|vom|van|di|da|del|at|of|bei|chez|@) ?(\S.*)$/u;

/**
 * "Lise de Carrelet" <lise@carrelet.io>: a given name joined to the firm's own name is the
 * person at that firm, not a surname; the signature gives her surname.
 */
function givenAtFirm(person: string, firms: readonly (string | null)[]): string {
  const m = GIVEN_JOINED_TO_REST.exec(person);
  const given = m?.[1];
  const rest = m?.[2];
  if (given === undefined || rest === undefined || !isGivenName(given)) return person;
  return firms.some((f) => f !== null && companiesAgree(rest, f)) ? given : person;
}

/** Words of a job search, in the seven languages: a cold outreach has them, a friend's note not. */
const SEARCH_WORDS =
  /\b(?:roles?|positions?|openings?|vacanc\p{L}*|opportunit\p{L}*|interview\p{L}*|cv|résumé|resume|profile|applica\p{L}*|apply|hiring|recruit\p{L}*|candida\p{L}*|stelle\p{L}*|bewerb\p{L}*|poste|entretien|recrut\p{L}*|puesto|vacante|entrevista|posizion\p{L}*|colloqui\p{L}*|selezion\p{L}*|vacature|sollicit\p{L}*|functie|vaga|perfil|profil)\b/iu;

/**
 * "Pat Murphy" <pat@posteo.example> writing about Saturday: a firm that only the sender's
 * address spells (not the display name, the subject or the text) in a fresh note that quotes no
 * thread and speaks of no search is no employer: the domain is a mail provider's.
 */
function namesNoEmployer(c: ContactInput, company: string): boolean {
  const { sender, original } = c;
  return (
    sender.org === null &&
    onlyTheAddressSpells(company, sender.domain, `${original.subject}\n${c.body}`) &&
    !quotesAThread(c.body) &&
    !SEARCH_WORDS.test(`${original.subject}\n${c.message}`)
  );
}

/** Whether a body quotes earlier mail: an attribution line, a quoted header, a quoted line. */
function quotesAThread(body: string): boolean {
  ATTRIBUTION_LINE.lastIndex = 0;
  QUOTED_HEADER.lastIndex = 0;
  const quotes = ATTRIBUTION_LINE.test(body) || QUOTED_HEADER.test(body) || /^>/m.test(body);
  ATTRIBUTION_LINE.lastIndex = 0;
  QUOTED_HEADER.lastIndex = 0;
  return quotes;
}

/** Whether the company is the name the sender's domain spells, and the message never writes it. */
function onlyTheAddressSpells(company: string, domain: string | null, text: string): boolean {
  const spelled = companyFromDomain(domain);
  if (spelled === null || !companiesAgree(company, spelled)) return false;
  return !fold(text)
    .replace(/[^a-z0-9]+/g, "")
    .includes(compactKey(company));
}

/**
 * "Lohnpilot Belege", "Kadeheer Recruiting Desk": a name whose first word is the employer's (or
 * its domain's) and no given name is the firm's mailbox, not a person.
 */
function opensWithFirmName(name: string, orgKeys: readonly string[]): boolean {
  const first = name.split(" ")[0] ?? "";
  return name.includes(" ") && !isGivenName(first) && orgKeys.includes(compactKey(first));
}

/**
 * A title that belongs to the reader ("your manager,", "votre responsable", "Ihre
 * Ansprechpartnerin", "tu mentor", "je buddy", "il tuo referente", "o seu gestor"): the person
 * it names works with the user, not a speaker in a mailing.
 */
const READERS_TITLE =
  /(?:^|[\s(])(?:your|votre|ton|ta|ihre?[mr]?|deine?[mr]?|tu|su|je|uw|(?:il |la )?tuo|(?:il |la )?tua|(?:o |a )?seu|(?:o |a )?sua|(?:o |a )?teu)\s+(?:\p{L}+[\s-]+)?\p{L}+[\s,:]*$/iu;

/** How far into a message its greeting is looked for. */
const GREETING_CHARS = 300;
/** Capitalised words of the opening read for the user's name ("Hi Jordan", "Liebe Frau Lee"). */
const MAX_GREETING_WORDS = 40;

/**
 * Whether the message opens by calling the user by name ("Hi Jordan", "Jordan, you have a new
 * message"), not "Hi friends".
 */
function greetsReader(message: string, self: SelfMatcher): boolean {
  const opening = message.slice(0, GREETING_CHARS);
  if (self.maskSelfNames(opening) !== opening) return true;
  return (opening.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])
    .slice(0, MAX_GREETING_WORDS)
    .some((w) => self.isSelfName(w));
}

/** "On Fri, … Ada Nakamura-Price <ada@…> wrote:" and its six other languages, one line each. */
const ATTRIBUTION_LINE =
  /^[> \t]*(?:on|am|le|el|op|il|em|no dia)\b[^\n]{0,200}?<([^<>\s@]+@[^<>\s]+)>[^\n]{0,40}$/gim;
const ATTRIBUTION_VERB =
  /(?<!\p{L})(?:wrote|writes|schrieb|a écrit|escribió|schreef|ha scritto|scritto|escreveu)(?!\p{L})/iu;
/** Quoted messages read per thread; a thread rarely quotes more. */
const MAX_ATTRIBUTIONS = 6;
/** The newest words that speak of an introduction, in the seven languages. */
const INTRODUCTION_CUE =
  /\b(?:intro(?:duc\w*)?|vorgestellt|vorstellung|présent\w*|presentad\w*|presentación|voorgesteld|introductie|presentat\w*|apresent\w*)\b/i;

/**
 * The writer of a quoted earlier message, when the newest message names them by their given
 * name: "Thanks Ada for the intro" over "On …, Ada Nakamura-Price <ada@…> wrote:".
 */
function addQuotedWritersNamed(
  people: People,
  body: string,
  message: string,
  self: SelfMatcher,
  senderAddress: string | null,
): void {
  if (!body.includes("@")) return;
  // The one the message greets wrote to its sender: that is the reader.
  const greeted = GREETING_NAME.exec(message)?.[1] ?? null;
  let n = 0;
  for (const line of body.matchAll(ATTRIBUTION_LINE)) {
    if (++n > MAX_ATTRIBUTIONS) break;
    const text = line[0];
    const email = (line[1] ?? "").toLowerCase();
    if (!ATTRIBUTION_VERB.test(text) || !isPersonalMailbox(email)) continue;
    if (email === senderAddress || self.isSelfAddress(email)) continue;
    if (people.list.some((p) => p.email === email)) continue;
    const name = nameBeforeMailbox(text.slice(0, text.indexOf("<")));
    if (name === null || self.isSelfName(name)) continue;
    if (greeted !== null && namesMatch(name, greeted)) continue;
    const given = name.split(" ")[0] ?? "";
    const literal = given.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (!new RegExp(`(?<![\\p{L}])${literal}(?![\\p{L}])`, "u").test(message)) continue;
    const kind: ContactKind = INTRODUCTION_CUE.test(message) ? "referral" : "recruiter";
    people.add(newPerson(name, email, kind, 1));
  }
}

/** "Hi Jordan," "Liebe Jana," "Bonjour Léa," "Olá Rui,": the name a message opens by greeting. */
const GREETING_NAME =
  /^\s*(?:hi|hello|hey|dear|hallo|hej|hoi|dag|liebe[rs]?|bonjour|salut|chère|cher|hola|querid[oa]|estimad[oa]|beste|lieve|ciao|car[oa]|olá|oi|prezad[oa])\s+(\p{Lu}[\p{L}'’-]+)/iu;

/**
 * Whether the message quotes one the person it greets wrote ("Hi Jordan" over "On …, Jordan
 * Lee <jordan@…> wrote:"): an answer to the reader's own message, whatever addresses the
 * reader is known by.
 */
function quotesWhomItGreets(body: string, message: string): boolean {
  const greeted = GREETING_NAME.exec(message)?.[1];
  if (!greeted) return false;
  ATTRIBUTION_LINE.lastIndex = 0;
  const line = ATTRIBUTION_LINE.exec(body);
  ATTRIBUTION_LINE.lastIndex = 0;
  if (!line || !ATTRIBUTION_VERB.test(line[0])) return false;
  const name = nameBeforeMailbox(line[0].slice(0, line[0].indexOf("<")));
  return name !== null ? namesMatch(name, greeted) : addressFitsName(line[1] ?? "", greeted);
}

/** The full name right before "<address>" on an attribution line, from its given name on. */
function nameBeforeMailbox(before: string): string | null {
  const words = before
    .replace(/[\s("]+$/, "")
    .split(/\s+/)
    .slice(-4);
  for (let i = 0; i < words.length - 1; i++) {
    const name = words
      .slice(i)
      .join(" ")
      .replace(/^["']|[,"']$/g, "");
    if (isGivenName(words[i] ?? "") && isPersonName(name)) return name;
  }
  return null;
}

/** Only the people the user's note names: for mail nobody in which is a contact (a job alert). */
export function contactsFromNote(
  note: string,
  self: SelfMatcher,
  body: string,
): ExtractedContact[] {
  const people = new People(self);
  readNote(note, people, { company: null, role: null, body });
  return toContacts(people);
}

function toContacts(people: People, keep: (p: Person) => boolean = () => true): ExtractedContact[] {
  return people.list.filter(keep).map((p) => ({
    name: p.name === null ? null : inAddressOrder(p.name, p.email),
    email: p.email,
    kind: p.kind,
    title: p.title,
    note: clip(p.notes.join(" "), MAX_PERSON_NOTE_CHARS),
    warm: p.warm,
  }));
}

/**
 * Whether the message signs with the person's name on a line of its own ("Camille Roussel") or
 * calls them by their given name alone ("Samira", "View Hannah's profile"). The whole name in
 * a sentence is no such evidence: a firm with a person's shape is written whole there
 * ("applying to Jasper Lane", "Jasper Lane has decided").
 */
function namedInText(message: string, name: string): boolean {
  const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const given = literal(name.split(" ")[0] ?? name);
  const ownLine = new RegExp(`^[>\\s]*${literal(name)}[\\s,.]*$`, "mu");
  const alone = new RegExp(`(?<![\\p{L}])${given}(?![\\p{L}]|[ \\t]+\\p{Lu})`, "u");
  return ownLine.test(message) || alone.test(message);
}

/** Words that say someone is copied, in the seven languages ("cc'd", "in Kopie", "en copie"). */
const COPIED =
  /\b(?:cc(?:'?d|-?ed)?|copied|copying|looped in|looping in|in copia|in copie|en copie|en copia|in kopie|em cópia)\b/i;
/**
 * Why someone is copied, when it is only to watch: for visibility, as every procedure copies
 * them, at their own request, with no answer expected ("no need to answer him", "wie immer in
 * Kopie", "pour information", "non serve rispondere"), in the seven languages.
 */
const ONLY_TO_WATCH =
  /\b(?:for (?:visibility|transparency|(?:your |their |her |his )?(?:info|information|awareness|reference|the record))|fyi|to keep (?:them|her|him) (?:in the loop|informed|posted)|(?:asked|wants|likes) to be (?:looped in|kept in the loop|copied|informed)|no need to (?:reply|respond|write|answer)|as (?:is )?(?:usual|standard|required|always)|as (?:on|for|with|in) (?:all|every)\b|as (?:our|the|company) (?:process|procedure|policy) requires|(?:as )?per (?:our |the |company )?(?:process|procedure|policy)|so (?:he|she|they) (?:has|have) (?:it|this) on (?:file|record)|for (?:the|their|his|her) (?:files?|records?)|gemäß (?:\p{L}+ ){0,2}(?:vereinbarung|richtlinie|vorgabe|verfahren|betriebsvereinbarung)|wie vorgeschrieben|conformément à (?:la |notre )?(?:procédure|politique|règle)|según (?:el |nuestro |la |nuestra )?(?:procedimiento|protocolo|política|norma)|come (?:previsto|richiesto) (?:dalla |dal )?(?:procedura|regolamento|policy)|secondo (?:la )?procedura|volgens (?:de |onze )?(?:procedure|afspraak|afspraken|regels)|conforme (?:o |a |nosso |nossa )?(?:procedimento|política|regra|norma)|zur (?:info|kenntnis)|wie (?:\p{L}+ ){0,3}üblich|wie (?:immer|gewohnt)|(?:müssen|brauchen) (?:sie|du) (?:ihr|ihm|ihnen)? ?nicht (?:zu )?antworten|pour (?:info|information)|comme (?:d['’]habitude|toujours|pour (?:chaque|tous|toutes))|pas besoin de (?:lui |leur )?répondre|para (?:su |tu )?(?:información|conocimiento)|como (?:es )?(?:habitual|siempre|de costume|é habitual)|no (?:hace falta|es necesario) (?:responder|contestar)|per (?:conoscenza|informazione)|come (?:di consueto|da prassi|sempre)|non (?:serve|è necessario) rispondere|ter (?:info|informatie|kennisname)|zoals (?:gebruikelijk|altijd)|(?:hoeft|hoef) (?:je |u )?(?:haar |hem )?niet te (?:antwoorden|reageren|mailen)|para (?:conhecimento|informação)|não (?:precisa|é necessário) (?:de )?responder)(?![\p{L}])/iu;
/** How much of a message is read for people copied to watch; the newest words come first. */
const MAX_WATCH_CHARS = 20_000;
/** Capitalised name runs of two words or more inside a span. */
const NAME_IN_SPAN = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/**
 * Whether a name in a sentence that copies someone to watch is this copied person: the name
 * itself, or the surname an honorific writes ("Herr Wendtland" for "Wendtland, Jonas").
 */
function watchedAs(written: string, person: string | null): boolean {
  return person !== null && (namesMatch(written, person) || surnameAfterHonorific(written, person));
}

/** Whether a name is an honorific and this person's surname ("Herr Wendtland", "Mme Roux"). */
function surnameAfterHonorific(written: string, person: string): boolean {
  const name = cleanName(written);
  return (
    name !== "" &&
    name !== written &&
    !name.includes(" ") &&
    fold(name) === fold(person.split(" ").pop() ?? "")
  );
}

/** The names in sentences that copy someone only to keep them informed ("copied Laura for visibility"). */
function copiedToWatch(message: string): string[] {
  const out: string[] = [];
  for (const sentence of message.slice(0, MAX_WATCH_CHARS).split(/[.!?\n]/))
    if (COPIED.test(sentence) && ONLY_TO_WATCH.test(sentence))
      for (const n of sentence.matchAll(NAME_IN_SPAN)) out.push(n[0]);
  return out;
}

/** Whether a display name is the name an address spells with more words after it. */
function displayNameExtends(displayName: string | null | undefined, spelled: string): boolean {
  const shown = fold(displayName ?? "")
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== "");
  const name = fold(spelled).split(" ");
  return shown.length > name.length && name.every((w, i) => shown[i] === w);
}

/** Addresses read per message for people still without one. */
const MAX_ADDRESSES_IN_TEXT = 20;

/** A full name without an address gets the one address in the message that spells it exactly. */
function completeFromAddressesInText(people: People, text: string, self: SelfMatcher): void {
  const missing = people.list.filter((p) => p.name?.includes(" ") && p.email === null);
  if (missing.length === 0) return;
  const addresses = [...text.matchAll(EMAIL_IN_TEXT)]
    .slice(0, MAX_ADDRESSES_IN_TEXT)
    .map((m) => m[0].toLowerCase().replace(/\.+$/, ""))
    .filter((a) => isPersonalMailbox(a) && !self.isSelfAddress(a));
  for (const p of missing) {
    const spelled = addresses.filter((a) => {
      const derived = nameFromAddress(a);
      if (p.name === null) return false;
      return (
        (derived !== null && fold(derived) === fold(p.name)) || spellsInitialAndSurname(a, p.name)
      );
    });
    const only = spelled.length === 1 ? spelled[0] : undefined;
    if (only && !people.list.some((q) => q.email === only)) p.email = only;
  }
}

/** The shortest surname an initial-and-surname address is read for ("k.oosterveld@"). */
const MIN_SURNAME_IN_ADDRESS = 4;

/**
 * Whether an address is the given name's initial and the surname, whole: "k.oosterveld@" for
 * Karin Oosterveld, "jmoreau@" for Julien Moreau.
 */
function spellsInitialAndSurname(address: string, name: string): boolean {
  const words = fold(name).split(" ");
  const surname = (words[words.length - 1] ?? "").replace(/[^a-z]/g, "");
  if (words.length < 2 || surname.length < MIN_SURNAME_IN_ADDRESS) return false;
  const local = fold(address.slice(0, address.lastIndexOf("@"))).replace(/[^a-z]/g, "");
  return local === `${(words[0] ?? "").charAt(0)}${surname}`;
}

/** Header lines of the forwarded or quoted messages below ("From: Clare Donnelly <clare@…>"). */
const QUOTED_HEADER =
  /^[> \t]*(?:from|to|cc|von|an|de|à|a|para|da|van|aan|kopie)[ \t]*:[ \t]*(.+)$/gim;
const NAMED_MAILBOX = /"?([^<>,;"\n]{2,60}?)"?\s*<([^<>\s@]+@[^<>\s]+)>/g;
/** Header lines read per message; a thread rarely quotes more. */
const MAX_QUOTED_HEADERS = 40;

/**
 * A first name alone ("Clare", "Leah") becomes the full name and address that a quoted header
 * of the thread gives for exactly one person of that first name.
 */
function completeFromQuotedHeaders(people: People, body: string, self: SelfMatcher): void {
  const lone = people.list.filter(
    (p) => p.name !== null && !p.name.includes(" ") && p.email === null,
  );
  if (lone.length === 0) return;
  const mailboxes: { name: string; email: string }[] = [];
  let n = 0;
  for (const line of body.matchAll(QUOTED_HEADER)) {
    if (++n > MAX_QUOTED_HEADERS) break;
    for (const m of (line[1] ?? "").matchAll(NAMED_MAILBOX)) {
      const { person } = splitDisplayName(m[1] ?? "");
      const email = (m[2] ?? "").toLowerCase();
      if (person === null || !person.includes(" ") || !isPersonalMailbox(email)) continue;
      if (self.isSelfAddress(email) || self.isSelfName(person)) continue;
      if (!mailboxes.some((b) => b.email === email)) mailboxes.push({ name: person, email });
    }
  }
  for (const p of lone) {
    const fits = mailboxes.filter((b) => p.name !== null && namesMatch(p.name, b.name));
    const only = fits.length === 1 ? fits[0] : undefined;
    if (only && !people.list.some((q) => q.email === only.email)) {
      p.name = only.name;
      p.email = only.email;
    }
  }
}

/** A given name and one or two capitalised words after it, in a subject line. */
const FULL_NAME_IN_SUBJECT =
  /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+)((?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?![\p{L}])/gu;

/** A first name alone becomes the one full name the subject writes with that given name. */
function completeFromSubject(people: People, subject: string, self: SelfMatcher): void {
  const lone = people.list.filter(
    (p) => p.name !== null && !p.name.includes(" ") && p.email === null,
  );
  if (lone.length === 0) return;
  const full = [...subject.matchAll(FULL_NAME_IN_SUBJECT)]
    .map((m) => `${m[1]}${(m[2] ?? "").replace(/\s+/g, " ")}`)
    .filter((n) => isPersonName(n) && !self.isSelfName(n));
  for (const p of lone) {
    const fits = full.filter((n) => fold(n.split(" ")[0] ?? "") === fold(p.name ?? ""));
    const only = new Set(fits).size === 1 ? fits[0] : undefined;
    if (only && !people.list.some((q) => q.name === only)) p.name = only;
  }
}

function addMailbox(people: People, m: Mailbox, kind: ContactKind, message: string): void {
  // "Boardroom Grace Hopper", "Rosalind Franklin" <rosalind.franklin@rooms.…>: a room copied
  // to book it is nobody, whatever its name.
  if (MEETING_ROOM.test(m.name ?? "") || (m.address !== null && isResourceMailbox(m.address)))
    return;
  const address = m.address !== null && isPersonalMailbox(m.address) ? m.address : null;
  const name = mailboxPerson(m.name, address);
  if (address === null && name === null) return;
  // "Zugspitze" <zugspitze@…>, "Volta (6 seats)" <volta@…>: one word that is no given name,
  // which its own address only repeats, is one piece of evidence, for a room or a product.
  const letters = (t: string) => fold(t).replace(/[^a-z]/g, "");
  const echoed =
    name !== null &&
    address !== null &&
    letters(address.slice(0, address.lastIndexOf("@"))) === letters(name);
  if (echoed && !name.includes(" ") && !isGivenName(name)) return;
  // "Lakehouse Navigator" <lakehouse.navigator@…> beside "our Lakehouse Navigator platform":
  // an unknown name its address only repeats, which the message writes as a thing, is a
  // product's or a function's box.
  if (echoed && !isEvidencedPerson(name, null) && writtenAsThing(message, name)) return;
  // "Ada Byron Fellowship" <ada.byron@…>: the box of a programme that bears someone's name.
  const spelled = address !== null && name === null ? personFromAddress(address) : null;
  if (spelled !== null && displayNameExtends(m.name, spelled)) return;
  // "Mags Thornbury" <marguerite.thornbury@…>: the given name the address spells in full.
  const full = address !== null ? personFromAddress(address) : null;
  const named = name !== null && full !== null && shortensGivenOf(name, full) ? full : name;
  people.add(newPerson(named ?? full, address, kind, 1));
}

/**
 * The person a copied or invited mailbox's display name gives: as it reads, or as a directory
 * writes it ("de Villiers, Caroline", "Kaltenbach Sven Dr.") when the personal address spells it.
 */
function mailboxPerson(display: string, address: string | null): string | null {
  const { person } = splitDisplayName(display);
  if (person !== null || address === null) return person;
  const directory = surnameFirstDisplayName(display, address);
  if (directory !== null && addressFitsName(address, directory)) return directory;
  return addressSpelledDisplayName(display, address);
}

/** A determiner or possessive right before a name makes it a thing's, in the seven languages. */
const THING_BEFORE =
  /(?:^|[^\p{L}])(?:the|our|your|their|this|a|an|der|die|das|unser(?:e[mnrs]?)?|ihr(?:e[mnrs]?)?|le|la|les|notre|nos|votre|el|los|las|nuestr[oa]s?|su|il|lo|nostr[oa]|de|het|onze|jullie|o|os|as|noss[oa]s?)\s+$/iu;

/** Whether the message writes the name after "the", "our", "unsere" … (a product, a tool). */
function writtenAsThing(message: string, name: string): boolean {
  for (
    let at = message.indexOf(name), n = 0;
    at >= 0 && n < 10;
    at = message.indexOf(name, at + 1), n++
  )
    if (THING_BEFORE.test(message.slice(Math.max(0, at - 12), at))) return true;
  return false;
}

/**
 * An invitation's organiser and attendees: each named person with a personal address is the
 * panel (or the coordinator), and gives their address to the same name found in the text.
 * Rooms, resources and the user are nobody.
 */
function addInvitees(people: People, calendar: Invitation, self: SelfMatcher): void {
  const invitees = [
    ...(calendar.organizer ? [{ m: calendar.organizer, kind: "recruiter" as const }] : []),
    ...calendar.attendees.map((m) => ({ m, kind: "interviewer" as const })),
  ];
  for (const { m, kind } of invitees) {
    if (m.address === null) {
      addNamedGuest(people, m.name, kind, self);
      continue;
    }
    if (!isPersonalMailbox(m.address) || self.isSelfAddress(m.address)) continue;
    // "Rose Garden (Room 4)", "Salle Marie Curie": a meeting room booked as an attendee.
    if (MEETING_ROOM.test(m.name ?? "") || isResourceMailbox(m.address)) continue;
    // "arjun.mehta@…" alone on a guest row: the person the address spells.
    const person = m.name === "" ? personFromAddress(m.address) : mailboxPerson(m.name, m.address);
    if (person === null || !person.includes(" ") || self.isSelfName(person)) continue;
    const known = people.list.find(
      (p) => p.email === null && p.name !== null && namesMatch(p.name, person),
    );
    if (known) {
      known.email = m.address;
      if (!known.name?.includes(" ")) known.name = person;
    } else if (isEvidencedPerson(person, null)) {
      people.add(newPerson(person, m.address, kind, 1));
    }
  }
}

/** A guest a forwarded invitation lists by full name only ("Mei Tanaka"): one the user will meet. */
function addNamedGuest(people: People, name: string, kind: ContactKind, self: SelfMatcher): void {
  const { person } = splitDisplayName(name);
  if (person === null || !person.includes(" ") || self.isSelfName(person)) return;
  if (MEETING_ROOM.test(name) || !isEvidencedPerson(person, null)) return;
  const known = people.list.find((p) => p.name !== null && namesMatch(p.name, person));
  if (known) {
    if (!known.name?.includes(" ")) known.name = person;
    known.inPassing = false;
  } else people.add(newPerson(person, null, kind, 1));
}

/**
 * Words that mark an attendee or a copied mailbox as a room or a resource, in the seven
 * languages, or its seats ("Edison (8 seats)"); "Sala", "Salle" and "Zaal" only open a room's
 * name (a surname may close one).
 */
const MEETING_ROOM =
  /\b(?:room|rooms|boardroom|meeting ?room|conference room|resource|besprechungsraum|konferenzraum|vergaderruimte|sala riunioni|sala de reuniões|sala de reuniones)\b|^\s*(?:raum|salle|sala|zaal|conference)\b|\(\s*\d+\s*(?:seats?|people|persons?|pax|personen|plätze|places|plazas|personas|posti|persone|lugares|pessoas|zitplaatsen)\s*\)/i;

/**
 * Whether a full name is another's with its given name shortened: "Bob Hale" of "Robert Hale",
 * "Mags Thornbury" of "Marguerite Thornbury" (the same surname, a short or pet given name).
 */
function shortensGivenOf(short: string, full: string): boolean {
  const a = fold(short).split(" ");
  const b = fold(full).split(" ");
  return (
    a.length === 2 &&
    b.length === 2 &&
    a[1] === b[1] &&
    a[0] !== b[0] &&
    isShortFormOf(a[0] ?? "", b[0] ?? "")
  );
}

/** Letters with a mark: "é" in "Hélène", "ã" in "João" (read in their decomposed form). */
const MARKED = /\p{M}/gu;
/** A word in capitals, as a form or a French header writes a surname ("DUFRESNE"). */
const CAPITALS_WORD = /(?:^|\s)\p{Lu}{2,}(?=\s|$)/u;

/**
 * Whether one spelling of a name is the better of two that fold alike: its accents ("Hélène"
 * over "Helene"), or its case ("Dufresne" over "DUFRESNE"). The signature is how people write
 * their own name; a display name is often typed by a system without either.
 */
function betterSpelled(candidate: string, current: string): boolean {
  const accents = (t: string) => t.normalize("NFD").match(MARKED)?.length ?? 0;
  if (accents(candidate) !== accents(current)) return accents(candidate) > accents(current);
  return CAPITALS_WORD.test(current) && !CAPITALS_WORD.test(candidate);
}

/** Two full names with the same surname and different given names: a nickname and the name. */
function sameSurnameOtherGiven(a: string, b: string): boolean {
  const pa = fold(a).split(" ");
  const pb = fold(b).split(" ");
  return (
    pa.length >= 2 &&
    pb.length >= 2 &&
    pa[pa.length - 1] === pb[pb.length - 1] &&
    pa.slice(1).join(" ") === pb.slice(1).join(" ") &&
    pa[0] !== pb[0]
  );
}

/** "Di Stefano", "van den Heuvel", "De la Cruz": particles and then one surname. */
function isParticleSurname(name: string): boolean {
  const parts = name.split(" ");
  return (
    parts.length >= 2 &&
    parts.slice(0, -1).every((w) => NAME_PARTICLES.has(fold(w)) || CAPITAL_PARTICLES.has(w))
  );
}

/**
 * "Abdul" beside "Abdulrahman Al-Masri", "Bob" beside "Robert Hale", "Duc" beside "Hoang Van
 * Duc", "Lindner" (after "Frau") beside "Petra Lindner": one word alone that is the short or pet
 * form of exactly one full name found is that person, not another one.
 */
function mergeShortForms(people: People): void {
  for (const short of [...people.list]) {
    if (short.name === null || short.name.length < 3) continue;
    // "Di Stefano", "van den Heuvel": a surname with its particles is one word of a name.
    if (short.name.includes(" ") && !isParticleSurname(short.name)) continue;
    const s = fold(short.name);
    const owners = people.list.filter((p) => {
      if (p === short || p.name === null || !p.name.includes(" ")) return false;
      if (short.email !== null && p.email !== null && p.email !== short.email) return false;
      const words = fold(p.name).split(" ");
      const first = words[0] ?? "";
      // "Frau Lindner" beside "Petra Lindner": a surname alone, as an honorific writes it.
      const full = words.join(" ");
      return (
        (first !== s && (first.startsWith(s) || isShortFormOf(s, first))) ||
        ((isFamilyNameFirst(p.name) || !isGivenName(short.name ?? "") || short.bySurname) &&
          words[words.length - 1] === s) ||
        (s.includes(" ") && full !== s && full.endsWith(` ${s}`))
      );
    });
    const owner = owners.length === 1 ? owners[0] : undefined;
    if (!owner) continue;
    owner.email ??= short.email;
    if (short.kindStrength > owner.kindStrength) {
      owner.kind = short.kind;
      owner.kindStrength = short.kindStrength;
    }
    for (const n of short.notes) if (!owner.notes.includes(n)) owner.notes.push(n);
    owner.warm ||= short.warm;
    if (short.fromNote) owner.fromNote = true;
    if (short.inPassing !== true) owner.inPassing = false;
    people.list.splice(people.list.indexOf(short), 1);
  }
}

/** "virtual recruiting assistant", "AI assistant", "chatbot": software with a name. */
const ASSISTANT =
  /\b(?:virtual|digital|ai|automated|conversational)\s+(?:\p{L}+\s+)?(?:assistant|recruiter|agent|concierge)\b|\bchat\s?bot\b|\bassistente virtual\b|\bassistant(?:e)? virtuel(?:le)?\b|\basistente virtual\b|\bvirtuelle[rn]? assistent(?:in)?\b/iu;
/** "Olivia, Acme's virtual assistant", "Olivia, your AI recruiter": the name right before. */
const NAME_BEFORE_ASSISTANT =
  /(?<![\p{L}'’])(\p{Lu}\p{Ll}[\p{L}-]*),?\s+(?:(?:the|our|your|an?|\p{Lu}[\p{L}&.-]*['’]s)\s+){0,2}$/u;
const NAME_AFTER_ASSISTANT = /^,?\s+(\p{Lu}[\p{L}'’-]+)/u;

/** First names the message gives to a chatbot, before or after saying it is one. */
function assistantNames(text: string, signature: Signature): Set<string> {
  const out = new Set<string>();
  if (signature.name && signature.title && ASSISTANT.test(signature.title))
    out.add(fold(signature.name.split(" ")[0] ?? ""));
  const re = new RegExp(ASSISTANT.source, "giu");
  let n = 0;
  for (const m of text.matchAll(re)) {
    if (++n > 5) break;
    const at = m.index ?? 0;
    const before = NAME_BEFORE_ASSISTANT.exec(text.slice(Math.max(0, at - 60), at))?.[1];
    const after = NAME_AFTER_ASSISTANT.exec(
      text.slice(at + m[0].length, at + m[0].length + 30),
    )?.[1];
    for (const name of [before, after]) if (name) out.add(fold(name));
  }
  return out;
}
