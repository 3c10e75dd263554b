import type { ForwardedOriginal, Mailbox } from "../mail/parsed-email.ts";
import {
  companiesInSubject,
  companiesInText,
  completesATitle,
  introducedCompany,
  labelledCompanies,
} from "./company-candidates.ts";
import { clientsActingIn } from "./company-clients.ts";
import { firmWithoutDepartment } from "./company-departments.ts";
import { lowerCaseBrandWritten, namesSpeltByDomain } from "./company-domain-names.ts";
import { companyFromDomain } from "./company-from-domain.ts";
import { type HtmlLabels, imageLabelsInText } from "./company-html.ts";
import { firmOfPersonIntroduced } from "./company-introductions.ts";
import {
  cardCompanies,
  copyrightCompanies,
  footerCompanies,
  institutionLines,
  isGenericGovernment,
  localPublicBodies,
  readsAsPublicBody,
  registeredCompanies,
  statementCompanies,
} from "./company-lines.ts";
import {
  compactKey,
  companiesAgree,
  hasLegalSuffix,
  keysAgree,
  validCompany,
} from "./company-name.ts";
import { isSendersOwnName } from "./company-own-name.ts";
import {
  AGENCY_CLIENT_CUE,
  AGENCY_CUE,
  AGENCY_LINE,
  COMPANY_RUN_AT,
  SPEAKS_FOR_A_FIRM,
  SUBJECT_AT,
  VOUCHES_FOR_THE_USER,
} from "./company-patterns.ts";
import { companyRelations } from "./company-relations.ts";
import { atsSlugs } from "./company-slugs.ts";
import { cuedRuns } from "./cued-runs.ts";
import { EMAIL_IN_TEXT } from "./email-in-text.ts";
import { hasRoleWord, hasTitleWord, kindFromTitle } from "./job-titles.ts";
import { isPersonName, namesMatch } from "./names.ts";
import { orgFromPhrase, stripDisplayNoise } from "./org-phrases.ts";
import { REFERRAL_MESSAGE } from "./people-in-message.ts";
import { isEvidencedPerson, isGivenName } from "./person-evidence.ts";
import { isPlace, isStreetShapedName } from "./places.ts";
import type { SelfMatcher } from "./self-matcher.ts";
import type { SenderInfo } from "./sender.ts";
import type { Signature } from "./signature.ts";
import { fold } from "./text.ts";
import { DEPARTMENT_WORDS, ORG_WORDS, PLATFORM_NAMES, TEAM_WORD_SET } from "./word-lists.ts";

/** Where a candidate was read: what the ranking and the tests speak of. */
export type CompanySource =
  | "introduced"
  | "signature"
  | "signature-line"
  | "prose"
  | "prose-at"
  | "form-field"
  | "display-name"
  | "subject"
  | "thread"
  | "copyright"
  | "footer"
  | "statement"
  | "card"
  | "institution"
  | "ats-slug"
  | "domain"
  | "on-behalf"
  | "logo"
  | "page-title"
  | "note";

export interface CompanyCandidate {
  name: string;
  /** compactKey(name), computed once: candidates are compared pairwise. */
  key: string;
  weight: number;
  source: CompanySource;
  /** Guessed from a domain ("Kestrelworks"): never the spelling to return when a written one agrees. */
  derived?: boolean;
  /** Only lends weight to a name another source gives ("at Harborline Shipping Technologies"). */
  supportOnly?: boolean;
  /** A domain whose whole label spells this name ("kestrel-systems" for "Kestrel Systems"). */
  registered?: boolean;
}

interface CompanyInput {
  self: SelfMatcher;
  /** People's names in the From, To and Cc headers. */
  headerNames: readonly string[];
  message: string;
  /** The newest message with its signature: where a firm says whom it writes for. */
  newest: string;
  body: string;
  subject: string;
  sender: SenderInfo;
  signature: Signature;
  platforms: ReadonlySet<string>;
  original: ForwardedOriginal;
  /** The HTML body's title and images' alt texts, read for names. */
  html?: HtmlLabels;
  /** What the job seeker wrote above the forward ("… my reference for Copperline"). */
  note?: string;
}

/** Sources that write a firm where a firm is expected: a street-shaped name there is the firm's. */
const FIRM_SLOT_SOURCES: ReadonlySet<CompanySource> = new Set([
  "prose",
  "subject",
  "display-name",
  "form-field",
]);

/** Candidates one message may give: the ranking compares them pairwise. */
const MAX_CANDIDATES = 48;

/** Sources that name the employer, weighed; candidates that agree reinforce each other. */
export function chooseCompany(input: CompanyInput): string | null {
  return rankCompanies(companyCandidates(input));
}

