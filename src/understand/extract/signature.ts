import { isRobotAddress } from "../robot-address.ts";
import { companyFromDomain } from "./company-from-domain.ts";
import { companiesAgree, hasLegalSuffix, validCompany } from "./company-name.ts";
import { EMAIL_IN_TEXT } from "./email-in-text.ts";
import { hasRoleWord, hasTitleWord } from "./job-titles.ts";
import { addressFitsName, cleanName, isPersonName, isTeamPhrase, namesMatch } from "./names.ts";
import { orgFromTeamPhrase } from "./org-phrases.ts";
import { isFooterLine } from "./people-context.ts";
import { endsWithKnownSurname, isEvidencedPerson } from "./person-evidence.ts";
import { isPlace } from "./places.ts";
import type { SenderInfo } from "./sender.ts";
import { isShortFormOf } from "./short-forms.ts";
import { findSignatureBlock, splitSignatureLine } from "./signature-block.ts";
import { fold, words } from "./text.ts";

/** What the signature block says about its writer and their employer. */
export interface Signature {
  name: string | null;
  title: string | null;
  /** The company on its own line of the signature ("Northwind Robotics"). */
  company: string | null;
  /** A company after the title on the same line ("Recruiter, BluePeak"): could be a department. */
  lineCompany: string | null;
  /** Further lines that read as an organisation, after the first ("Federal Water Resources Administration"). */
  otherCompanies: string[];
  email: string | null;
  /** "The Northwind Robotics Team": a company, no person. */
  teamCompany: string | null;
  /** The newest message above the signature: the prose. */
  prose: string;
  /** The name is known a person's by the block's shape alone (a title line under it). */
  nameVouched?: boolean;
}

const PHONE_LIKE = /(?:\d[\s()./-]*){6,}/;
const URL_LIKE = /https?:\/\/|www\.|^[\w.-]+\.[a-z]{2,6}(?:\/\S*)?$/i;
/** "Hafenstraße 12, 20457 Hamburg", "12 rue des Tanneurs", "Brauhausplatz 3 · 83022 Rosenheim". */
const STREET_LIKE = /\s\d{1,5}[a-zA-Z]?\s*(?:[,·|]|$)|^\d/;

/** Last words that make a signature line an organisation even when it has a title word in it. */
const ORG_FORM_WORDS = words(
  "administration|authority|agency|bureau|command|commission|council|ministry|center|centre|" +
    "association|society|trust|utilities|utility|cooperative|cooperativa|federation|county|" +
    "municipality|gemeente|stichting|fundacion|fundacao|fondazione|university|universitat|" +
    "universidad|universite|universita|hospital|bank|insurance|group|gruppe|groupe|grupo|gruppo",
);

/** US, Brazilian, Canadian and Australian state codes, as a signature's town line ends. */
const STATE_CODES: ReadonlySet<string> = new Set(
  (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|" +
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|AC|AP|AM|BA|CE|DF|ES|GO|MG|" +
    "PB|PE|PI|RJ|RN|RS|RO|RR|SP|SE|TO|AB|BC|MB|NB|NL|NS|NT|NU|ON|QC|SK|YT|NSW|VIC|QLD|WA|SA|TAS|ACT"
  ).split("|"),
);

/** Letters after a name in a signature ("Maya Ortiz, PhD"): never a company. */
const DEGREES = words(
  "phd|mba|msc|bsc|ma|ba|meng|beng|md|jd|cpa|acca|cfa|pmp|sphr|phr|shrmcp|shrmscp|cipd|" +
    "dipl-ing|diplkfm|mag|ing|lic|dr|prof|esq|jr|sr|ii|iii",
);