/** Every name the message gives for its employer, each weighed by how reliable its source is. */
export function companyCandidates(input: CompanyInput): CompanyCandidate[] {
  const { sender, signature } = input;
  const candidates: CompanyCandidate[] = [];
  const fromName = input.original.from?.name ?? "";
  // A job board's own mail (alerts, "jobs you may like", newsletters) is about no employer;
  // the same board's "your application was sent to …" is about one.
  // One job the board recommends ("Werkstudent Datenanalyse bei Hafenkontor Logistik", its card
  // "Hafenkontor Logistik - Bremen") is that employer's.
  // ("Your update from Corrigan Analytics": a board's subject need not say "application" when
  // its text says the application was turned down.)
  // A person's message the board relays ("Hannah sent you a message") is that person's, whose
  // text names her firm.
  const relaysAMessage = RELAYED_MESSAGE.test(input.subject);
  if (
    isJobBoard(fromName, sender.domain) &&
    !APPLICATION_WORD.test(input.subject) &&
    !relaysAMessage &&
    !YOUR_APPLICATION.test(input.message)
  )
    return singleJobEmployer(input.subject, input.body);
  // "Tomás Ibarra via LinkedIn": a person's words relayed by a board, which names no firm of
  // theirs; "I lead recruiting at Quillfeather Labs" is all there is.
  const relayed =
    (/ via \S+$/i.test(fromName.trim()) || relaysAMessage) && isJobBoard("", sender.domain);
  // A careers fair's organiser, or its venue, is not the employer of anyone in it.
  const fromEvent = isEventOrganiser(fromName);
  // "Ondine Paiement" <no-reply@hire.lever.co>: a machine's display name that reads as a
  // person's but is not the one who signs is the employer it sends for, no one's name.
  const machineName =
    sender.robot &&
    sender.person !== null &&
    signature.name !== null &&
    !namesMatch(sender.person, signature.name)
      ? sender.person
      : null;
  const headerPeople = input.headerNames.filter((n) => n !== machineName);
  const people = [...headerPeople, signature.name ?? ""].filter((n) => n !== "");
  // "Pimenta" <noreply@…> and "tu interés en Pimenta": a lone word in a display name that is no
  // one's first name may be the firm sending, which its own sentences then name.
  const peopleInProse = people.filter((n) => n.includes(" ") || isGivenName(n));
  // "Noi di Vela" with "vela.example", "Wij bij Kade" from "@kade.nl": a lone word that is also a
  // first name is the firm when a domain the message gives spells it.
  const linkedDomains = domainsWrittenIn(input.newest);
  const domainKeys = new Set(
    [sender.domain, signature.email?.split("@")[1] ?? null, ...linkedDomains].map((d) =>
      domainLabel(d).toLowerCase(),
    ),
  );
  const spellsADomain = (name: string) => !name.includes(" ") && domainKeys.has(compactKey(name));
  const add = (
    raw: string | null,
    weight: number,
    source: CompanySource,
    extra: { derived?: boolean; supportOnly?: boolean; registered?: boolean } = {},
  ) => {
    const firm = raw === null ? null : employerAfterRole(raw);
    const name = firm === null ? null : firmWithoutDepartment(firm);
    if (
      name &&
      // "30+", "2,000": a count, never a firm ("3M" and "Forty2" have letters).
      /\p{L}/u.test(name) &&
      weight > 0 &&
      // ("Greyhound Talent" from greyhoundtalent.example: the name its domain spells is no title.)
      !(TITLE_SOURCES.has(source) && readsAsTitle(name) && !domainKeys.has(compactKey(name))) &&
      candidates.length < MAX_CANDIDATES &&
      !input.platforms.has(compactKey(name)) &&
      // "StepStone Deutschland GmbH", "Greenhouse Software": the platform's own firm.
      !PLATFORM_NAMES.has(fold(name.split(" ")[0] ?? "")) &&
      !input.self.isSelfName(name) &&
      // ("Quarry Lane" spelt whole by quarrylane.example: a firm registers its name, no street.)
      !(
        isPlace(name) &&
        !((FIRM_SLOT_SOURCES.has(source) || extra.registered) && isStreetShapedName(name))
      ) &&
      !isEventOrganiser(name) &&
      !(
        WEAK_SOURCES.has(source) &&
        isSomeonesName(name, source === "prose" ? peopleInProse : people) &&
        !(spellsADomain(name) && !people.some((person) => namesMatch(person, name)))
      ) &&
      // "Mara Lindqvist" signing and in the display name: the person, not the firm; so is a
      // name her own address spells ("Lorcan Ó Dálaigh" <lorcan@…>).
      !(
        PERSON_SOURCES.has(source) &&
        (readsAsPerson(name, people) ||
          isSendersOwnName(name, sender) ||
          INITIALLED_NAME.test(name))
      )
    ) {
      candidates.push({ name, key: compactKey(name), weight, source, ...extra });
    }
  };
  // An introduction from someone who signs for no employer of their own (a friend, a former
  // colleague writing privately) is about the company of the person introduced ("runs
  // infrastructure at Fairbourne"). One from the employer that turned the user down stays
  // about that employer: the application was theirs, the intro is a lead.
  const writers = [signature.company, signature.lineCompany, sender.org];
  const writersOwn = [...writers, companyFromDomain(sender.domain)].filter(
    (w): w is string => w !== null,
  );
  const isWritersOwn = (name: string) => writersOwn.some((w) => companiesAgree(name, w));
  // A person who signs for her own firm but neither names it nor speaks for it ("we", "our side")
  // in her words ("She's now at Ledger and they are looking for …", "zij zoeken een Data
  // Engineer") writes about another firm's role: the firm of the person she points to (named
  // at work, or by the address she gives).
  const ownWords = withoutOwnWhereabouts(aboveSignatureDelimiter(input.message));
  const signOff = input.newest.split("\n").slice(-SIGNATURE_LINES).join("\n");
  // (An agency's consultant writes for her client in these words too; the agency's own
  // reading below weighs her firm down.)
  const agencyWords =
    AGENCY_CUE.test(input.message) ||
    AGENCY_CLIENT_CUE.test(input.message) ||
    AGENCY_LINE.test(signOff);
  const aboutAnotherFirm =
    !sender.robot &&
    !agencyWords &&
    writersOwn.length > 0 &&
    !SPEAKS_FOR_A_FIRM.test(ownWords) &&
    !writersOwn.some((w) => namedIn(ownWords, w));
  const introduced =
    (writers.every((w) => w === null) && REFERRAL_MESSAGE.test(input.message)) || aboutAnotherFirm
      ? (introducedCompany(input.message, isWritersOwn) ??
        (aboutAnotherFirm ? firmOfAddressGiven(input.message, sender.domain, isWritersOwn) : null))
      : null;
  add(introduced, INTRODUCED_WEIGHT, "introduced");
  // "Intro: Jordan <> Yusuf (Arclight)": the introduced person's employer, as the subject says.
  // (Unless the person is copied from the writer's own domain: a colleague's team, "(DevEx)".)
  const colleagueCopied = input.original.cc.some(
    (m) =>
      sender.domain !== null &&
      m.address?.toLowerCase().endsWith(`@${sender.domain.toLowerCase()}`),
  );
  const introducedBySubject = colleagueCopied ? null : introducedInSubject(input.subject);
  add(introducedBySubject, 4, "introduced");
  // An agency recruiter's firm, address and signature name the agency: the client the prose or
  // the subject names is the employer, and the agency only when no client is named.
  // A shared service writing "im Auftrag der …", a group naming the member that hires, a
  // partnership whose name holds commas: the firm the message is about, as it writes it.
  const relations = companyRelations(input.newest);
  const agency =
    agencyWords ||
    // A service centre that writes for another firm is its messenger, as an agency is.
    relations.principals.length > 0 ||
    introduced !== null ||
    introducedBySubject !== null ||
    [signature.company, signature.lineCompany].some(
      (name) =>
        name !== null &&
        ((AGENCY_NAME.test(name) && !isDepartment(name)) ||
          // A person signing "Consultant | Pickett & Lowe Talent"; a machine's sign-off is a team's.
          (!sender.robot && agencyWordsAfter(name, signOff) !== null)),
    ) ||
    // ("talentbridge-partners": the agency's word may open any of its domain's words, never an
    // ATS's own name, "recruitee-mail".)
    (companyFromDomain(sender.domain) ?? "")
      .split(" ")
      .some((w) => AGENCY_DOMAIN.test(w) && !PLATFORM_NAMES.has(fold(w)));
  // A referee or a referrer writing from her own firm about the firm that hires ("happy to be
  // your reference for Halvard Bank", "als Referenz für deine Bewerbung bei …"): her firm signs,
  // the other one hires.
  const note = input.note ?? "";
  const inMessage = companiesInText(input.message);
  const inNote = companiesInText(note);
  // (The firm named first: most messages name none but the writer's own, and the words that
  // vouch are looked for over the whole text.)
  const vouches =
    !sender.robot &&
    [...inMessage, ...inNote].some((f) => f.weight >= CLEAR_CUE_WEIGHT && !isWritersOwn(f.name)) &&
    VOUCHES_FOR_THE_USER.test(`${input.subject}\n${note}\n${input.message}`);
  // "Hallo Jordan, hallo Katharina" to her address at another firm: an introduction, about hers.
  const personIntroduced = sender.robot
    ? null
    : firmOfPersonIntroduced(
        [...input.original.to, ...input.original.cc],
        sender.domain,
        input.self,
        input.subject,
        input.message,
      );
  add(personIntroduced, INTRODUCED_WEIGHT, "introduced");
  // The agency itself only when no client is named ("I'm working with a Series B company").
  const own = agency || vouches || personIntroduced !== null ? AGENCY_OWN_FACTOR : 1;
  // "On behalf of Meridian Aerostructures" under an agency recruiter's name: the client.
  for (const line of [signature.company, signature.lineCompany]) {
    const client = line ? ON_BEHALF_OF.exec(line)?.[1] : undefined;
    if (client) add(validCompany(client), 4, "signature");
  }
  add(signature.company, 4 * own, "signature");
  add(withPartnerBefore(signature.teamCompany, signOff), 4 * own, "signature");
  // "Senior Recruiter, Market Data Platforms": after a title, often a team rather than the firm.
  add(signature.lineCompany, 2.5 * own, "signature-line");
  for (const other of signature.otherCompanies) add(other, 2.5 * own, "signature-line");
  for (const found of inMessage) add(found.name, found.weight, "prose");
  // The job seeker's own words above the forward ("says yes to being my reference for …").
  for (const found of inNote) add(found.name, found.weight, "note");
  for (const name of relations.principals) add(name, PRINCIPAL_WEIGHT, "on-behalf");
  for (const { name, ownLine } of relations.partnerships)
    add(name, ownLine ? 4 * own : 3, ownLine ? "signature" : "prose");
  // "Nordbahn Digital Services GmbH – ein Unternehmen der Nordbahn AG" opening a line is the
  // firm's printed footer; in a sentence, the member is named as prose names it.
  for (const name of relations.members)
    add(name, MEMBER_WEIGHT, opensALine(input.newest, name) ? "footer" : "prose");
  // An agency's mail often names the client only in passing ("the role at Lakeview Foods").
  // (One word "at Ferrous" counts alone when a relayed message writes it twice: her card and her
  // words.)
  const afterAt = employersAfterAt(input.message);
  const repeated = (name: string) => afterAt.filter((n) => n === name).length >= 2;
  for (const name of afterAt)
    add(name, 1, "prose-at", {
      supportOnly: !(agency || relayed) || !(name.includes(" ") || (relayed && repeated(name))),
    });
  for (const name of labelledCompanies(input.body)) add(name, 4, "form-field");
  // "Kayla" <no-reply@…greenhouse-mail.io>: a coordinator's first name on a machine's address
  // is a person signing for the employer, barely evidence of a firm.
  const givenNameOnly = sender.org !== null && !sender.org.includes(" ") && isGivenName(sender.org);
  // "Sarah Jones on behalf of Kilnworth Talent": the mail client names the box she writes from.
  const behalf = DISPLAY_ON_BEHALF.exec(fromName.trim())?.[1];
  const displayOrg = behalf ? validCompany(stripDisplayNoise(behalf)) : sender.org;
  // ("Civil Service Jobs", "Indeed Apply": a board's own name, whatever it relays.)
  if (!fromEvent && !isJobBoard(fromName, null))
    add(displayOrg, (givenNameOnly ? 0.5 : 3) * own, "display-name");
  // "fieldnote", "kiwi.systems GmbH": a brand that writes itself in lower case.
  const brand = LOWER_CASE_BRAND.exec(fromName.trim());
  // ("no-reply", "notifications": the mailbox's own words, no brand.)
  if (
    brand?.[1] &&
    !fromEvent &&
    stripDisplayNoise(brand[1]) !== "" &&
    brand[1] !== sender.address?.split("@")[0] &&
    !ORG_WORDS.has(brand[1]) &&
    !PLATFORM_NAMES.has(compactKey(brand[1]))
  )
    add(brand[1], 2.5, "display-name");
  // "Falkenrath Automotive" <no-reply@greenhouse.io>: a machine's display name that reads like a
  // person's but names nobody a lexicon knows is the employer it sends for.
  if (sender.robot && sender.org === null && sender.person !== null && !fromEvent) {
    const org = orgFromPhrase(sender.person);
    if (org && !isEvidencedPerson(org, null)) add(org, 2.5, "display-name");
  }
  for (const { name, cued } of companiesInSubject(input.subject)) {
    // "Checking in – Maya Ortiz": a person the headers name is not the company.
    if (!headerPeople.some((person) => namesMatch(person, name)))
      // An agency's subject leads with the client ("Orchard Valley Health System - offer for …").
      // (A lone uncued word, "Re: DevSecOps - quick one", is a topic as often as a client.)
      add(name, cued || (agency && name.includes(" ")) ? 2 : 1, "subject");
  }
  if (input.body !== input.message) {
    for (const found of companiesInText(input.body).slice(0, 3))
      add(found.name, found.weight / 3, "thread");
  }
  // "3Fold Analytics" in a logo's alt text or the page's title, where the text says "3Fold".
  // (A Gmail forward's plain text keeps them as "[image: …]".)
  const logos = new Set([...(input.html?.alts ?? []), ...imageLabelsInText(input.body)]);
  for (const name of [...logos].slice(0, 2)) add(name, LOGO_WEIGHT * own, "logo");
  for (const name of input.html?.title.slice(0, 2) ?? [])
    add(name, PAGE_TITLE_WEIGHT * own, "page-title");
  const lines = input.body.split("\n");
  // A footer is the sender's own: an agency's names the agency.
  for (const name of copyrightCompanies(lines)) add(name, 3 * own, "copyright");
  for (const name of footerCompanies(lines)) add(name, 2.5 * own, "footer");
  // "Corbell Insurance Group is an Equal Opportunity Employer": the firm's own full name.
  for (const name of statementCompanies(lines)) add(name, STATEMENT_WEIGHT * own, "statement");
  // A registration names the legal entity, often a holding: enough alone, little against a brand.
  for (const name of registeredCompanies(lines)) add(name, REGISTRATION_WEIGHT * own, "footer");
  // Cards are what machines print; a person's signature line "Nexo Select · Madrid" is no card.
  if (sender.robot) for (const name of cardCompanies(lines)) add(name, 2, "card");
  for (const name of institutionLines(lines)) add(name, 2, "institution");
  // "Conseil départemental de la Haute-Vézère" under the sign-off: the body, over its place alone.
  const bodies = localPublicBodies(signOff.split("\n"));
  for (const { name } of bodies) add(name, 2.5, "institution");
  // A domain names the employer as the message spells it ("lumenlog.example" -> "Lumen
  // Logística"); a guess from the letters alone counts for less.
  // Links left out: "jobs.example.com/AcmeRobotics/status" spells the slug by repeating it.
  const written = [input.subject, input.original.from?.name ?? "", input.body]
    .join("\n")
    .replace(LINK, " ");
  // What each domain spells, read once per domain: the sender's, the site's, the signature's
  // and the copied people's are often one and the same.
  const spellings = new Map<string, string | null>();
  const speltBy = (domain: string): string | null => {
    const known = spellings.get(domain);
    if (known !== undefined) return known;
    // (The job seeker's note may write it capitalised: "Ferrum Quay tech interview" for
    // ferrumquay; "the domain is qfanalytics" is her word about the address, no spelling.)
    const noted = () => {
      const name = nameSpeltByDomain(domain, note);
      return name && /^\p{Lu}/u.test(name) ? name : null;
    };
    const spelt = nameSpeltByDomain(domain, written) ?? noted();
    spellings.set(domain, spelt);
    return spelt;
  };
  const addDomain = (domain: string | null, weight: number) => {
    const guess = companyFromDomain(domain);
    // "marcus@bellandersen.example" from Marcus Bell-Andersen: a family's own domain.
    if (domain === null || guess === null || isSomeonesSurname(guess, people)) return;
    const label = domainLabel(domain);
    const bare = bareLabel(label);
    const spelt = speltBy(domain);
    if (spelt)
      add(spelt, weight * DOMAIN_SPELT_FACTOR, "domain", {
        registered: spellsEveryWord(label, spelt),
      });
    // "jobalerts.example", "careerhub.example": a board's or a portal's domain, no firm's.
    else if (BOARD_LABEL.test(label)) return;
    else if (bare)
      add(bare.charAt(0).toUpperCase() + bare.slice(1), weight, "domain", { derived: true });
    else add(guess, weight, "domain", { derived: true });
  };
  if (!sender.self && !fromEvent) {
    // A no-reply address on an unknown domain may be an ATS of its own: it counts for less.
    addDomain(sender.domain, (sender.robot ? 0.5 : 1.5) * own);
  }
  // A founder writing from a personal mailbox gives her firm's site instead ("sable.example |
  // building calmer budgeting", "https://tinta.example"): the first one stands for her domain.
  if (!sender.robot && !sender.self && companyFromDomain(sender.domain) === null) {
    const site = linkedDomains.find((d) => companyFromDomain(d) !== null);
    if (site) addDomain(site, 1);
  }
  // The signature's address on the sender's own domain is the same evidence, counted once.
  const signatureDomain = signature.email?.split("@")[1]?.toLowerCase() ?? null;
  if (signatureDomain && signatureDomain !== sender.domain?.toLowerCase())
    addDomain(signatureDomain, own);
  const acting = clientsActingIn(input.message);
  // "l'Ospedale Santa Chiara ha disposto la revoca": a firm's own sentence naming it as the one
  // that decides (a name of two words or more that reads as nobody's).
  if (!agency)
    for (const name of acting)
      if (name.includes(" ") && !isPersonName(name) && !readsAsTitle(name))
        add(name, FIRM_ACTS_WEIGHT, "prose");
  if (agency) {
    weighDownAgencyInProse(candidates);
    // "ayudando a Vientos del Sur, una energética …", "Fenwick Marine, a shipping firm": the firm
    // an agency's sentences introduce by what it is, is its client.
    const own = candidates.filter((c) => OWN_SOURCES.has(c.source));
    const clients = [
      ...clientsIntroducedIn(input.message).map((name) => ({
        name,
        weight: CLIENT_INTRODUCED_WEIGHT,
      })),
      // "Brückner Logistik möchte Sie kennenlernen": the firm whose decision the agency reports.
      ...acting.map((name) => ({ name, weight: CLIENT_ACTS_WEIGHT })),
    ];
    for (const { name, weight } of clients) {
      const key = compactKey(name);
      if (own.some((o) => keysAgree(o.key, key))) continue;
      if (isSomeonesName(name, people) || readsAsTitle(name) || hasRoleWord(name)) continue;
      add(name, weight, "prose");
    }
  }
  // "ostrander@taleo.net", "jobs.lever.co/fieldnote": the slug an ATS files the employer under.
  const slugs = atsSlugs(sender.address, input.body);
  for (const slug of slugs) {
    // "harlowcorp@myworkday.com", "tessaraus": a tenant named with its legal form or country.
    const bare = TENANT_SUFFIX.exec(slug)?.[1] ?? slug;
    const spelt =
      namesSpeltByDomain(slug, written, false)[0] ??
      (bare !== slug ? namesSpeltByDomain(bare, written, false)[0] : undefined);
    if (spelt) add(stripDisplayNoise(spelt), 2.5, "ats-slug");
    else
      add(validCompany(bare.charAt(0).toUpperCase() + bare.slice(1)), 0.5, "ats-slug", {
        derived: true,
      });
  }
  // "Thanks for applying to kitestring!": a brand its own sentences write in lower case, as
  // its domain spells it, or as its ATS slug and its sender name both do (a slug alone may be
  // a page: "…/availability").
  const senderKey = compactKey(fromName);
  const brandLabels = new Set([
    domainLabel(sender.domain).toLowerCase(),
    domainLabel(signatureDomain).toLowerCase(),
    ...slugs.filter((slug) => slug === senderKey),
  ]);
  for (const label of [...brandLabels].slice(0, 3)) {
    const brand = lowerCaseBrandWritten(label, written);
    if (brand) add(brand, LOWER_CASE_BRAND_WEIGHT, "prose");
  }
  const ccDomains = new Set(input.original.cc.map((m) => m.address?.split("@")[1] ?? ""));
  for (const domain of [...ccDomains].slice(0, 5)) addDomain(domain, 0.3);
  uninflected(candidates);
  spellOutInitials(candidates, written);
  weighDownGroups(candidates, relations.groups, relations.members);
  brandsOverTheirParents(candidates);
  if (!sender.self)
    namesTheDomainSpells(candidates, domainLabel(sender.domain).toLowerCase(), input.newest);
  if (sender.robot) brandsTheirGroupSendsFor(candidates);
  // (An agency's own name is no member of its client's group.)
  if (!agencyWords) membersOverTheirGroup(candidates, sentenceLines(input.newest));
  unitsUnderTheirInstitution(candidates);
  publicBodiesOverGovernment(candidates);
  publicBodiesOverTheirPlace(candidates, bodies);
  if (agency) {
    withAgencyWords(candidates, signOff);
    clientsTheSubjectNames(candidates, input.subject);
  }
  return withoutRelayingService(candidates, fromName, sender.domain);
}

/**
 * "Brackenridge Studios via Skilltrace" <no-reply@skilltrace.example>: a service (an assessment, a
 * scheduler, a background check) sending from its own domain for the firm before "via". Its own
 * name, in its footer, its card or its domain, is the messenger's, never the employer's.
 */
export function withoutRelayingService(
  candidates: CompanyCandidate[],
  fromName: string,
  domain: string | null,
): CompanyCandidate[] {
  const via = VIA_SERVICE.exec(fromName.trim());
  const label =
    domain
      ?.toLowerCase()
      .split(".")
      .slice(-2)[0]
      ?.replace(/[^a-z\d]/g, "") ?? "";
  if (!via?.[1] || !via[2] || label.length < 3) return candidates;
  const service = compactKey(via[2]);
  const employer = compactKey(via[1]);
  if (service.length < 3 || !label.startsWith(service) || employer === service) return candidates;
  if (!candidates.some((c) => keysAgree(c.key, employer))) return candidates;
  return candidates.filter((c) => !(c.key.startsWith(service) || keysAgree(c.key, service)));
}
/**
 * The name a text writes that a domain spells: its whole label, else its first piece ("bai" ->
 * "Banco Atlântico de Investimento"), else the label without a marketing word ("joinbluepeak",
 * "halcyonhq").
 */
function nameSpeltByDomain(domain: string | null, written: string): string | null {
  const guess = companyFromDomain(domain);
  if (guess === null) return null;
  const label = domainLabel(domain);
  const firstPiece = guess.split(" ")[0]?.toLowerCase() ?? "";
  const bare = bareLabel(label);
  return (
    namesSpeltByDomain(label, written)[0] ??
    (firstPiece !== label.toLowerCase() ? namesSpeltByDomain(firstPiece, written)[0] : undefined) ??
    (bare ? namesSpeltByDomain(bare, written)[0] : undefined) ??
    null
  );
}

/**
 * Whether a text writes a firm's name: its first word that is not an organisation's word, as a
 * whole word ("Oakridge" for "Oakridge Health", "Albatros" for "Grupo Albatros").
 */
/**
 * "For the record I'm still at Granite Peak", "ich bin noch bei …", "je suis toujours chez …":
 * a writer saying where she works, in the first person, writes for no one there. Those clauses
 * dropped, so her firm named only that way does not make the message its own.
 */
function withoutOwnWhereabouts(text: string): string {
  return text.replace(OWN_WHEREABOUTS, "");
}
const OWN_WHEREABOUTS =
  /(?<!\p{L})(?:i['’]m (?:still |now )?(?:at|with)|i (?:still |now )?work (?:at|for)|ich (?:bin|arbeite) (?:noch |jetzt |inzwischen )?bei|je (?:suis|travaille) (?:toujours |encore |maintenant )?chez|(?:sigo|estoy|trabajo) (?:todavía |ahora )?en|(?:sono|lavoro) (?:ancora |ora )?(?:in|presso|da)|ik (?:zit|werk|ben) (?:nog |nu )?bij|(?:ainda )?(?:estou|trabalho|continuo) (?:ainda )?(?:na|no|em)) [^.!?\n,;]*/giu;

export function namedIn(text: string, firm: string): boolean {
  const own = fold(firm)
    .split(/[^\p{L}\d]+/u)
    .find((w) => w.length >= 3 && !ORG_WORDS.has(w));
  return (
    own !== undefined &&
    fold(text)
      .split(/[^\p{L}\d]+/u)
      .includes(own)
  );
}

/**
 * Domains a text writes as a link or bare ("https://tinta.example", "vela.example se vuoi …"),
 * never an address's (those are people's) nor a file's name ("cv.pdf").
 */
function domainsWrittenIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(WRITTEN_DOMAIN)) {
    const domain = m[1]?.toLowerCase() ?? "";
    if (FILE_NAME.test(domain) || found.includes(domain)) continue;
    found.push(domain);
    if (found.length >= MAX_WRITTEN_DOMAINS) break;
  }
  return found;
}
/** A link's or a bare domain's host: not inside an address, a word or a longer host. */
const WRITTEN_DOMAIN =
  /(?<![\w@./-])(?:https?:\/\/)?(?:www\.)?((?:[a-z\d][a-z\d-]*\.)+[a-z]{2,24})(?![\w@-]|\.[a-z\d])/gi;
/** Names of files, which a text writes like domains. */
const FILE_NAME =
  /\.(?:pdf|docx?|odt|rtf|txt|png|jpe?g|gif|zip|xlsx?|pptx?|csv|md|html?|js|ts|py)$/;
const MAX_WRITTEN_DOMAINS = 6;

/** The text above a "--" line, the delimiter mail clients put before a signature. */
function aboveSignatureDelimiter(text: string): string {
  const at = text.search(/^--[ \t]*$/m);
  return at < 0 ? text : text.slice(0, at);
}