/** Finds the sign-off block at the end of the newest message and reads name, title and company. */
export function parseSignature(newest: string, sender: SenderInfo): Signature {
  const lines = newest.split("\n").map((l) => l.trim());
  const sig: Signature = {
    name: null,
    title: null,
    company: null,
    lineCompany: null,
    otherCompanies: [],
    email: null,
    teamCompany: null,
    prose: newest,
  };
  const block = findSignatureBlock(lines);
  if (block === null) return sig;
  sig.prose = lines.slice(0, block.start).join("\n");
  if (block.inlineName) readSignaturePart(block.inlineName, sig, sender, false);
  let afterTeamLine = false;
  for (const line of block.lines) {
    // "Resourcing Team" then "Penny Lane Bakeries": under a team's sign-off, a name-shaped line
    // that closes with no known surname is the firm the team works for.
    const underTeam = afterTeamLine;
    afterTeamLine = line !== "" && line.length <= 60 && isTeamPhrase(line) && !/\d|@/.test(line);
    const unnamed = sig.name === null;
    // "Geschäftsführer: Dr. Tobias Lenz, Katrin Ahlers", "© 2026 …": the imprint names no writer.
    // « L'exigence au service de nos clients » — Bertrand …: a motto and whoever said it.
    if (isFooterLine(line) || /^["«“„‘']/.test(line)) continue;
    if (sig.name === null && sig.teamCompany === null) {
      // "Daan en het recruitmentteam van Zuiderlicht", "Ahmad, on behalf of the hiring team",
      // "Maja from the People team": a first name before the team is the writer. A particle
      // that also opens surnames opens a team only when a team word follows it ("Jess van het
      // recruitmentteam"; "Jan van der Berg" is a name).
      const lead = LEAD_NAME_BEFORE_TEAM.exec(line);
      if (lead?.[1] && lead[2] && TEAM_REST.test(lead[2]) && isEvidencedPerson(lead[1], null)) {
        sig.name = cleanName(lead[1]);
        sig.teamCompany = orgFromTeamLine(lead[2]);
        continue;
      }
      const team = orgFromTeamLine(line);
      // "Hannah Cole | Lattice People": the writer's own From name before a firm whose name
      // ends like a team's is the writer, not the firm.
      if (team && !isWriter(team, sender)) {
        sig.teamCompany = team;
        continue;
      }
    }
    const parts = splitSignatureLine(line);
    const teams = teamsAfterTitles(line, sender);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i] ?? "";
      if (teams.has(part)) continue;
      // "Plano, TX 75024", "Valencia", "Denver Federal Center, Bldg 67": the office, not the employer.
      if (isPlace(part, parts[i + 1])) continue;
      // "Dalton House, Warrington WA1 1RE", "Grafton Tower, Leeds": a building before its town.
      if (isBuildingBeforeTown(part, parts[i + 1])) {
        i++;
        continue;
      }
      // "Cambridge MA", "Austin TX 78701": a town and its state's code, in one piece.
      if (endsWithStateCode(part)) continue;
      // "Bento Gonçalves – RS", "Moncton, NB": a town before its state's code, not a name.
      if (STATE_CODES.has(parts[i + 1] ?? "") && !STATE_CODES.has(part)) {
        i++;
        continue;
      }
      readSignaturePart(part, sig, sender, i > 0);
    }
    if (unnamed && underTeam && sig.name !== null && !endsWithKnownSurname(sig.name)) {
      sig.teamCompany ??= sig.name;
      sig.name = null;
    }
  }
  // Nobody found by the lexicon: the block's shape may still say who signs.
  const shaped = sig.name === null && !block.inlineName ? nameOverTitle(block.lines, sender) : null;
  if (shaped !== null) {
    sig.name = shaped;
    sig.nameVouched = !isEvidencedPerson(shaped, null);
    if (sig.company !== null && companiesAgree(sig.company, shaped))
      sig.company = sig.otherCompanies.shift() ?? null;
  }
  return sig;
}

/**
 * "Oriel Castellane" then "Recruiter" under the sign-off: a name the lexicon does not know is
 * still the writer when it opens the block and a person's title is the next line ("Talent
 * Acquisition" names a team, so "Verdant Grid" above it stays the firm). A given-name list is
 * never complete; the block's shape is the evidence.
 */