/**
 * "email her directly at nina@ledger-hq.example": an address on another firm's domain that the
 * text also names ("She's now at Ledger") is the firm of the person the writer sends the user to.
 */
function firmOfAddressGiven(
  text: string,
  ownDomain: string | null,
  isWritersOwn: (name: string) => boolean,
): string | null {
  for (const found of text.matchAll(EMAIL_IN_TEXT)) {
    const domain = found[0].split("@")[1]?.toLowerCase() ?? null;
    if (domain === null || domain === ownDomain?.toLowerCase()) continue;
    const name = nameSpeltByDomain(domain, text);
    if (name !== null && !isWritersOwn(name)) return name;
  }
  return null;
}

/**
 * "kerlann-bio" for "Kerlann Biotech", "ardoisepaiements": a domain that spells into every word
 * of a name registers that whole name, however short the form a sentence uses.
 */
function spellsEveryWord(label: string, name: string): boolean {
  return (
    compactKey(name) === label.toLowerCase() ||
    (name.includes(" ") && namesSpeltByDomain(label, name, false)[0] === name)
  );
}

/**
 * "Parkside Mutual Insurance Company" signing from parksidemutual, whose sentences say
 * "Parkside"; "Cardew & Sons Engineering Holdings Limited" in the registration under "Cardew &
 * Sons": the words a registered entity adds after what the sender's domain spells are its
 * legal form. When the firm's own sentences or sign-off write the domain's form and never the
 * long one, the domain's form is the name it goes by.
 */
function namesTheDomainSpells(candidates: CompanyCandidate[], label: string, newest: string): void {
  if (label.length < MIN_DOMAIN_LABEL) return;
  const sentences = sentenceLines(newest);
  // The forms the firm's sentences and sign-off write, as written, before any is renamed.
  const written = new Map(
    candidates
      .filter((c) => !c.derived && OWN_WORDS_SOURCES.has(c.source))
      .map((c) => [c.key, c.name]),
  );
  for (const c of candidates) {
    // (A domain's own reading may have run on into the entity's words: "Tallow & Sons Marine
    // Holdings" from the registration line.)
    if (c.derived || SENTENCE_SOURCES.has(c.source)) continue;
    if (!hasLegalSuffix(c.name) && c.source !== "domain") continue;
    const short = namesSpeltByDomain(label, c.name, false)[0];
    if (!short || !c.name.startsWith(`${short} `) || writtenInASentence(sentences, c.name))
      continue;
    // ("Vantage Rook Recruiting Ltd": an agency keeps the words that make it one; "Kessler
    // Logistik GmbH" adds its legal form only, which is the same name.)
    const key = compactKey(short);
    const spelling = written.get(key);
    if (!spelling || key === c.key || AGENCY_NAME.test(c.name.slice(short.length))) continue;
    c.name = spelling;
    c.key = key;
  }
}
/** Where a firm's own people write its name: its sentences and their sign-offs. */
const OWN_WORDS_SOURCES: ReadonlySet<CompanySource> = new Set([
  "prose",
  "form-field",
  "signature",
  "signature-line",
]);

/**
 * Whether a sentence writes the name, other than a registration opening its line ("Tallow &
 * Sons Marine Holdings Limited. Registered in England …").
 */
function writtenInASentence(sentences: string, name: string): boolean {
  return sentences
    .split("\n")
    .some((line) => !line.trimStart().startsWith(name) && writesWholeName(line, name));
}
/** Domain labels shorter than this spell too many names' first words. */
const MIN_DOMAIN_LABEL = 4;

/** "Firm via Service": the firm, then the service whose address sends it. */
const VIA_SERVICE = /^(.+?)\s+via\s+(\S.*)$/i;

/**
 * "Galloway feedback", "Retour Brézé Industries": an agency's subject names the client its
 * prose names in full ("off the phone with Galloway Renewables"), and that client is the
 * employer, however often the agency's own name is signed.
 */
function clientsTheSubjectNames(candidates: CompanyCandidate[], subject: string): void {
  const subjectWords = new Set(subject.split(/[^\p{L}\d&]+/u).filter((w) => /^\p{Lu}/u.test(w)));
  // Only when the subject gave no firm of its own ("RE: Halcyon Freight - …" already counts).
  if (candidates.some((c) => c.source === "subject")) return;
  const own = candidates.filter((c) => OWN_SOURCES.has(c.source));
  for (const c of [...candidates]) {
    if (c.derived || c.supportOnly || (c.source !== "prose" && c.source !== "prose-at")) continue;
    if (!c.name.includes(" ")) continue;
    const first = c.name.split(" ")[0] ?? "";
    if (first.length < 4 || !subjectWords.has(first) || readsAsTitle(c.name) || hasRoleWord(c.name))
      continue;
    if (own.some((o) => sameEmployer(o, c)) || candidates.length >= MAX_CANDIDATES) continue;
    candidates.push({ name: c.name, key: c.key, weight: 2, source: "subject" });
  }
}

/**
 * "Partner | Arcobaleno Executive Search" under an agency's mail: the agency's own name keeps
 * the words that make it an agency, which a team-word trim or a domain's spelling drops.
 */
function withAgencyWords(candidates: CompanyCandidate[], tail: string): void {
  for (const c of candidates) {
    if (c.derived || !OWN_SOURCES.has(c.source) || AGENCY_NAME.test(c.name)) continue;
    const words = agencyWordsAfter(c.name, tail);
    if (!words) continue;
    c.name = `${c.name} ${words}`;
    c.key = compactKey(c.name);
  }
}

/**
 * "Hollis & Vane Recruitment" read as Hollis and the Vane team: a firm named for two partners
 * is the whole name the sign-off writes around the ampersand.
 */
function withPartnerBefore(name: string | null, tail: string): string | null {
  if (name === null) return null;
  const at = tail.indexOf(` & ${name}`);
  if (at <= 0) return name;
  const partner = /(?:^|\s)(\p{Lu}[\p{L}'’.-]*)$/u.exec(tail.slice(0, at))?.[1];
  return partner ? `${partner} & ${name}` : name;
}

/** The agency words the text writes right after a name ("Pickett & Lowe Talent" -> "Talent"). */
function agencyWordsAfter(name: string, tail: string): string | null {
  const at = tail.indexOf(`${name} `);
  if (at < 0 || (at > 0 && /[\p{L}\d]/u.test(tail.charAt(at - 1)))) return null;
  return AGENCY_WORDS_AFTER.exec(tail.slice(at + name.length))?.[1] ?? null;
}
/** The words after an agency's name that say what it is ("… Executive Search", "… Talent"). */
// Capitalised, and last on the line or before a separator: "Talent Acquisition", "talent team"
// and "Recruiting" sign for an employer's own team.
const AGENCY_WORDS_AFTER =
  /^ (Executive Search|Search(?: Partners)?|Talent(?: Partners)?|Recruitment|Staffing|Selection|Selección|Seleccion|Selezione|Seleção|Selecao|Personalberatung|Headhunting)(?=[ \t]*(?:$|[,|·•–—-]))/mu;

/**
 * "CMTL" in a display name, "Companhia Metropolitana de Transportes de Lisboa" in the text:
 * initials stand for the name the message writes out, one capitalised word per letter.
 */
/**
 * "Ihr Interesse an den Stadtwerken Ellerbach", "die Stelle beim Klinikum", "des Klinikums":
 * German inflects a firm's noun in a sentence (dative plural -n, genitive -s). Where another
 * source writes the word without the ending ("Stadtwerke Ellerbach GmbH" as the sender), the
 * sentence's name takes that form.
 */
function uninflected(candidates: CompanyCandidate[]): void {
  const printed = new Set(
    candidates.filter((c) => !INFLECTED_SOURCES.has(c.source)).flatMap((c) => c.name.split(" ")),
  );
  for (const c of candidates) {
    if (!INFLECTED_SOURCES.has(c.source)) continue;
    const words = c.name.split(" ");
    const bare = words.map((w) =>
      w.length >= 5 && /[ns]$/.test(w) && !printed.has(w) && printed.has(w.slice(0, -1))
        ? w.slice(0, -1)
        : w,
    );
    if (bare.some((w, i) => w !== words[i])) {
      c.name = bare.join(" ");
      c.key = compactKey(c.name);
    }
  }
}
/** Where a name stands in a sentence, inflected as the sentence needs. */
const INFLECTED_SOURCES: ReadonlySet<CompanySource> = new Set(["prose", "prose-at", "thread"]);

function spellOutInitials(candidates: CompanyCandidate[], written: string): void {
  for (const c of candidates) {
    if (c.derived) continue;
    const full = INITIALS.test(c.name)
      ? namesSpeltByDomain(c.name.toLowerCase(), written, false).find(
          (n) => n.split(" ").filter((w) => /^\p{Lu}/u.test(w)).length === c.name.length,
        )
      : AMPERSAND_INITIALS.test(c.name)
        ? initialsSpeltBy(c.name, candidates)
        : undefined;
    if (full) {
      c.name = full;
      c.key = compactKey(full);
    }
  }
}
const INITIALS = /^\p{Lu}{2,6}$/u;
/** "E&O", "B&K": the initials of a firm named with an ampersand ("Ember & Oak Coffee Roasters"). */
const AMPERSAND_INITIALS = /^\p{Lu}&\p{Lu}$/u;

/** The name another source writes in full whose words open with these initials, around its "&". */
function initialsSpeltBy(
  initials: string,
  candidates: readonly CompanyCandidate[],
): string | undefined {
  const [a, b] = initials.split("&");
  return candidates.find((o) => {
    if (o.derived || !FULL_FORM_SOURCES.has(o.source)) return false;
    const words = o.name.split(" ");
    const amp = words.indexOf("&");
    return amp === 1 && words[0]?.startsWith(a ?? "") && words[2]?.startsWith(b ?? "");
  })?.name;
}

/**
 * A group the message names as the parent of the firm that hires ("uma empresa do Grupo
 * Santarém"), or as the writer's parent entity, still signs, sends and hosts the career site:
 * it counts for little.
 */
function weighDownGroups(
  candidates: CompanyCandidate[],
  groups: readonly string[],
  members: readonly string[],
): void {
  if (groups.length === 0) return;
  // The group's own name or a longer form of it ("Fennel Holdings plc"), never a shorter
  // brand it starts with ("Fennel").
  // ("Oakridge Group" in a display name, "Part of Oakridge Holdings plc" in the footer: the
  // same group under another of a group's words.)
  const cores = new Set(groups.map(groupCore).filter((core) => core !== null));
  const isGroup = (c: CompanyCandidate) =>
    groups.some((n) => {
      const key = compactKey(n);
      return key.length >= 4 && c.key.startsWith(key);
    }) || cores.has(groupCore(c.name) ?? "");
  const isMember = (c: CompanyCandidate) => members.some((n) => keysAgree(c.key, compactKey(n)));
  for (const c of candidates) {
    if (isGroup(c) && !isMember(c)) c.weight *= GROUP_FACTOR;
  }
}

/**
 * "Oakridge Holdings plc" -> "oakridge": a group's name without the words that make it one;
 * null when none closes it ("Oakridge Bakeries" is a brand) or nothing would be left.
 */
function groupCore(name: string): string | null {
  const words = name.split(/\s+/);
  let end = words.length;
  while (
    end > 1 &&
    (GROUP_WORDS.test(words[end - 1] ?? "") || hasLegalSuffix(` ${words[end - 1]}`))
  )
    end--;
  if (end === words.length) return null;
  const core = compactKey(words.slice(0, end).join(" "));
  return core.length >= 4 ? core : null;
}

const GROUP_WORDS = /^(?:group|groupe|grupo|gruppo|gruppe|groep|holding|holdings)$/i;

/**
 * A holding or a group printed under mail whose own words name a brand of it: "Ninefold Energy
 * Holdings" in the copyright, "Ninefold Energy" as the sender; "Gruppo Vitali S.p.A." signing,
 * "Vitali Caffè" as the sender. A holding owns, it does not hire: the name without its holding
 * word is the employer's spelling, and another firm the message names outweighs it. A group
 * gives way to a brand that its own name plus other words spell ("Vitali" + "Caffè"), never to
 * its bare name ("Corbell Insurance" is "Corbell Insurance Group").
 */
function brandsOverTheirParents(candidates: CompanyCandidate[]): void {
  const brands = candidates.filter(
    (c) =>
      !c.derived && !c.supportOnly && WRITTEN_SOURCES.has(c.source) && parentOf(c.name) === null,
  );
  if (brands.length === 0) return;
  for (const c of candidates) {
    const parent = parentOf(c.name);
    if (parent === null) continue;
    const bare = brands.find((b) => b.key === parent.core);
    if (parent.holding && bare) {
      c.name = bare.name;
      c.key = bare.key;
    } else if (parent.holding && brands.some((b) => !keysAgree(b.key, c.key))) {
      c.weight *= PARENT_FACTOR;
    } else if (
      brands.some(
        (b) => b.name.includes(" ") && b.key !== parent.core && containsWords(b.name, parent.core),
      )
    ) {
      c.weight *= PARENT_FACTOR;
    }
  }
}

/**
 * "Meridian Group Talent Acquisition" <meridiangroup@myworkday.com> writing of "the Software
 * Engineer III position at Kettle", "Grupo Alcázar" sending "el puesto … en Pasaje": a group's
 * own career site sends for the brand its sentences put the job at, which is the employer. The
 * group still signs, sends and names the tenant: it counts as a parent does. (A machine's mail
 * only: a group's talent partner writes of the whole group's roles. One brand only: two named
 * leave the group standing; its own bare name, "Corbell Insurance" under "Corbell Insurance
 * Group", is no brand of it.)
 */
function brandsTheirGroupSendsFor(candidates: CompanyCandidate[]): void {
  const groups = candidates.filter((c) => SENDER_SOURCES.has(c.source) && parentOf(c.name));
  if (groups.length === 0) return;
  const ofAGroup = (c: CompanyCandidate) =>
    groups.some((g) => sameEmployer(g, c) || g.key.includes(c.key) || c.key.includes(g.key));
  const brands = candidates.filter(
    (c) =>
      c.source === "prose" &&
      !c.derived &&
      !c.supportOnly &&
      c.weight >= CLEAR_CUE_WEIGHT &&
      parentOf(c.name) === null &&
      !ofAGroup(c),
  );
  const brand = brands[0];
  if (brand === undefined || brands.some((b) => !keysAgree(b.key, brand.key))) return;
  for (const c of candidates) if (ofAGroup(c)) c.weight *= PARENT_FACTOR;
}
/** Sources where the sender names itself: a group's tenant, sender name and sign-off. */
const SENDER_SOURCES: ReadonlySet<CompanySource> = new Set([
  "signature",
  "signature-line",
  "display-name",
  "ats-slug",
  "footer",
  "copyright",
]);

/**
 * "Grupo Albatros | Nébula · Albatros Seguros" signing, "Nébula ha decidido cancelar la vacante"
 * in the sentences; "Spindle" as the sender "on behalf of Northgate Group plc", "the role at
 * Spindle": a group's mail printing its members, whose sentences name one of them, is that
 * member's. The group is its parent. (Only the sender's own names are members: a phrase the
 * sentences write, "Plataforma Cloud" in a role's title, never is.)
 */
function membersOverTheirGroup(candidates: CompanyCandidate[], sentences: string): void {
  const groups = candidates.filter((c) => parentOf(c.name) !== null);
  if (groups.length === 0) return;
  const named = candidates.filter(
    (c) =>
      OWN_SOURCES.has(c.source) &&
      !c.derived &&
      !AGENCY_NAME.test(c.name) &&
      parentOf(c.name) === null &&
      !groups.some((g) => keysAgree(g.key, c.key)) &&
      writesWholeName(sentences, c.name),
  );
  const member = named[0];
  // Two members named: the sentences do not say which one hires.
  if (member === undefined || named.some((c) => c.key !== member.key)) return;
  for (const g of groups) g.weight *= PARENT_FACTOR;
  candidates.push({ ...member, source: "prose", weight: MEMBER_WEIGHT });
}

/**
 * Lines that read as sentences: four words or more and a word's end closing one ("… la
 * vacante.", never a signature's "S.r.l. – Milano").
 */
function sentenceLines(text: string): string {
  return text
    .split("\n")
    .filter((line) => line.trim().split(/\s+/).length >= 4 && SENTENCE_END.test(line))
    .join("\n");
}
const SENTENCE_END = /\p{Ll}{2}[.!?](?:\s|$)/u;

/** Whether a text writes a name whole, as words ("Nébula" in "que Nébula ha decidido"). */
function writesWholeName(text: string, name: string): boolean {
  const folded = fold(text);
  const target = fold(name);
  let at = folded.indexOf(target);
  while (at >= 0) {
    const before = folded[at - 1] ?? " ";
    const after = folded[at + target.length] ?? " ";
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) return true;
    at = folded.indexOf(target, at + 1);
  }
  return false;
}

/** "Gruppo Vitali S.p.A." -> vitali (a group); "Ninefold Energy Holdings" -> ninefoldenergy (a holding). */
function parentOf(name: string): { core: string; holding: boolean } | null {
  const words = name.replace(/,?\s+\S+$/, (m) => (hasLegalSuffix(m) ? "" : m)).split(/\s+/);
  let holding = false;
  let start = 0;
  let end = words.length;
  const parentWord = (w: string | undefined) => {
    if (w === undefined) return false;
    if (HOLDING_WORDS.test(w)) holding = true;
    return GROUP_WORDS.test(w) || HOLDING_WORDS.test(w);
  };
  while (end - start > 1 && parentWord(words[end - 1])) end--;
  while (end - start > 1 && parentWord(words[start])) start++;
  if (start === 0 && end === words.length) return null;
  const core = compactKey(words.slice(start, end).join(" "));
  return core.length >= 4 ? { core, holding } : null;
}

/**
 * "Fakultät Informatik", "Faculty of Engineering", "Facoltà di Fisica" signing for the
 * university the message also names: a faculty, a chair or a department hires for its
 * institution, which is the employer; alone it still names it.
 */
function unitsUnderTheirInstitution(candidates: CompanyCandidate[]): void {
  // "Institut für Angewandte Informatik", "Département d'informatique": units only when a
  // university or a school the message also names holds them (an institute may hire alone).
  const university = candidates.some((c) => !c.derived && UNIVERSITY.test(c.name));
  const units = candidates.filter(
    (c) => ACADEMIC_UNIT.test(c.name) || (university && INSTITUTE_UNIT.test(c.name)),
  );
  if (units.length === 0 || units.length === candidates.length) return;
  if (!candidates.some((c) => !c.derived && !c.supportOnly && !units.includes(c))) return;
  for (const c of units) c.weight *= PARENT_FACTOR;
}
/**
 * "Bureau of Coastal Infrastructure" under the job title, "a career with the Federal Government"
 * in the portal's thanks: the named body hires; the generic label names the whole public sector.
 */
function publicBodiesOverGovernment(candidates: CompanyCandidate[]): void {
  if (!candidates.some((c) => !c.supportOnly && readsAsPublicBody(c.name))) return;
  for (const c of candidates) if (isGenericGovernment(c.name)) c.weight = 0;
}
/**
 * "Haute-Vézère" from haute-vezere.example and a sentence, "Conseil départemental de la
 * Haute-Vézère" signing: the place a public body serves names the body, in its official name.
 */
function publicBodiesOverTheirPlace(
  candidates: CompanyCandidate[],
  bodies: readonly { name: string; place: string }[],
): void {
  for (const { name, place } of bodies) {
    const placeKey = compactKey(place);
    const key = compactKey(name);
    if (!candidates.some((c) => c.key === key)) continue;
    for (const c of candidates)
      if (c.key === placeKey) {
        c.name = name;
        c.key = key;
      }
  }
}

/**
 * A unit of a university, in the seven languages, opening its name. ("Department of …" and
 * "Departamento de …" also name public employers, so they are not read as units here.)
 */
const ACADEMIC_UNIT =
  /^(?:faculty|fakultät|fachbereich|lehrstuhl|lehrgebiet|faculté|facultad|faculteit|vakgroep|facoltà|faculdade)\b/iu;

/** An institute or a department opening its name, in the seven languages. */
const INSTITUTE_UNIT =
  /^(?:institut(?:e)? (?:für|of|for|de|d['’]|du|des)|instituto (?:de|da|do)|istituto (?:di|per)|instituut (?:voor|van)|department (?:of|for)|abteilung|département|departement|departamento|dipartimento)\b/iu;
/** A university or a school of higher education, in the seven languages. */
const UNIVERSITY =
  /\b(?:universit\p{L}*|hochschule|fachhochschule|college|polytechnic|école|escuela|scuola|politecnico|hogeschool|faculdade|instituto superior|technische universiteit)\b/iu;

/** A holding company's word, in the seven languages. */
const HOLDING_WORDS =
  /^(?:holding|holdings|beteiligungen|beteiligungsgesellschaft|participations|participaciones|participações|participacoes|partecipazioni|deelnemingen)$/i;
/**
 * A parent against the brand its message is about: it still signs and prints, and a signature
 * with a footer (4 + 2.5) must come under a display name (3), as an agency's own name does.
 */
const PARENT_FACTOR = 0.3;

/** The agency's own name in its prose ("we at Cobalt RPO") counts as little as its signature does. */
function weighDownAgencyInProse(candidates: CompanyCandidate[]): void {
  const ownNames = candidates.filter((c) => OWN_SOURCES.has(c.source));
  for (const c of candidates) {
    if (OWN_SOURCES.has(c.source) || c.source === "introduced") continue;
    if (ownNames.some((o) => o.weight <= MAX_OWN_WEIGHT && sameEmployer(o, c)))
      c.weight *= AGENCY_OWN_FACTOR;
  }
}
/** Sources that speak for the sender's own firm: scaled down already when it is an agency. */
const OWN_SOURCES: ReadonlySet<CompanySource> = new Set([
  "logo",
  "page-title",
  "signature",
  "signature-line",
  "display-name",
  "footer",
  "statement",
  "copyright",
  "domain",
]);

/** The employer among the candidates: the heaviest group of names that agree, in its fullest trusted spelling. */
export function rankCompanies(candidates: readonly CompanyCandidate[]): string | null {
  if (candidates.length === 0) return null;
  let best: CompanyCandidate | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    if (candidate.supportOnly) continue;
    let score = 0;
    for (const other of candidates) {
      if (sameEmployer(candidate, other) || spellsInitials(other, candidate)) score += other.weight;
    }
    // On a tie, the better-attested spelling wins.
    score += candidate.weight / 100;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (!best) return null;
  return bestSpelling(candidates, best);
}

/** A display name in lower case, with its legal form: "fieldnote", "kiwi.systems GmbH". */
const LOWER_CASE_BRAND =
  /^([a-z][\p{L}\d.&+-]{3,40})(?:\s+(?:GmbH|AG|Inc\.?|Ltd\.?|LLC|SAS|SA|BV|B\.V\.|S\.L\.|SL|Srl|S\.r\.l\.))?$/u;

/**
 * "Penrose Financial Group Career Site", "Brightwater Mutual Workday Notification": the
 * employer whose own career site sends its job alerts. Null for a job board's alerts, or a
 * display name with no career-site words around the name.
 */
export function ownCareerSiteEmployer(from: Mailbox | null): string | null {
  const name = from?.name?.trim() ?? "";
  if (name === "" || isJobBoard(name, from?.address?.split("@")[1] ?? null)) return null;
  const stripped = stripDisplayNoise(name);
  if (stripped === name || !CAREER_SITE_WORDS.test(name)) return null;
  const org = validCompany(stripped);
  return org && !PLATFORM_NAMES.has(compactKey(org)) && !isEventOrganiser(org) ? org : null;
}
const CAREER_SITE_WORDS =
  /\b(?:career site|careers?|workday|talent community|jobs? at|karriere|carreiras|carrières|empleo|werken bij|lavora con noi)\b/i;

/** Sources whose text may be a job title read as a firm ("Recruteuse Tech", "Senior Recruiter"). */
const TITLE_SOURCES: ReadonlySet<CompanySource> = new Set([
  "note",
  "page-title",
  "signature-line",
  "subject",
  "prose",
  "prose-at",
  "thread",
]);

/** "Recruteuse Tech", "Talent Partner": a title, unless it ends the way firms end. */
function readsAsTitle(name: string): boolean {
  // "Software Engineer III", "Data Scientist 2": a title's level is no firm's last word.
  const words = name.split(" ");
  while (words.length > 1 && TITLE_LEVEL.test(words[words.length - 1] ?? "")) words.pop();
  if (ORG_WORDS.has(fold(words[words.length - 1] ?? "")) && words.length > 1) return false;
  // "Bioinformatico/a", "Desarrollador(a)", "Développeur·se": a title written for any gender.
  if (GENDERED_TITLE.test(name)) return true;
  if (!hasTitleWord(name) && kindFromTitle(name) === null) return false;
  const last = words[words.length - 1] ?? "";
  // "Consultora Meridiano": a firm's word opens it and no person's noun ends it.
  if (words.length > 1 && ORG_WORDS.has(fold(words[0] ?? "")) && !hasRoleWord(last)) return false;
  // "Harlow Point Security Operations": a name opens the phrase, a field closes it; a title
  // opens with a title word ("Senior Threat Hunter") or ends with a person's noun ("… Engineer").
  const [first, second] = words;
  // ("Meadowlark Senior Living": a title word inside a name that no title word closes.)
  return (
    words.length < 3 ||
    hasTitleWord(first ?? "") ||
    (hasTitleWord(second ?? "") && (hasTitleWord(last) || TEAM_WORD_SET.has(fold(second ?? "")))) ||
    hasRoleWord(last)
  );
}

/** A title's level after it: "III", "2", "L5". */
const TITLE_LEVEL = /^(?:[IVX]{1,4}|L?\d{1,2})$/;

const GENDERED_TITLE =
  /\p{L}(?:\/a|\/in|\(a\)|\(in\)|·\p{L}+)(?:\s|$)|\([mwfdhx]\/[mwfdhx](?:\/[mwfdhx])?\)/iu;

/** Words that make a subject about one application, even from a job board. */
const APPLICATION_WORD =
  /\b(?:applica\w*|applied|applying|candida\w*|bewerbung\w*|sollicitatie\w*|postula\w*|interview\w*|entrevista|entretien|vorstellungsgespr\w*|gesprek|referred|eligib\w*|ineligib\w*|announcement|status\w*|withdra\w*|inmail)\b/i;

/** A board's subject relaying a member's message, in the seven languages. */
const RELAYED_MESSAGE =
  /\b(?:sent you a (?:new )?message|new message from|messaged you|vous a envoyé un message|nouveau message de|hat (?:Ihnen|dir) eine Nachricht (?:gesendet|geschickt)|neue Nachricht von|te ha enviado un mensaje|nuevo mensaje de|ti ha inviato un messaggio|nuovo messaggio da|heeft (?:je|u) een bericht (?:gestuurd|verzonden)|nieuw bericht van|(?:te|lhe) enviou uma mensagem|nova mensagem de)\b/i;

/** A text about the reader's own application, in the seven languages. */
const YOUR_APPLICATION =
  /\b(?:your application|your candidacy|ihre bewerbung|deine bewerbung|votre candidature|ta candidature|tu candidatura|su candidatura|je sollicitatie|uw sollicitatie|la tua candidatura|la sua candidatura|sua candidatura|a tua candidatura)\b/i;

/** Whether the sender is a job board or a careers platform writing in its own name ("LinkedIn", "Indeed Apply", "USAJOBS"). */
function isJobBoard(fromName: string, domain: string | null): boolean {
  const name = fromName.trim().replace(/^the\s+/i, "");
  // "Whitney Sato via LinkedIn": a person writing through the board.
  // ("ADP Recruiting", "Workday", "Paylocity": an ATS's name sends for the employer, as its
  // no-reply address does; only a board writes in its own name.)
  // ("Alertas de vagas do LinkedIn": the board's name may close its display name.)
  if (name !== "")
    return (
      JOB_BOARD_NAMES.has(fold(name.split(/[\s[(]/)[0] ?? "")) ||
      JOB_BOARD_NAMES.has(compactKey(name)) ||
      (!/\svia\s/i.test(name) && name.split(/[\s[\]()]+/).some((w) => JOB_BOARD_NAMES.has(fold(w))))
    );
  const labels = (domain ?? "").toLowerCase().split(".");
  return labels.some((label) => label.length > 3 && JOB_BOARDS.has(label));
}
/** Job boards and career platforms that write to candidates in their own name. */
const JOB_BOARDS: ReadonlySet<string> = new Set([
  "linkedin",
  "indeed",
  "glassdoor",
  "stepstone",
  "xing",
  "usajobs",
  "infojobs",
  "welcometothejungle",
  "monster",
  "ziprecruiter",
  "jobteaser",
  "hellowork",
  "wellfound",
  "otta",
  // Campus boards: a student's applications go through them to many employers.
  "handshake",
  "joinhandshake",
  "ripplematch",
]);

/** The same boards as display names write them ("Indeed Apply", "LinkedIn Jobs", "Dice"). */
const JOB_BOARD_NAMES: ReadonlySet<string> = new Set([
  ...JOB_BOARDS,
  "indeedapply",
  "linkedinjobs",
  "linkedinrecruiter",
  "recruiterlite",
  "dice",
  "hired",
  "naukri",
  "seek",
  "totaljobs",
  "cvlibrary",
  "jobindex",
  "jobat",
  "jobteaser",
  "civilservicejobs",
  "nhsjobs",
]);

/** What a tenant's slug adds after the firm's name: its legal form, its country, the site. */
const TENANT_SUFFIX =
  /^([a-z]{4,}?)(?:corp|inc|llc|plc|ltd|group|usa|us|uk|na|global|intl|careers|jobs|hr|talent|recruiting|external|ext)$/;

/** Domain labels made of a job board's words: a guess from them names no employer. */
const BOARD_LABEL = /jobs?|careers?|alerts?|vacanc|applicant|resume/i;

/** A brand its sentences write in lower case, twice or more: as a clear phrase naming it. */
const LOWER_CASE_BRAND_WEIGHT = 2;
/** The firm of someone an introduction names: more than the writer's own signature. */
const INTRODUCED_WEIGHT = 5;
/** A sentence's clear cue for a firm ("application to", "team at"): what a named firm needs. */
const CLEAR_CUE_WEIGHT = 2;
/** A client an agency's sentence introduces: as much as a signature line. */
const CLIENT_INTRODUCED_WEIGHT = 2.5;
/**
 * A client whose decision the agency reports: more than the agency's own name scaled down in its
 * signature, footer and domain together (4 + 2.5 + 2.55, times AGENCY_OWN_FACTOR, is 2.7).
 */
const CLIENT_ACTS_WEIGHT = 3;
/** A firm's own sentence naming it as the one that decides: as a clear phrase does. */
const FIRM_ACTS_WEIGHT = 2;
/** Clients read per message: an agency names its client once or twice. */
const MAX_CLIENTS_INTRODUCED = 2;
/** A name followed by what it is ("Vientos del Sur, una energética …", "Halden, a fintech …"). */
const INTRODUCED_NAME =
  /(\p{Lu}[\p{L}\d&'’-]*(?:\s+(?:&\s+|(?:de|del|di|da|do|van|von|der|du|des|la)\s+)?\p{Lu}[\p{L}\d&'’-]*){1,3}),\s+(?:a|an|una|un|une|ein|eine|einem|een|um|uma)\s+(?=\p{L})/gu;

/** Firms an agency's sentences introduce by what they are, as written (two words or more). */
function clientsIntroducedIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(INTRODUCED_NAME)) {
    const run = m[1] ?? "";
    const name = validCompany(run);
    if (name === run && name.includes(" ") && !isPlace(name) && !found.includes(name))
      found.push(name);
    if (found.length >= MAX_CLIENTS_INTRODUCED) return found;
  }
  return found;
}

/** Whether a line of the text opens with the name (after quote marks and spaces). */
function opensALine(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/(?:^|\n)[ \t>*]*$/.test(text.slice(Math.max(0, at - 8), at))) return true;
  }
  return false;
}

/**
 * "Intro: Jordan Lee <> Marisol Vega (Kinetic Ledger)", "Mise en relation : A <> B (Cormoran
 * Énergie)", "Intro: Marisol (Kinetic Ledger) / Jordan": the firm in brackets after either person.
 */
const INTRO_SUBJECT =
  /^(?:intro|introduction|introducing|mise en relation|présentation|vorstellung|kennenlernen|presentación|presentazione|introductie|kennismaking|apresentação)\b[^(]*\(([^()]{2,60})\)\s*(?:(?:<>|\/|&|\+|\band\b|\bx\b)\s*[^()<>/&+]{1,40})?$/i;

function introducedInSubject(subject: string): string | null {
  const m = INTRO_SUBJECT.exec(subject.trim());
  return m?.[1] ? validCompany(m[1]) : null;
}

const ON_BEHALF_OF =
  /^(?:on behalf of|acting for|im auftrag (?:von|der|des)|pour le compte de|en nombre de|per conto di|namens|em nome de)\s+(.+)$/i;

/** Last lines of the newest message read for the sign-off's description of the firm. */
const SIGNATURE_LINES = 8;
/** "im Auftrag der Talbach Energienetze GmbH" under a service centre's name: as a signature. */
const PRINCIPAL_WEIGHT = 4;
/** A group the message says is not the one hiring ("the business within Y that was hiring"). */
const GROUP_FACTOR = 0.1;
/** "X, a member of the Y group": a sentence that names the member, as a clear phrase does. */
const MEMBER_WEIGHT = 2;
/** An agency's own firm counts this much against the client it recruits for. */
const AGENCY_OWN_FACTOR = 0.3;
/**
 * The heaviest own-firm candidate once scaled (a signature, 4 × AGENCY_OWN_FACTOR); a client
 * named "on behalf of" in the signature keeps its full weight and is not the agency.
 */
const MAX_OWN_WEIGHT = 4 * AGENCY_OWN_FACTOR;
/** A logo's alt text is the firm's own name as it draws it, as a display name is. */
const LOGO_WEIGHT = 2.5;
/** A page title names the sender, or the page ("Interview Request"), which no name survives. */
const PAGE_TITLE_WEIGHT = 2;
/** "… Limited is a company registered in England and Wales": a legal entity, not the brand. */
const REGISTRATION_WEIGHT = 1;
const DISPLAY_ON_BEHALF = /\son behalf of\s+(.{2,80})$/i;
const LINK = /\bhttps?:\/\/\S+/gi;
/** An equal-opportunity statement names the firm as a footer line does. */
const STATEMENT_WEIGHT = 2.5;
/** A domain that spells a name the message writes: two sources agreeing. */
const DOMAIN_SPELT_FACTOR = 1.7;
/** Sources that may carry a person's name by mistake ("bei Lukas Brenner"). */
const WEAK_SOURCES: ReadonlySet<CompanySource> = new Set([
  "note",
  // A recruiter's headshot is captioned with her name as a logo is with the firm's.
  "logo",
  "page-title",
  "prose",
  "prose-at",
  "subject",
  "thread",
]);

/** "J.P. Whitcombe", "M. A. van Dijk": initials before a surname sign a person, never a firm. */
const INITIALLED_NAME =
  /^(?:\p{Lu}\.\s?){1,3}(?:(?:van|von|de|der|den|da|di|du|dos|del|le|la)\s)*\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;

/** Sources that carry the writer's own name as often as the firm's. */
const PERSON_SOURCES: ReadonlySet<CompanySource> = new Set([
  "signature",
  "signature-line",
  "display-name",
]);

/** Names that make a firm a recruitment agency ("Brightline Talent", "Nexo Select", "Cobalt Search"). */
const AGENCY_NAME =
  /\b(?:talent\w*|recruit\w*|search|staffing|sourcing|select|selection|selección|seleccion|selezione|selecao|seleção|headhunt\w*|personalberat\w*|personaldienst\w*|personal partner|executive|interim|rpo)\b/i;
/**
 * The same in a domain's one word, in the seven languages ("kitetalent", "clearpathrecruit",
 * "nexoselect", "seleccionnorte", "recrutaluso", "selezionealpi"); never "research".
 */
const AGENCY_DOMAIN =
  /(?:talent|recruit|recrut|reclut|werving|staffing|sourcing|selec|selez|(?<!re)search|headhunt|personalberat|rpo)[a-z]*$/i;

/** "Selezione e Sviluppo", "Talent Acquisition": a department's name, not a firm's. */
function isDepartment(name: string): boolean {
  return name.split(/\s+/).every((w) => DEPARTMENT_WORDS.has(fold(w)));
}

/**
 * Careers fairs and their organisers are not employers ("Berlin Tech Careers Day", "Foro de
 * Empleo"); a summit is one when the name ends with it ("Data Summit 2026", never "Summit Ridge").
 */
const EVENT_ORGANISER =
  /\b(?:fair|fairs|feria|feira|messe|salon|forum|foro|fórum|expo|summit(?=\s*(?:\d|$))|meetup|career day|careers day|jobs day|jobdag|banendag)\b/i;

/** "TechFair Live", "CareerExpo", "DevMeetup": the event's word glued to the end of a compound. */
const EVENT_COMPOUND = /\p{Ll}(?:Fair|Fairs|Expo|Messe|Forum|Meetup|Summit)\b/u;

function isEventOrganiser(name: string): boolean {
  return EVENT_ORGANISER.test(name) || EVENT_COMPOUND.test(name);
}

/** "Lukas Brenner", "Maya Ortiz": someone the message names, read by a loose cue as a company. */
function isSomeonesName(name: string, people: readonly string[]): boolean {
  if (people.some((person) => namesMatch(person, name))) return true;
  // "doorgestuurd naar Anouk": a first name alone is someone.
  if (!name.includes(" ") && isGivenName(name)) return true;
  const first = name.split(" ")[0] ?? "";
  return (
    isPersonName(name) && isGivenName(first) && !name.split(" ").some((w) => ORG_WORDS.has(fold(w)))
  );
}

/** "Bellandersen" from Marcus Bell-Andersen's own domain: a person's surname, or her whole name. */
function isSomeonesSurname(name: string, people: readonly string[]): boolean {
  const key = compactKey(name);
  return people.some((person) => {
    const words = person.split(" ");
    return (
      words.length >= 2 &&
      (compactKey(words.slice(1).join(" ")) === key || compactKey(person) === key)
    );
  });
}

/**
 * The employer of the one job a board's mail is about: the subject's "… bei Hafenkontor Logistik"
 * when a line of the body opens with the same name, as a job card does.
 */
function singleJobEmployer(subject: string, body: string): CompanyCandidate[] {
  const name = validCompany(SUBJECT_AT.exec(subject)?.[1]);
  if (!name || isPlace(name)) return [];
  // Cards print an employer and a place ("Kestrelgate · Dublin"): one card is one job, more
  // are a list.
  const cards = body
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length < 120 && CARD_LINE.test(line));
  return cards.length === 1 && cards[0]?.startsWith(name)
    ? [{ name, key: compactKey(name), weight: 2, source: "subject" }]
    : [];
}

const CARD_LINE = /^\p{Lu}[^·•|–—\n]{1,60}?\s+[·•|–—-]\s+\S/u;

/** "Mara Lindqvist": a given name and a surname, nothing a firm's name has. */
function readsAsPerson(name: string, people: readonly string[]): boolean {
  const parts = name.split(" ");
  const first = parts[0] ?? "";
  return (
    parts.length >= 2 &&
    parts.length <= 3 &&
    isGivenName(first) &&
    // The writer's own name: the sign-off or a header names the same person.
    people.some((p) => p === first || namesMatch(p, name)) &&
    !parts.some((w) => ORG_WORDS.has(fold(w)) || /^(?:&|and|und|et|y|e)$/i.test(w))
  );
}

/** "QA Automation Engineer en Olivar Digital": the employer after a job title. */
function employerAfterRole(name: string): string | null {
  const m = /^(.+?)\s+(?:at|en|bei|chez|bij|presso|em|na|no|@)\s+(\p{Lu}.*)$/u.exec(name);
  if (m?.[1] && m[2] && hasRoleWord(m[1])) return validCompany(m[2]);
  return name;
}

/** "position of Data Engineer at Harborline Shipping Technologies": any name after "at". */
function employersAfterAt(text: string): string[] {
  const found: string[] = [];
  for (const { run, cue, at } of cuedRuns(text, AT_ANY, COMPANY_RUN_AT, MAX_AT_RUNS)) {
    const name = validCompany(run);
    // ("Arquiteto(a) de Soluções Cloud": the title's own field.)
    const before = text.slice(Math.max(0, cue.index - TITLE_LOOKBACK), at);
    // ("no escritório na Vila Olímpia", "our office in Cais do Sodré": a place, no firm.)
    if (name && !completesATitle(before) && !OFFICE_BEFORE.test(text.slice(0, cue.index)))
      found.push(name);
  }
  return found;
}
/**
 * Where an office stands, before "in", "na", "à": the words after it name a place, in the seven
 * languages ("office", "Büro", "bureaux", "oficina", "kantoor", "ufficio", "escritório", "sede").
 */
const OFFICE_BEFORE =
  /(?:offices?|headquarters|based|located|büros?|standort|sitz|bureaux?|siège|oficinas?|sede|kantoor|vestiging|uffici?o|escrit[óo]rios?|localizad[oa]s?|situad[oa]s?)\s+$/iu;
/** How far before a cue a job title is looked for: its last word and the connector. */
const TITLE_LOOKBACK = 40;
/** Names read after a loose "at": they only lend weight, so a few suffice. */
const MAX_AT_RUNS = 8;
const AT_ANY =
  /\b(?:at|bei|chez|bij|presso|with|for|to|na|no|da|do|en|de|door|by|par|por|von|di)[ \t]+(?:the |der |die |la |le |el |a |o )?(?=[A-Z\u00C0-\u00DE\d])/g;

/**
 * A domain label with a marketing word around the name ("getnorthwind", "joinbluepeak",
 * "halcyonhq") without it; null when there is none or too little would be left.
 */
function bareLabel(label: string): string | null {
  const bare = label
    .toLowerCase()
    .replace(/^(?:get|join|try|use)(?=[a-z]{4})|(?<=[a-z]{4})hq$/, "");
  return bare !== label.toLowerCase() && /^[a-z]+$/.test(bare) ? bare : null;
}

/** The domain's name label: "careers.pinecrestlabs.example" -> "pinecrestlabs". */
function domainLabel(domain: string | null): string {
  const guess = companyFromDomain(domain);
  return guess ? guess.replace(/\s+/g, "") : "";
}

/**
 * Two candidates for one employer: keys that agree, or a long name that ends with the other's
 * whole words ("Van Oordt Logistiek" and "Oordt Logistiek").
 */
function sameEmployer(a: CompanyCandidate, b: CompanyCandidate): boolean {
  if (keysAgree(a.key, b.key)) return true;
  const [short, long] = a.key.length < b.key.length ? [a, b] : [b, a];
  return short.key.length >= 8 && containsWords(long.name, short.key);
}

/** "Koninklijke Van Leeuwen Havenbedrijven" holds "Van Leeuwen" as whole words. */
function containsWords(longName: string, shortKey: string): boolean {
  const words = longName.split(" ");
  for (let i = 0; i < words.length; i++) {
    let joined = "";
    for (let j = i; j < words.length && joined.length < shortKey.length; j++) {
      joined += compactKey(words[j] ?? "");
      // Words around it that are capitalised, never "Datos en" of a title run before it.
      const around = [...words.slice(0, i), ...words.slice(j + 1)];
      if (joined === shortKey && around.length > 0 && around.every((w) => /^[\p{Lu}\d&]/u.test(w)))
        return true;
    }
  }
  return false;
}

/** "fwra.gov" and "Federal Water Resources Administration": a domain guess spelling a name's initials. */
function spellsInitials(guess: CompanyCandidate, written: CompanyCandidate): boolean {
  if (!guess.derived || written.derived || guess.key.length < 3) return false;
  const initials = written.name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => fold(w).charAt(0))
    .join("");
  return initials.length >= 3 && initials === guess.key;
}