function nameOverTitle(lines: readonly string[], sender: SenderInfo): string | null {
  const filled = lines.filter((l) => l !== "");
  const first = filled[0];
  const next = filled[1];
  if (first === undefined || next === undefined || first.length > 40 || next.length > 60)
    return null;
  const name = cleanName(first);
  const words = name.split(" ");
  if (words.length < 2 || words.length > 3 || !isPersonName(name)) return null;
  if (/[\d@|,]/.test(first) || hasLegalSuffix(name) || hasTitleWord(name) || isTeamPhrase(name))
    return null;
  if (ORG_FORM_WORDS.has(fold(words[words.length - 1] ?? ""))) return null;
  if (!namesAPersonsJob(next)) return null;
  // A relay's display name that the block signs is a second piece of evidence, not the firm.
  const firms = [sender.robot ? null : sender.org, companyFromDomain(sender.domain)];
  if (firms.some((f) => f != null && companiesAgree(f, name))) return null;
  return name;
}

/**
 * The word for the one doing a job, as titles end in English and German ("Senior Recruiter",
 * "Personalreferentin") or open in the Romance languages ("Chargée de recrutement",
 * "Responsabile HR"): "Talent Acquisition", "People Operations" and "Recruiting Team" name a
 * team, not a person.
 */
const PERSON_HEAD =
  /^(?:\p{L}+(?:er|or|ist|erin|orin|istin|entin|antin|eur|euse|rice|dor|dora|tore|tora|ista|ente|ante)|manager|partner|lead|head|chief|officer|responsable|responsabile|chargée?|técnic[oa]|vp|svp|evp|cto|ceo|coo|cfo|cpo|chro)$/iu;

/** Whether a signature line under a name is a person's title: its head word names a doer. */
function namesAPersonsJob(line: string): boolean {
  const segment = (line.split(/\s*[|·•,]\s*|\s+[–—-]\s+/)[0] ?? "").trim();
  const words = segment.split(/\s+/);
  if (words.length > 6 || !hasTitleWord(segment)) return false;
  return PERSON_HEAD.test(words[0] ?? "") || PERSON_HEAD.test(words[words.length - 1] ?? "");
}

/** Whether a name is the writer's own: a person's full name in a personal From. */
function isWriter(name: string, sender: SenderInfo): boolean {
  const person = sender.person;
  return (
    person !== null &&
    !sender.robot &&
    person.includes(" ") &&
    isPersonName(person) &&
    namesMatch(name, person)
  );
}

/** Last words that make a piece of an address a building ("Dalton House", "Kingsway Court"). */
const BUILDING_WORDS = words(
  "house|tower|towers|court|building|centre|center|chambers|wharf|quay|mill|works|yard|" +
    "exchange|point|plaza|square|gate|row|terrace|mews|campus|haus|huis|torre|edificio|palazzo",
);

/**
 * Whether a piece of a signature line is the building of an address: a postcode follows it on
 * the line (a person does not sign with one), or a town follows a building word.
 */
function isBuildingBeforeTown(part: string, next: string | undefined): boolean {
  if (next === undefined || !(isPlace(next) || endsWithStateCode(next))) return false;
  if (/\d/.test(next)) return true;
  return BUILDING_WORDS.has(fold(part.trim().split(/\s+/).pop() ?? ""));
}

/** "Cambridge MA", "Austin TX 78701": words, then a state's code and perhaps its zip code. */
function endsWithStateCode(part: string): boolean {
  const words = part
    .trim()
    .replace(/\s+\d{5}(?:-\d{4})?$/, "")
    .split(/\s+/);
  return words.length > 1 && STATE_CODES.has(words[words.length - 1] ?? "");
}

/** One to three name words, then a bracketed phrase: "Jess (Recruiting Coordinator)". */
const NAME_THEN_BRACKETED_TITLE =
  /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}) \(([^()]{2,60})\)$/u;