/** A spelling this well attested (a signature, the display name, a clear phrase) can be trusted whole. */
const TRUSTED_SPELLING_WEIGHT = 2.5;
/** Sources where a firm writes its full name rather than a fragment of a subject or a domain. */
const FULL_FORM_SOURCES: ReadonlySet<CompanySource> = new Set([
  "prose",
  "prose-at",
  "signature",
  "signature-line",
  "display-name",
  "form-field",
  "introduced",
  "card",
  "institution",
  "on-behalf",
  "statement",
  "logo",
  "page-title",
]);
/** Sources where a firm's sentences name it (a labelled field is its own words too). */
const SENTENCE_SOURCES: ReadonlySet<CompanySource> = new Set(["prose", "form-field"]);
/**
 * Sources that write a name outside the lines a firm prints under its mail: its sentences, a
 * quoted message's, its sender name, its subject, the logo and page title it presents itself
 * with. A signature, a footer, a card, a registration or a domain print the long or legal form.
 */
const WRITTEN_SOURCES: ReadonlySet<CompanySource> = new Set([
  ...SENTENCE_SOURCES,
  "note",
  "logo",
  "page-title",
  "prose-at",
  "display-name",
  "subject",
  "thread",
  "introduced",
  "on-behalf",
]);

/** Where a firm writes the name it goes by: its sentences and its people's signatures. */
const EVERYDAY_SOURCES: ReadonlySet<CompanySource> = new Set([
  ...SENTENCE_SOURCES,
  "signature",
  "signature-line",
]);

/**
 * "Gracias por tu interés en Aldarena", and "Aldarena Software S.L." only under the signature:
 * the name the firm's own sentences use, over a longer form that only its printed lines give.
 * A registered entity is not the name a firm goes by: printed only with its legal form
 * ("Copperline Payments GmbH" signing, sending and in the footer), it gives way to a shorter
 * form anything else but the subject uses (a sender name, the name its people sign with);
 * also written plainly ("Alameda Pagos" as the sender), to one its sentences use more. Unless
 * the domain spells the longer name whole. Null when the chosen form stands, or no shorter
 * form of it is used that way.
 */
function shortNameOwnWordsUse<
  T extends {
    name: string;
    key: string;
    sentences: number;
    everyday: number;
    use: number;
    legal: boolean;
    plain: boolean;
    registered: boolean;
    sources: Set<CompanySource>;
  },
>(spellings: readonly T[], chosen: T): T | null {
  // "girafe-assurances.example": the firm registered the longer name as its own.
  if (chosen.registered) return null;
  const legal = chosen.legal && !chosen.plain;
  if (
    legal
      ? chosen.sentences > 0
      : !chosen.legal && [...chosen.sources].some((s) => WRITTEN_SOURCES.has(s))
  )
    return null;
  // An entity's: the sentences' form first, then any other use; else the sentences' form only.
  const use = (s: T) =>
    legal
      ? s.sentences * 100 + s.use + s.everyday
      : s.sentences > chosen.sentences
        ? s.sentences
        : 0;
  let best: T | null = null;
  for (const s of spellings) {
    if (s === chosen || s.legal || use(s) === 0 || s.key.length < 4) continue;
    if (s.key.length >= chosen.key.length) continue;
    // "Sutton, Vale & Ng" is three partners, not "Sutton" with words after it.
    const rest = chosen.name.startsWith(`${s.name} `) ? chosen.name.slice(s.name.length) : null;
    // ("Cervezas Tramontana, S.A.": a word before the name, as a legal name prints it.)
    const within =
      rest === null &&
      s.key.length >= 6 &&
      !/[,&+]/.test(chosen.name.replace(/,?\s+\S+\.?$/, "")) &&
      containsWords(chosen.name, s.key);
    if ((rest === null || /[,&+]/.test(rest.replace(/,?\s+\S+\.?$/, ""))) && !within) continue;
    if (!best || use(s) > use(best)) best = s;
  }
  return best;
}