/** Reads one piece of a signature line into the signature (name, title, company or email). */
function readSignaturePart(
  rawPart: string,
  sig: Signature,
  sender: SenderInfo,
  afterOnLine: boolean,
): void {
  const part = rawPart
    .replace(/^(?:e-?mail|mail|e|t|tel|phone|m|mobile|p|fon|tél)\s*[:.]\s*/i, "")
    .trim();
  const emails = part.match(EMAIL_IN_TEXT);
  if (emails) {
    const first = emails[0]?.toLowerCase() ?? null;
    if (sig.email === null && first !== null && !isRobotAddress(first)) sig.email = first;
    return;
  }
  if (PHONE_LIKE.test(part) || URL_LIKE.test(part)) return;
  const text = cleanName(part);
  if (text === "" || DEGREES.has(fold(text).replace(/[.\s]/g, ""))) return;
  // "Jess (Recruiting Coordinator)": a name, then its title in brackets.
  const bracketed = NAME_THEN_BRACKETED_TITLE.exec(text);
  if (sig.name === null && bracketed?.[1] && bracketed[2] && hasTitleWord(bracketed[2])) {
    readSignaturePart(bracketed[1], sig, sender, afterOnLine);
    if (sig.name !== null) {
      sig.title ??= bracketed[2];
      return;
    }
  }
  // "U. Pfeiffer": an initial and a surname is the writer (named by the headers), never the company.
  if (/^\p{Lu}\.\s?\p{Lu}[\p{L}'’-]+$/u.test(text)) return;
  // Names: the first name-like piece, or a fuller form of it ("Kwame" then "Kwame Mensah").
  // "Mercer Valley Utilities" parses as a name but has no given name: it is the company.
  const evidenced = isEvidencedPerson(text, sender.robot ? null : sender.address);
  if ((isPersonName(text) || isPersonName(text, true)) && (evidenced || sig.name !== null)) {
    if (sig.name === null && (isPersonName(text) || fitsSender(text, sender))) {
      sig.name = text;
      return;
    }
    if (sig.name !== null && namesMatch(sig.name, text)) {
      if (text.split(" ").length > sig.name.split(" ").length) sig.name = text;
      return;
    }
    // "Robbie" then "Robert Ashcombe-Lyle", "Kit" then "Min-jun (Kit) Seo": the sign-off's
    // short form, then the writer's full name.
    if (sig.name !== null && signsOffShort(sig.name, part, text, sender)) {
      sig.name = text;
      return;
    }
    // A lone word before any name ("Jordan") is nobody; a second name-like line after the
    // name ("Ardent Ledger", "Maplecrest Academy") is the company.
    if (sig.name === null) return;
  }
  // "Engineering Manager at Northwind Robotics", "Recruiter @ Bluepeak", "CTO de Pixelune"
  const at = /^(.+?)\s+(?:at|@|bei|chez|bij|presso)\s+(\p{Lu}.+)$/u.exec(text);
  if (at?.[1] && at[2] && hasTitleWord(at[1]) && !hasTitleWord(at[2])) {
    sig.title ??= at[1];
    sig.company ??= validCompany(at[2]);
    return;
  }
  // "Federal Water Resources Administration", "Kessler Logistik GmbH": an organisation's form.
  if (
    hasLegalSuffix(text) ||
    (ORG_FORM_WORDS.has(fold(text.split(" ").pop() ?? "")) && !hasRoleWord(text))
  ) {
    addCompany(sig, validCompany(text, false), false);
    return;
  }
  // "HunterHouse Selección", "Kite Talent" after the title: an agency's name, not a second title.
  if (hasTitleWord(text) && (sig.title === null || hasRoleWord(text) || !/^\p{Lu}/u.test(text))) {
    sig.title ??= text;
    return;
  }
  if (STREET_LIKE.test(text) || /^\d/.test(text)) return;
  if (/^[\p{Lu}\d]/u.test(text) && text.split(" ").length <= 6) {
    addCompany(sig, validCompany(text, afterOnLine), afterOnLine);
  }
}

/** The first organisation line is the company; later ones are kept as weaker candidates. */
function addCompany(sig: Signature, name: string | null, afterOnLine: boolean): void {
  if (name === null) return;
  if (afterOnLine && sig.lineCompany === null) sig.lineCompany = name;
  else if (!afterOnLine && sig.company === null) sig.company = name;
  else if (sig.otherCompanies.length < 3) sig.otherCompanies.push(name);
}

/** A name, then "and the team" or "on behalf of the team", in the languages Rebound reads. */
const LEAD_NAME_BEFORE_TEAM =
  /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s*(?:,?\s+(?:and|&|en|und|et|y|e)\s+|,\s*(?:on behalf of|for|im namen|im auftrag|au nom de|pour|en nombre de|de parte de|per conto di|a nome di|namens|em nome de)\s+|,?\s+(?:from|vom|aus|uit)\s+|,?\s+(?:von|van|de|du|del|della|da|do)\s+(?=(?:(?:the|dem|der|den|het|la|le|el|il|lo|o|a)\s+|l['’])?\S*(?:team|équipe|equipo|equipe|squadra|recruit|recrut|talent|personal|people)))(.{3,80})$/iu;

/** What follows the name there: a team, whatever it is called ("recruitmentteam", "équipe RH"). */
const TEAM_REST =
  /team|équipe|equipo|equipe|squadra|recruit|recrut|reclut|talent|hiring|personal|people|\b(?:hr|rh|rrhh)\b/i;

/** "Title, Team": a comma piece after a title within one segment of a signature line. */
const TITLE_COMMA_TEAM = /^([^,]+),\s*([^,]+?)\s*$/u;

/**
 * "Engineering Manager, Data | Quillfeather", "Holly Jensen | Engineering Manager, Payments |
 * Lantern Bank", "Senior Consultant, Technology" -> "Data", "Payments", "Technology": the
 * writer's team or practice, not the employer.
 */
function teamsAfterTitles(line: string, sender: SenderInfo): Set<string> {
  const teams = new Set<string>();
  const segments = line.split(/\s*[|·•∙]\s*|\s+[–—-]\s+/);
  const domainCompany = companyFromDomain(sender.domain);
  for (let i = 0; i < segments.length; i++) {
    const m = TITLE_COMMA_TEAM.exec(segments[i]?.trim() ?? "");
    if (!m?.[1] || !m[2] || !hasTitleWord(m[1]) || hasLegalSuffix(m[2])) continue;
    // "Recruiter, BluePeak" from bluepeak.io, "Talent Acquisition, Marlow & Finch": the line
    // closes with the employer itself; a lone word there is a team ("Consultant, Technology").
    const last = i === segments.length - 1;
    if (last && domainCompany !== null && companiesAgree(m[2], domainCompany)) continue;
    if (last && !isTeamPhrase(m[2]) && (domainCompany === null || m[2].trim().includes(" ")))
      continue;
    teams.add(m[2].trim());
  }
  return teams;
}

/**
 * Whether a full name under a lone sign-off name is the same writer's: it holds the short
 * name in brackets or quotes ("Min-jun (Kit) Seo"), the short name is a short or pet form
 * of its given name ("Paco", "Francisco Ruiz"), or the sender's display name or address has
 * its surname ("Robbie Ashcombe-Lyle" in the From, "Robert Ashcombe-Lyle" under "Robbie").
 */
function signsOffShort(short: string, raw: string, full: string, sender: SenderInfo): boolean {
  if (short.includes(" ") || !full.includes(" ") || !isEvidencedPerson(full, null)) return false;
  const folded = fold(short);
  if (
    fold(raw)
      .split(/[\s"“”'‘’()[\]]+/)
      .some((w) => w === folded)
  )
    return true;
  if (isShortFormOf(short, full.split(" ")[0] ?? "")) return true;
  const surname = fold(full.split(" ").pop() ?? "");
  if (sender.person !== null && fold(sender.person.split(" ").pop() ?? "") === surname) return true;
  return sender.address !== null && !sender.robot && addressFitsName(sender.address, surname);
}

/** A lone first name in a signature belongs to the sender when the sender's name or address has it. */
function fitsSender(firstName: string, sender: SenderInfo): boolean {
  if (sender.person) return namesMatch(firstName, sender.person);
  if (sender.address && !sender.robot) return addressFitsName(sender.address, firstName);
  return !sender.self;
}

/** "Das Recruiting-Team der Kessler Logistik GmbH", "The Bluepeak Team" -> the company. */
function orgFromTeamLine(line: string): string | null {
  if (line.length > 80 || !isTeamPhrase(line)) return null;
  return orgFromTeamPhrase(line);
}