/** Sources that print the legal entity ("Harrowgate Medical System, Inc."), not the name people use. */
const LEGAL_SOURCES: ReadonlySet<CompanySource> = new Set(["copyright", "footer"]);

/**
 * Within the winning group ("Pagaluz", "Pagaluz Servicios Financieros S.L."), the fullest
 * spelling a trusted source writes, unless only printed lines write it and the firm's sentences
 * use a shorter one; never a domain guess when the message writes the name, and a copyright
 * line's legal entity only when the message also names the firm that way.
 */
function bestSpelling(candidates: readonly CompanyCandidate[], best: CompanyCandidate): string {
  interface Spelling {
    name: string;
    key: string;
    weight: number;
    written: boolean;
    named: boolean;
    /** Written where a firm writes its own full name: a sentence, a signature, a display name. */
    fullForm: boolean;
    /** Weight from the firm's sentences (SENTENCE_SOURCES). */
    sentences: number;
    /** Weight from where the firm writes the name it goes by (EVERYDAY_SOURCES). */
    everyday: number;
    /** Written with a legal form ("… GmbH", "… Ltd"): the registered entity. */
    legal: boolean;
    /** Also written without it outside the printed lines (a sender name, a sentence). */
    plain: boolean;
    /** Weight from where the firm writes the name it goes by, without a legal form (WRITTEN_SOURCES but the subject). */
    use: number;
    /** The sender's domain spells this whole name: the name the firm registered for itself. */
    registered: boolean;
    sources: Set<CompanySource>;
  }
  const byKey = new Map<string, Spelling>();
  for (const c of candidates) {
    if (!sameEmployer(c, best) && !spellsInitials(c, best)) continue;
    const entry = byKey.get(c.key) ?? {
      name: c.name,
      key: c.key,
      weight: 0,
      written: false,
      named: false,
      fullForm: false,
      sentences: 0,
      everyday: 0,
      legal: false,
      plain: false,
      use: 0,
      registered: false,
      sources: new Set<CompanySource>(),
    };
    entry.sources.add(c.source);
    if (SENTENCE_SOURCES.has(c.source)) entry.sentences += c.weight;
    if (EVERYDAY_SOURCES.has(c.source)) entry.everyday += c.weight;
    const legalForm = !c.derived && hasLegalSuffix(c.name);
    entry.legal ||= legalForm;
    entry.plain ||= !legalForm && WRITTEN_SOURCES.has(c.source);
    // (A subject alone is a fragment: "… role at Brightwater" over "Brightwater Design Co.".)
    if (!legalForm && !c.derived && c.source !== "subject" && WRITTEN_SOURCES.has(c.source))
      entry.use += c.weight;
    entry.registered ||= c.registered === true;
    entry.fullForm ||= FULL_FORM_SOURCES.has(c.source);
    entry.weight += c.weight;
    if (!c.derived && !entry.written) {
      entry.name = c.name;
      entry.written = true;
    }
    if (!c.derived && !LEGAL_SOURCES.has(c.source)) {
      if (!entry.named) entry.name = c.name;
      entry.named = true;
    }
    byKey.set(c.key, entry);
  }
  const entries = [...byKey.values()];
  const named = entries.some((e) => e.named);
  const eligible = entries.filter((e) => e.written && (e.named || !named));
  // "Harborline" from the domain, "at Harborline Shipping Technologies" in a sentence: once one
  // spelling is trusted, the fullest one the message writes for the same employer.
  const trusted = eligible
    .filter((e) => e.weight >= TRUSTED_SPELLING_WEIGHT)
    .sort((a, b) => b.key.length - a.key.length)[0];
  if (trusted) {
    const fullest = eligible
      .filter(
        (e) =>
          e.fullForm &&
          (e.key.startsWith(trusted.key) ||
            (trusted.key.length >= 8 && containsWords(e.name, trusted.key))),
      )
      .sort((a, b) => b.key.length - a.key.length)[0];
    const chosen = fullest && fullest.key.length > trusted.key.length ? fullest : trusted;
    return (shortNameOwnWordsUse(eligible, chosen) ?? chosen).name;
  }
  const heaviest = (eligible.length > 0 ? eligible : entries).sort(
    (a, b) =>
      Number(b.written) - Number(a.written) || b.weight - a.weight || b.key.length - a.key.length,
  )[0];
  // "Tollbridge" in the subject, "a debrief with Tollbridge Foods" in a sentence: the fuller one.
  const fuller =
    heaviest &&
    eligible
      .filter(
        (e) => e.fullForm && e.key.length > heaviest.key.length && e.key.startsWith(heaviest.key),
      )
      .sort((a, b) => b.weight - a.weight)[0];
  return fuller?.name ?? heaviest?.name ?? best.name;
}
