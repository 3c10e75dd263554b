import type { Category, ContactKind, ExtractedContact } from "../../schemas/understanding.ts";
import type { ForwardedOriginal, Mailbox } from "../inbound/parsed-email.ts";
import { companyKey } from "./company-key.ts";
import { isAtsDomain, isRobotAddress } from "./robot-address.ts";
import type { SelfIdentity } from "./understand-email.ts";

export interface ExtractInput {
  original: ForwardedOriginal;
  /** The original's newest message only, signature kept. */
  newest: string;
  /** What the job seeker wrote above the forward ("" when nothing). */
  note: string;
  category: Category;
  self: SelfIdentity;
}

export interface ExtractedDetails {
  company: string | null;
  role: string | null;
  contacts: ExtractedContact[];
}

/** Rejections are short; past this the text is footers and quoted history. Bounds CPU per message. */
const MAX_TEXT_CHARS = 8192;
/** A note is a line or two; a long one is usually a pasted thread. */
const MAX_NOTE_CHARS = 2048;
/** Signatures sit at the end of the newest message; nothing after this many lines is one. */
const MAX_SIGNATURE_LINES = 8;
/** What we keep of the user's words about one person. */
const MAX_PERSON_NOTE_CHARS = 200;

/** Extracts the employer, the role and the people worth remembering from one message. */
export function extractDetails(input: ExtractInput): ExtractedDetails {
  const newest = unwrapHardLines(clip(input.newest, MAX_TEXT_CHARS));
  const body = unwrapHardLines(clip(input.original.body, MAX_TEXT_CHARS));
  const note = clip(input.note, MAX_NOTE_CHARS);
  const subject = stripSubjectPrefixes(input.original.subject);
  const self = selfMatcher(input.self);
  const sender = describeSender(input.original.from, self);
  const signature = parseSignature(newest, sender);
  const company = chooseCompany({
    newest,
    body,
    subject,
    sender,
    signature,
    original: input.original,
  });
  const role = findRole(newest, subject, body, company);
  const contacts = collectContacts({ input, newest, note, sender, signature, company, role, self });
  return { company, role, contacts };
}

// ---------------------------------------------------------------------------------------------
// Text helpers

function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** Case- and accent-insensitive form for comparing names and words. */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
}

/** Rejoins paragraphs that a mail client hard-wrapped, so a name or title is not cut in two. */
function unwrapHardLines(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    if (
      previous !== undefined &&
      previous.length >= 60 &&
      !/[.!?:;]\s*$/.test(previous) &&
      /^\s*[\p{Ll}\d(]/u.test(line)
    ) {
      out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
    } else {
      out.push(line);
    }
  }
  return out.join("\n");
}

const SUBJECT_PREFIX =
  /^\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw|réf|ref|fw|enc|r)\s*(?:\[\d+\])?\s*:\s*/i;

function stripSubjectPrefixes(subject: string): string {
  let s = subject.trim();
  for (let i = 0; i < 5 && SUBJECT_PREFIX.test(s); i++) s = s.replace(SUBJECT_PREFIX, "");
  return s;
}

/** Makes an ASCII-lowercase pattern also match its capitalised form, without the `i` flag
 * (under `iu`, \p{Lu} would match lowercase letters too). */
function caseless(pattern: string): string {
  return pattern.replace(/(^|[^\\a-z])([a-z])/g, (_, before: string, letter: string) =>
    before.endsWith("[") ? `${before}${letter}` : `${before}[${letter}${letter.toUpperCase()}]`,
  );
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Products that carry the employer's mail; never the employer. */
const PLATFORM_NAMES = new Set(
  [
    "greenhouse",
    "lever",
    "workday",
    "ashby",
    "smartrecruiters",
    "smart recruiters",
    "icims",
    "teamtailor",
    "personio",
    "recruitee",
    "workable",
    "bamboohr",
    "bamboo hr",
    "jazzhr",
    "jazz hr",
    "jobvite",
    "successfactors",
    "sap successfactors",
    "taleo",
    "oracle taleo",
    "linkedin",
    "indeed",
    "glassdoor",
    "stepstone",
    "xing",
    "gmail",
    "google",
    "outlook",
    "microsoft outlook",
    "hotmail",
    "yahoo",
    "yahoo mail",
    "icloud",
    "apple mail",
    "breezy",
    "breezy hr",
    "pinpoint",
    "comeet",
    "softgarden",
    "join",
    "sendgrid",
    "mailchimp",
    "rippling",
    "gem",
    "welcome to the jungle",
    "hellowork",
    "factorial",
    "infojobs",
  ].map((n) => n.replace(/\s+/g, "")),
);

/** Personal-mail domains: the sender's domain says nothing about the employer. */
const WEBMAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "hotmail.co.uk",
  "hotmail.fr",
  "hotmail.de",
  "hotmail.es",
  "live.com",
  "live.fr",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "yahoo.fr",
  "yahoo.de",
  "yahoo.es",
  "ymail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "proton.me",
  "protonmail.com",
  "pm.me",
  "gmx.de",
  "gmx.net",
  "gmx.com",
  "gmx.at",
  "gmx.ch",
  "web.de",
  "t-online.de",
  "freenet.de",
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "laposte.net",
  "sfr.fr",
  "yandex.com",
  "yandex.ru",
  "mail.ru",
  "zoho.com",
  "fastmail.com",
  "hey.com",
  "qq.com",
  "163.com",
  "libero.it",
  "telefonica.net",
  "tutanota.com",
  "posteo.de",
  "mailbox.org",
]);

/** Labels that are never the employer's name in a domain. */
const DOMAIN_NOISE_LABELS = new Set([
  "www",
  "mail",
  "email",
  "e",
  "m",
  "mg",
  "em",
  "send",
  "smtp",
  "mx",
  "news",
  "info",
  "jobs",
  "careers",
  "career",
  "hr",
  "talent",
  "recruiting",
  "apply",
  "hire",
  "example",
  "test",
  "invalid",
  "localhost",
  "co",
  "com",
  "org",
  "net",
  "ac",
  "gov",
  "edu",
]);

/** Words that mark a mailbox or signature line as a team rather than a person. */
const TEAM_WORDS =
  "team|teams|recruiting|recruitment|talent|acquisition|hiring|careers|career|jobs|hr|people|culture|personal|personalabteilung|karriere|recrutement|rh|rrhh|talento|selección|seleccion|reclutamiento|équipe|equipe|equipo|crew|group hr|human resources|ressources humaines|recursos humanos|notifications|no-reply|noreply";

const TEAM_WORD_SET = new Set(TEAM_WORDS.split("|"));

/** Words that appear in organisation names and never in a person's. */
const ORG_WORDS = new Set(
  (
    "inc|llc|ltd|limited|plc|corp|corporation|company|gmbh|ag|kg|se|sa|sas|sarl|sl|bv|nv|srl|spa|oy|ab|" +
    "group|gruppe|groupe|grupo|holding|holdings|labs|lab|systems|system|software|technologies|technology|tech|" +
    "solutions|services|consulting|partners|ventures|capital|bank|insurance|health|healthcare|bio|robotics|" +
    "analytics|logistics|logistik|audio|media|digital|studio|studios|works|industries|international|global|" +
    "networks|network|data|cloud|ai|energy|foods|pharma|therapeutics|medical|motors|airlines|games|" +
    "university|institute|foundation|agency|bureau|atelier|maison|compañía|compania|sociedad|" +
    "the|and|of|via|from|at|by|for|with|und|von|bei|der|die|das|de|du|des|chez|en|del|y|la|le|" +
    "notification|notifications|support|info|admin|system|mailer|daemon|postmaster|reply|noreply|donotreply|" +
    "manager|recruiter|engineer|director|head|lead|coordinator|specialist|partner|officer|founder|" +
    "ceo|cto|coo|cfo|cpo|vp|president|chief|assistant|associate|consultant|advisor|intern|" +
    "hello|hi|hey|dear|thanks|thank|best|regards|cheers|sincerely|dear|hallo|liebe|lieber|bonjour|hola|" +
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|" +
    "july|august|september|october|november|december"
  )
    .split("|")
    .concat([...TEAM_WORD_SET]),
);

/** Lowercase particles inside a person's name ("Ludwig van Beethoven", "José de la Cruz"). */
const NAME_PARTICLES = new Set([
  "van",
  "von",
  "de",
  "del",
  "della",
  "der",
  "den",
  "di",
  "da",
  "dos",
  "das",
  "du",
  "la",
  "le",
  "ten",
  "ter",
  "y",
  "bin",
  "al",
  "zu",
]);

const HONORIFIC =
  /^(?:dr|prof|mr|mrs|ms|mx|miss|herr|frau|m|mme|mlle|sr|sra|srta|dra|don|doña)\.?\s+/i;

/** One capitalised name word: "Maya", "O'Brien", "Jean-Luc", "McKenzie", "Łukasz", "Zoë". */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
const HAS_LOWER = /\p{Ll}/u;

/** Job-title vocabulary (English, German, French, Spanish). */
const TITLE_WORDS =
  /\b(?:manager|managerin|recruiter|recruiterin|recruiting|recruitment|talent|acquisition|engineer|engineering|developer|director|head|lead|partner|specialist|coordinator|officer|founder|co-founder|cofounder|ceo|cto|coo|cfo|cpo|cio|ciso|vp|svp|evp|vice president|president|chief|principal|staff|senior|sr|junior|designer|scientist|analyst|consultant|associate|assistant|executive|hr|human resources|people|culture|operations|sourcer|sourcing|generalist|advisor|adviser|owner|architect|intern|teamlead|product|marketing|sales|finance|legal|counsel|researcher|administrator|representative|business partner|leiter|leiterin|leitung|referent|referentin|personal\w*|geschäftsführer\w*|gesch[aä]ftsf[uü]hrung|entwickler\w*|berater\w*|sachbearbeiter\w*|teamleiter\w*|abteilungsleiter\w*|chargée?|responsable|directeur|directrice|ingénieur\w*|ingenieur\w*|développeu\w+|chef|gérant\w*|gerente|jef[ae]|directora?|reclutador\w*|técnic[oa]|tecnic[oa]|selección|rrhh|rh|talento|recursos humanos|ressources humaines|recrutement|recrutamento|desarrollador\w*|analista|coordinador\w*|coordinat\w+|especialista|consultor\w*|fundador\w*|fondat\w+|gründer\w*|cofondat\w+|asistente|assistante?)\b/i;

/** A title that makes someone the recruiter (checked before HIRING_MANAGER_TITLE). */
const RECRUITER_TITLE =
  /recruit|talent|sourc|\bpeople\b|human resources|\bhr\b|personal|coordinat|koordinat|\brh\b|rrhh|ressources humaines|recursos humanos|selecci[oó]n|recrutement|recrutamento|reclut|headhunt|staffing|culture/i;

/** A title that makes someone the hiring manager. */
const HIRING_MANAGER_TITLE =
  /manager|managerin|\bhead\b|\blead\b|director|directeur|directrice|directora|\bvp\b|\bsvp\b|\bevp\b|vice president|president|chief|\bcto\b|\bceo\b|\bcoo\b|\bcpo\b|\bcfo\b|\bcio\b|\bciso\b|founder|fondat|gründer|fundador|\bowner\b|leiter|leitung|geschäftsführ|gesch[aä]ftsf[uü]hr|responsable|gerente|\bjef[ae]\b|supervisor|teamlead|team lead|\bchef\b/i;

/** Words that make a phrase a job title rather than a company ("Senior Backend Engineer"). */
const ROLE_WORDS =
  /\b(?:engineer|engineering|developer|manager|designer|analyst|scientist|specialist|consultant|architect|lead|director|head|intern|internship|associate|coordinator|administrator|officer|assistant|representative|executive|researcher|accountant|controller|writer|editor|recruiter|sre|devops|qa|tester|programmer|technician|nurse|teacher|product owner|owner|strategist|marketer|counsel|entwickler\w*|ingenieur\w*|berater\w*|leiter\w*|referent\w*|sachbearbeiter\w*|werkstudent\w*|praktikant\w*|manager\w*|produktmanager\w*|softwareentwickler\w*|développeu\w+|ingénieur\w*|chef|chargée?|responsable|stagiaire|alternan\w*|consultante?|desarrollador\w*|ingenier[oa]|analista|jef[ae]|técnic[oa]|gerente|diseñador\w*|programador\w*|especialista|coordinador\w*|(?:m\/w\/d|w\/m\/d|m\/f\/d|f\/m\/x|h\/f|f\/h))\b/i;

// ---------------------------------------------------------------------------------------------
// Self

interface SelfMatcher {
  isSelfAddress(address: string | null): boolean;
  isSelfName(name: string | null): boolean;
}

function selfMatcher(self: SelfIdentity): SelfMatcher {
  const addresses = new Set(self.addresses.map((a) => a.trim().toLowerCase()));
  const names = new Set<string>();
  const firstNames = new Set<string>();
  for (const name of self.names) {
    const folded = fold(name).replace(/\s+/g, " ");
    if (folded === "") continue;
    names.add(folded);
    const first = folded.split(" ")[0];
    if (first) firstNames.add(first);
  }
  return {
    isSelfAddress: (address) => address !== null && addresses.has(address.trim().toLowerCase()),
    isSelfName: (name) => {
      if (name === null) return false;
      const folded = fold(name).replace(/\s+/g, " ");
      return names.has(folded) || (!folded.includes(" ") && firstNames.has(folded));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Names

/** Removes honorifics, quotes and stray punctuation around a name. */
function cleanName(raw: string): string {
  let name = raw
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, "")
    .replace(/^[\s"'“”‘’«»<([*_~-]+|[\s"'“”‘’«»>)\]*_~,;:.-]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  for (let i = 0; i < 2 && HONORIFIC.test(name); i++) name = name.replace(HONORIFIC, "");
  return name;
}

/** Whether a cleaned phrase reads as a person's name: two to four capitalised words. */
function isPersonName(name: string, allowSingle = false): boolean {
  const words = name.split(" ");
  if (words.length > 4 || name.length > 60) return false;
  if (words.length === 1 && !allowSingle) return false;
  let nameWords = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const folded = fold(word);
    if (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(word)) continue;
    if (/^\p{Lu}\.$/u.test(word) && i > 0 && i < words.length - 1) continue; // middle initial
    if (!NAME_WORD.test(word) || !HAS_LOWER.test(word)) return false;
    if (ORG_WORDS.has(folded) || NOT_A_NAME.has(folded)) return false;
    if (TITLE_WORDS.test(word)) return false;
    nameWords++;
  }
  return nameWords >= (allowSingle ? 1 : 2);
}

/** A person's name guessed from "first.last@" when nothing better exists; null when unclear. */
function nameFromAddress(address: string): string | null {
  const local = address.split("@")[0] ?? "";
  const parts = local.replace(/\+.*$/, "").split(/[._-]/);
  if (parts.length < 2 || parts.length > 3) return null;
  if (!parts.every((p) => /^[a-z]{2,}$/.test(p))) return null;
  const name = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(" ");
  return isPersonName(name) ? name : null;
}

/** Same person: identical names, or a lone first name against a full one. */
function namesMatch(a: string, b: string): boolean {
  const fa = fold(a).split(/\s+/);
  const fb = fold(b).split(/\s+/);
  if (fa.join(" ") === fb.join(" ")) return true;
  const [shorter, longer] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  if (shorter.length === 1) return shorter[0] === longer[0];
  // "Maya Ortiz" against "Maya J. Ortiz" or "Maya Ortiz-Lee"
  return (
    shorter[0] === longer[0] &&
    (shorter[shorter.length - 1] === longer[longer.length - 1] ||
      (longer[longer.length - 1] ?? "").startsWith(`${shorter[shorter.length - 1]}-`))
  );
}

/** Whether an address plausibly belongs to a name ("mortiz@" or "maya.ortiz@" for Maya Ortiz). */
function addressFitsName(address: string, name: string): boolean {
  const local = fold(address.split("@")[0] ?? "").replace(/[^a-z]/g, "");
  const words = fold(name)
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z]/g, ""))
    .filter((w) => w.length >= 2);
  return words.some((w) => local.includes(w));
}

// ---------------------------------------------------------------------------------------------
// Sender

interface SenderInfo {
  address: string | null;
  robot: boolean;
  self: boolean;
  /** A person's name from the display name ("Maya Ortiz via Greenhouse" -> "Maya Ortiz"). */
  person: string | null;
  /** An organisation from the display name ("Northwind Robotics Recruiting"). */
  org: string | null;
  domain: string | null;
}

function describeSender(from: Mailbox | null, self: SelfMatcher): SenderInfo {
  const address = from?.address ?? null;
  const domain = address?.split("@")[1] ?? null;
  const isSelf = self.isSelfAddress(address) || self.isSelfName(from?.name ?? null);
  const { person, org } = splitDisplayName(from?.name ?? "");
  return {
    address,
    robot: address === null || isRobotAddress(address),
    self: isSelf,
    person: person !== null && self.isSelfName(person) ? null : person,
    org,
    domain,
  };
}

/** Splits a display name into the person and the organisation it mentions, if any. */
function splitDisplayName(raw: string): { person: string | null; org: string | null } {
  let name = cleanName(raw);
  if (name === "" || name.includes("@")) return { person: null, org: null };
  // "Maya Ortiz via Greenhouse", "Northwind (via Lever)"
  name = name.replace(/\s*[([]?\s*\bvia\b.*$/i, "").trim();
  // "Ortiz, Maya"
  const reversed = /^(\p{Lu}[\p{L}\p{M}'’-]+),\s*(\p{Lu}[\p{L}\p{M}'’-]+)$/u.exec(name);
  if (reversed?.[1] && reversed[2] && isPersonName(`${reversed[2]} ${reversed[1]}`)) {
    return { person: `${reversed[2]} ${reversed[1]}`, org: null };
  }
  // "Maya Ortiz (Northwind Robotics)", "Maya Ortiz | Northwind", "Maya from Northwind", "Zoë Brandt von Kranich Software"
  const joined =
    /^(.+?)\s*(?:\((.+)\)|\[(.+)\]|\s[|–—-]\s(.+)|\s(?:from|at|@|von|bei|de|chez|of)\s(.+))$/u.exec(
      name,
    );
  if (joined?.[1]) {
    const left = cleanName(joined[1]);
    const right = cleanName(joined[2] ?? joined[3] ?? joined[4] ?? joined[5] ?? "");
    if (isPersonName(left, true) && !isTeamPhrase(left)) {
      return { person: left, org: orgFromPhrase(right) };
    }
    if (isPersonName(right, false)) return { person: right, org: orgFromPhrase(left) };
  }
  if (isPersonName(name)) return { person: name, org: null };
  return { person: null, org: orgFromPhrase(name) };
}

/** Whether a phrase names a team ("Talent Team", "Hiring Team") rather than anyone. */
function isTeamPhrase(phrase: string): boolean {
  return fold(phrase)
    .split(/[\s-]+/)
    .some((w) => TEAM_WORD_SET.has(w));
}

const TEAM_PREFIX = new RegExp(
  `^(?:the|your|ihr|dein|euer|das|die|l['’]|la|le|el|los)?\\s*(?:(?:${TEAM_WORDS})(?:[\\s-]+|$))+(?:(?:at|@|bei|der|des|von|of|from|chez|du|for)\\s+|de\\s+|d['’]\\s*)(.+)$`,
  "i",
);
const TEAM_SUFFIX = new RegExp(`^(.+?)(?:['’]s)?(?:[\\s-]+(?:${TEAM_WORDS}))+$`, "i");
const LEADING_ARTICLE = /^(?:the|your|ihr|dein|das|die|der|l['’]|el|la|le)\s+/i;

/** "The Northwind Robotics Team", "Recruiting at Bluepeak", "Harborline Talent Acquisition" -> the company. */
function orgFromTeamPhrase(raw: string): string | null {
  const phrase = cleanName(raw);
  if (phrase === "" || phrase.length > 100) return null;
  const found = TEAM_PREFIX.exec(phrase)?.[1] ?? TEAM_SUFFIX.exec(phrase)?.[1];
  if (!found) return null;
  const org = found.replace(LEADING_ARTICLE, "").trim();
  if (org === "" || isTeamPhrase(org) || TITLE_WORDS.test(org)) return null;
  return validCompany(org);
}

/** The organisation a display name stands for ("Northwind Robotics", "Bluepeak Careers"). */
function orgFromPhrase(raw: string): string | null {
  const team = orgFromTeamPhrase(raw);
  if (team) return team;
  const phrase = cleanName(raw).replace(LEADING_ARTICLE, "");
  if (phrase === "" || isTeamPhrase(phrase) || TITLE_WORDS.test(phrase)) return null;
  return validCompany(phrase);
}

// ---------------------------------------------------------------------------------------------
// Signature

interface Signature {
  name: string | null;
  title: string | null;
  company: string | null;
  email: string | null;
  /** "The Northwind Robotics Team": a company, no person. */
  teamCompany: string | null;
}

const SIGN_OFF = new RegExp(
  `^(?:${[
    "(?:with |many |kind(?:est)? |warm(?:est)? |best |sincere |warm and best )?(?:regards|wishes)",
    "best",
    "all the best",
    "all best",
    "best of luck",
    "good luck",
    "thanks",
    "thank you",
    "many thanks",
    "thanks again",
    "thanks so much",
    "thank you again",
    "cheers",
    "sincerely",
    "yours(?: sincerely| truly| faithfully)?",
    "sincerely yours",
    "warmly",
    "respectfully",
    "take care",
    "talk soon",
    "speak soon",
    "mit (?:den )?(?:besten|freundlichen|herzlichen|lieben|vielen|sonnigen) grü(?:ß|ss)en",
    "(?:freundliche|viele|beste|liebe|herzliche|schöne|sonnige) grü(?:ß|ss)e",
    "grü(?:ß|ss)e",
    "gru(?:ß|ss)",
    "lg",
    "vg",
    "mfg",
    "(?:bien |très |tres )?cordialement",
    "bien à vous",
    "bien a vous",
    "(?:meilleures |sincères |sinceres )?salutations(?: distinguées| distinguees)?",
    "(?:bien )?amicalement",
    "à bientôt",
    "a bientot",
    "belle journée",
    "(?:un )?saludos?(?: cordiales)?",
    "un saludo(?: cordial)?",
    "cordiales saludos",
    "atentamente",
    "un abrazo",
    "muchas gracias",
    "gracias",
    "merci(?: beaucoup)?",
    "vielen dank",
    "danke",
    "cordiali saluti",
    "distinti saluti",
    "(?:met )?vriendelijke groet(?:en)?",
    "groeten",
    "hälsningar",
    "med vänliga hälsningar",
    "pozdrawiam",
    "z poważaniem",
  ].join("|")})[\\s,.!…—–-]*(.*)$`,
  "i",
);

/** Footer lines that end a signature (platform badges, disclaimers). */
const FOOTER_LINE =
  /^(?:sent (?:via|with|from|using)|powered by|gesendet (?:von|mit|über)|envoyé (?:de|depuis|via)|enviado (?:desde|con)|this (?:e-?mail|message) (?:was|is|and)|please do not reply|do not reply|diese e-mail|ce message|este (?:mensaje|correo)|confidential|disclaimer|unsubscribe|privacy|datenschutz|get outlook|>|on .+wrote:?$|am .+schrieb|le .+a écrit|el .+escribió)/i;

const EMAIL_IN_TEXT = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;

/** Finds the sender's sign-off block at the end of the newest message and reads it. */
function parseSignature(newest: string, sender: SenderInfo): Signature {
  const empty: Signature = {
    name: null,
    title: null,
    company: null,
    email: null,
    teamCompany: null,
  };
  const lines = newest.split("\n").map((l) => l.trim());
  const block = findSignatureBlock(lines);
  if (block === null) return empty;
  const sig: Signature = { ...empty };
  if (block.inlineName) readSignaturePart(block.inlineName, sig, sender, true);
  for (const line of block.lines) {
    if (sig.name === null && sig.teamCompany === null) {
      const team = orgFromTeamLine(line);
      if (team) {
        sig.teamCompany = team;
        continue;
      }
    }
    for (const part of splitSignatureLine(line))
      readSignaturePart(part, sig, sender, sig.name === null);
  }
  return sig;
}

interface SignatureBlock {
  lines: string[];
  /** "Best, Maya": the name on the sign-off line itself. */
  inlineName: string | null;
}

function findSignatureBlock(lines: string[]): SignatureBlock | null {
  const end = lines.length;
  // The last sign-off line, searched from the bottom within the last 30 lines.
  const floor = Math.max(0, end - 30);
  for (let i = end - 1; i >= floor; i--) {
    const line = lines[i] ?? "";
    if (line === "" || line.length > 60) continue;
    const m = SIGN_OFF.exec(line);
    if (!m) continue;
    const rest = cleanName(m[1] ?? "");
    // "Thank you for your patience." is a sentence, not a sign-off; "Best, Maya" is one.
    if (rest !== "" && !/^\p{Lu}/u.test(rest)) continue;
    return { lines: takeSignatureLines(lines, i + 1, end), inlineName: rest !== "" ? rest : null };
  }
  // No sign-off: a trailing block whose first line is a name ("Nico Alvarez\nHead of Talent").
  const start = Math.max(0, end - 12);
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? "";
    if (line === "" || (lines[i - 1] ?? "") !== "") continue;
    const first = splitSignatureLine(line)[0] ?? "";
    if (isPersonName(cleanName(first)) || (line.startsWith("--") && line.length > 3)) {
      return { lines: takeSignatureLines(lines, i, end), inlineName: null };
    }
    if (/^--\s*$|^—\s*$/.test(line)) {
      return { lines: takeSignatureLines(lines, i + 1, end), inlineName: null };
    }
  }
  return null;
}

function takeSignatureLines(lines: string[], from: number, end: number): string[] {
  const out: string[] = [];
  let blankRun = 0;
  for (let i = from; i < end && out.length < MAX_SIGNATURE_LINES; i++) {
    const line = (lines[i] ?? "").replace(/^[-—–]+\s*/, "").trim();
    if (line === "") {
      blankRun++;
      // A blank line right after the sign-off is common; a gap after the block ends it.
      if (out.length > 0 && blankRun >= 2) break;
      if (out.length > 0 && out.length >= 2) break;
      continue;
    }
    blankRun = 0;
    if (FOOTER_LINE.test(line)) break;
    if (line.length > 90 || (/[.!?]$/.test(line) && line.split(" ").length > 8)) break;
    out.push(line);
  }
  return out;
}

function splitSignatureLine(line: string): string[] {
  return line
    .split(
      /\s+[|·•∙/]\s+|\s*\|\s*|\s+[–—]\s+|\s+-\s+|,\s+(?!(?:inc|llc|ltd|gmbh|ag|s\.?a|s\.?l|co)\b\.?)/i,
    )
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

const PHONE_LIKE = /(?:\d[\s()./-]*){6,}/;
const URL_LIKE =
  /(?:https?:\/\/|www\.)|^[\w.-]+\.(?:com|io|de|fr|es|co|org|net|ai|dev|app|eu|uk|ch|at|nl|se)(?:\/\S*)?$/i;

/** Reads one piece of a signature into the signature (name, title, company or email). */
function readSignaturePart(
  rawPart: string,
  sig: Signature,
  sender: SenderInfo,
  expectName: boolean,
): void {
  const part = rawPart.replace(/^(?:e-?mail|mail|e|t|tel|phone|m|mobile|p)\s*[:.]\s*/i, "").trim();
  const emails = part.match(EMAIL_IN_TEXT);
  if (emails) {
    const first = emails[0]?.toLowerCase() ?? null;
    if (sig.email === null && first !== null && !isRobotAddress(first)) sig.email = first;
    return;
  }
  if (PHONE_LIKE.test(part) || URL_LIKE.test(part)) return;
  const name = cleanName(part);
  if (name === "") return;
  if (sig.name === null && expectName) {
    if (isPersonName(name) || (isSingleFirstName(name) && fitsSender(name, sender))) {
      sig.name = name;
      return;
    }
  }
  if (sig.name === null && !expectName) return;
  // "Engineering Manager at Northwind Robotics", "Recruiter @ Bluepeak"
  const at = /^(.+?)\s+(?:at|@|bei|chez|en|in|for)\s+(\p{Lu}.+)$/u.exec(name);
  if (at?.[1] && at[2] && TITLE_WORDS.test(at[1])) {
    sig.title ??= at[1];
    sig.company ??= validCompany(at[2]);
    return;
  }
  if (hasLegalSuffix(name)) {
    sig.company ??= validCompany(name);
    return;
  }
  if (TITLE_WORDS.test(name) || (/&/.test(name) === false && /^(?:people|culture)\b/i.test(name))) {
    if (sig.title === null) sig.title = name;
    return;
  }
  if (sig.company === null && /^[\p{Lu}\d]/u.test(name) && name.split(" ").length <= 6) {
    // A street address or a city line is not a company.
    if (
      /\d/.test(name) &&
      /\b(?:str|straße|strasse|street|st|ave|avenue|road|rd|rue|calle|via|platz|weg|allee)\b/i.test(
        name,
      )
    )
      return;
    sig.company = validCompany(name);
  }
}

function isSingleFirstName(name: string): boolean {
  return !name.includes(" ") && isPersonName(name, true);
}

/** A lone first name in a signature belongs to the sender when the sender's name or address has it. */
function fitsSender(firstName: string, sender: SenderInfo): boolean {
  if (sender.person && namesMatch(firstName, sender.person)) return true;
  if (sender.address && !sender.robot) return addressFitsName(sender.address, firstName);
  return sender.person === null;
}

/** "Das Recruiting-Team der Kessler Logistik GmbH", "The Bluepeak Team" -> the company. */
function orgFromTeamLine(line: string): string | null {
  if (!isTeamPhrase(line) || line.length > 80) return null;
  return orgFromTeamPhrase(line);
}

// ---------------------------------------------------------------------------------------------
// Company

const LEGAL_SUFFIX =
  /\s(?:inc|llc|ltd|limited|plc|corp|corporation|gmbh|ag|kg|se|sa|sas|sarl|s\.a\.s|s\.a|s\.l|sl|slu|bv|b\.v|nv|n\.v|srl|s\.r\.l|spa|s\.p\.a|oy|ab|aps|pty|lda|gmbh & co\. kg|co\. kg|e\.v|ug)\.?$/i;

function hasLegalSuffix(name: string): boolean {
  return LEGAL_SUFFIX.test(name);
}

/** Capitalised words, articles inside names ("Banco de Crédito", "Marlow & Finch"). */
const COMPANY_RUN =
  "([\\p{Lu}\\d][\\p{L}\\p{M}\\d&'’.+-]*(?:[ \\t]+(?:(?:&|and|und|et|y|of|de|del|der|du|des|la|von|für)[ \\t]+)?[\\p{Lu}\\d][\\p{L}\\p{M}\\d&'’.+-]*){0,5})";

/** Phrases before the employer's name in the body, most telling first. */
const COMPANY_CUES: readonly RegExp[] = [
  "(?:application|applying|applied) (?:to|with|at)(?: the team at)? ",
  "(?:interest|interested) in (?:joining |working (?:at|for|with) )?",
  "(?:position|role|opening|job|vacancy|opportunity|opportunities|career|careers|process|team|everyone|all of us|us|interviews?|time|journey) (?:here )?(?:at|with) ",
  "(?:interviewing|interviewed|speaking|meeting) (?:with|at) ",
  "on behalf of (?:the (?:\\w+ )?team at |everyone at |all of us at )?",
  "(?:join|joining|considering|choosing) ",
  "bewerbung (?:bei|an) (?:der |die |das |den )?",
  "interesse an (?:der |dem |den |einer tätigkeit bei (?:der )?)?",
  "(?:tätigkeit|karriere|position|stelle|arbeit|team|einstieg) (?:bei|in) (?:der |dem |den )?",
  "(?:im namen (?:der|des|von)) ",
  "bei (?:der |dem |den )?",
  "chez ",
  "au sein (?:de la |du |de l['’]|de |d['’])",
  "candidature (?:à|a|au sein de|chez|pour) (?:la |le |l['’])?",
  "intérêt (?:pour|envers) (?:la |le |l['’])?",
  "rejoindre (?:la |le |l['’])?",
  "(?:interés|interes) (?:en|por) (?:formar parte de |trabajar (?:en|con) )?",
  "(?:formar parte de|unirte a|unirse a|trabajar en|trabajar con) ",
  "(?:candidatura|postulación|postulacion|proceso de selección|proceso de seleccion) (?:a|en|para|de|con) ",
  "(?:puesto|posición|posicion|vacante)[^.\\n]{0,60}? en ",
  "equipo de ",
].map((cue) => new RegExp(`(?:^|[^\\p{L}])${caseless(cue)}${COMPANY_RUN}`, "gu"));

/** Subject lines that name the employer. */
const SUBJECT_COMPANY: readonly RegExp[] = [
  new RegExp(
    `(?<!\\p{L})${caseless("(?:application|applying|candidacy|interview|candidature|bewerbung|candidatura) (?:at|to|with|bei|chez|en|for a role at) (?:der |die |the )?")}${COMPANY_RUN}`,
    "u",
  ),
  new RegExp(`\\s(?:at|@|bei|chez)\\s${COMPANY_RUN}\\s*$`, "u"),
  new RegExp(`^${COMPANY_RUN}\\s*(?::|\\||[–—-]\\s)`, "u"),
  new RegExp(`\\s(?:[|–—-])\\s${COMPANY_RUN}\\s*$`, "u"),
];

/** Tokens that end a captured company name ("at Northwind Robotics We ..."). */
const COMPANY_STOP = new Set(
  (
    "i|we|you|our|your|unfortunately|thank|thanks|please|best|kind|regards|hi|hello|dear|if|as|and|but|so|" +
    "wir|sie|ihnen|ihr|ihre|ihrer|ihren|ihrem|leider|vielen|dank|bitte|nous|vous|merci|malheureusement|" +
    "nosotros|usted|gracias|lamentablemente|desafortunadamente|este|esta|the|a|an|this|that|today|" +
    "position|role|opening|team|stelle|position|poste|puesto|posición|rolle"
  ).split("|"),
);

/** Words that, alone, are never an employer ("at This", "bei Fragen"). */
const NOT_A_COMPANY = new Set(
  (
    "this|that|these|those|the|a|an|it|us|you|we|our|your|all|any|some|each|every|other|another|now|" +
    "present|moment|time|least|first|last|once|monday|tuesday|wednesday|thursday|friday|saturday|sunday|" +
    "january|february|march|april|may|june|july|august|september|october|november|december|" +
    "fragen|rückfragen|interesse|ihnen|uns|ihre|ihrer|ihrem|ihren|sie|euch|dir|dich|allem|bedarf|" +
    "gelegenheit|zukunft|bewerbung|bewerbungen|auswahl|besetzung|entscheidung|unternehmen|firma|" +
    "nous|vous|notre|votre|nos|vos|cette|ce|un|une|le|la|les|nuestro|nuestra|su|sus|este|esta|" +
    "el|los|las|un|una|cuenta|breve|contacto|cualquier|todo|todos|madrid|barcelona|paris|berlin|london|" +
    "munich|münchen|hamburg|remote|home|linkedin|email|mail|e-mail|person|zoom|teams|google|slack"
  ).split("|"),
);

const ABBREVIATION =
  /^(?:inc|co|corp|ltd|s\.a|s\.l|s\.a\.s|b\.v|n\.v|s\.r\.l|s\.p\.a|e\.v|\p{Lu})\.$/iu;

/** Trims a captured run to the company name and rejects what is not one. */
function validCompany(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const words = raw.replace(/\s+/g, " ").trim().split(" ");
  const kept: string[] = [];
  for (const word of words) {
    if (kept.length > 0 && COMPANY_STOP.has(fold(word))) break;
    if (word.endsWith(".") && !ABBREVIATION.test(word)) {
      kept.push(word.slice(0, -1));
      break;
    }
    kept.push(word);
  }
  while (
    kept.length > 0 &&
    /^(?:&|and|und|et|y|of|de|del|der|du|des|la|von|für)$/i.test(kept[kept.length - 1] ?? "")
  ) {
    kept.pop();
  }
  // "Northwind Robotics Recruiting" -> "Northwind Robotics"; "Northwind's" -> "Northwind"
  while (kept.length > 1 && TEAM_WORD_SET.has(fold(kept[kept.length - 1] ?? ""))) kept.pop();
  let name = kept
    .join(" ")
    .replace(/['’]s$/, "")
    .replace(/[,:;!?)(\]"'“”’]+$/, "")
    .replace(/^[("'“‘]+/, "")
    .trim();
  if (name.endsWith(".") && !LEGAL_SUFFIX.test(name)) name = name.slice(0, -1);
  if (name.length < 2 || name.length > 60) return null;
  if (!/^[\p{Lu}\d]/u.test(name)) return null;
  const key = companyKey(name).replace(/\s+/g, "");
  if (key === "" || PLATFORM_NAMES.has(key)) return null;
  const first = fold(kept[0] ?? "");
  if (kept.length === 1 && (NOT_A_COMPANY.has(first) || TEAM_WORD_SET.has(first))) return null;
  if (COMPANY_STOP.has(first) || NOT_A_COMPANY.has(first)) return null;
  if (ROLE_WORDS.test(name) && !hasLegalSuffix(name)) return null;
  return name;
}

/** "bluepeak.io" -> "Bluepeak", "northwind-robotics.com" -> "Northwind Robotics"; null for mail providers. */
function companyFromDomain(domain: string | null): string | null {
  if (!domain) return null;
  const d = domain.toLowerCase();
  if (WEBMAIL_DOMAINS.has(d) || isAtsDomain(d)) return null;
  const labels = d.split(".");
  labels.pop(); // top-level domain
  while (labels.length > 0 && DOMAIN_NOISE_LABELS.has(labels[labels.length - 1] ?? ""))
    labels.pop();
  const label = labels[labels.length - 1];
  if (!label || label.length < 2 || /^\d+$/.test(label)) return null;
  return label
    .split("-")
    .filter((w) => w !== "")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

interface CompanyCandidate {
  name: string;
  weight: number;
}

interface CompanyInput {
  newest: string;
  body: string;
  subject: string;
  sender: SenderInfo;
  signature: Signature;
  original: ForwardedOriginal;
}

/** Sources that name the employer, weighed; candidates that agree reinforce each other. */
function chooseCompany(input: CompanyInput): string | null {
  const candidates: CompanyCandidate[] = [];
  const add = (name: string | null, weight: number) => {
    if (name) candidates.push({ name, weight });
  };
  add(input.signature.company, 4);
  add(input.signature.teamCompany, 4);
  for (const name of companiesInText(input.newest).slice(0, 4)) add(name, 3);
  add(input.sender.org, 3);
  for (const name of companiesInSubject(input.subject)) add(name, 2);
  if (input.body !== input.newest) {
    for (const name of companiesInText(input.body).slice(0, 2)) add(name, 1);
  }
  const senderDomain = input.sender.self ? null : input.sender.domain;
  const domainCompany = companyFromDomain(senderDomain);
  add(domainCompany, 1.5);
  if (domainCompany === null) {
    for (const m of input.original.cc)
      add(companyFromDomain(m.address?.split("@")[1] ?? null), 0.5);
    if (input.signature.email)
      add(companyFromDomain(input.signature.email.split("@")[1] ?? null), 1);
  }
  if (candidates.length === 0) return null;
  let best: CompanyCandidate | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    let score = 0;
    for (const other of candidates)
      if (companiesAgree(candidate.name, other.name)) score += other.weight;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best?.name ?? null;
}

function compactKey(name: string): string {
  return companyKey(name).replace(/\s+/g, "");
}

/** "Northwind" and "Northwind Robotics GmbH" name one employer; so do "Bluepeak" and "BluePeak AI". */
function companiesAgree(a: string, b: string): boolean {
  const ka = compactKey(a);
  const kb = compactKey(b);
  if (ka === kb) return true;
  if (ka.length < 4 || kb.length < 4) return false;
  return ka.startsWith(kb) || kb.startsWith(ka);
}

function companiesInText(text: string): string[] {
  const found: string[] = [];
  for (const cue of COMPANY_CUES) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m !== null && found.length < 8; m = cue.exec(text)) {
      const name = validCompany(m[1]);
      if (name) found.push(name);
    }
  }
  return found;
}

function companiesInSubject(subject: string): string[] {
  const found: string[] = [];
  for (const pattern of SUBJECT_COMPANY) {
    const m = pattern.exec(subject);
    const name = validCompany(m?.[1]);
    if (
      name &&
      !ROLE_WORDS.test(name) &&
      !/\b(?:application|update|bewerbung|candidature|candidatura|your|ihre|votre|su)\b/i.test(name)
    ) {
      found.push(name);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Role

/** A job title written in title case, commas and dashes allowed ("Backend Developer – Route Optimisation"). */
const TITLE_RUN =
  "((?:[\\p{Lu}\\d(][\\p{L}\\p{M}\\d&'’./+#()-]*)(?:(?:,?[ \\t]+|[ \\t]*[–—/-][ \\t]*)(?:(?:of|for|and|&|de|du|des|la|le|en|für|und|y|del|in|the)[ \\t]+)?[\\p{Lu}\\d(][\\p{L}\\p{M}\\d&'’./+#()-]*){0,9})";

/** A job title in languages that do not capitalise it ("le poste de chef de projet"). */
const LOWER_RUN =
  "([\\p{L}\\d(][\\p{L}\\p{M}\\d&'’./+#()-]*(?:[ \\t]+[\\p{L}\\d(][\\p{L}\\p{M}\\d&'’./+#()-]*){0,9})";

const ROLE_PATTERNS: readonly { re: RegExp; lower: boolean }[] = [
  // "the Senior Backend Engineer position", "our Staff Engineer, Platform role"
  {
    re: new RegExp(
      `(?<!\\p{L})${caseless("(?:the|our|your|this|an?) ")}${TITLE_RUN}[ \\t]+(?:\\([^)\\n]{1,40}\\)[ \\t]+)?${caseless("(?:position|role|opening|vacancy|job|opportunity|posting|req|requisition|search|application|interview process|process)")}\\b`,
      "gu",
    ),
    lower: false,
  },
  {
    re: new RegExp(
      `(?<!\\p{L})${caseless("(?:position|role|job|post|title) (?:of|as) (?:an? |the )?")}${TITLE_RUN}`,
      "gu",
    ),
    lower: false,
  },
  {
    re: new RegExp(
      `(?<!\\p{L})${caseless("(?:application|applying|applied|candidacy|interest|interviewing|interview|consideration|candidate) (?:for|as) (?:the |a |an |our )?")}${TITLE_RUN}`,
      "gu",
    ),
    lower: false,
  },
  // German
  {
    re: new RegExp(
      `(?<!\\p{L})${caseless("(?:bewerbung|bewerbungen|interesse|tätigkeit|stelle|position|einstieg|vorstellungsgespräch) (?:als|zum|zur) ")}${TITLE_RUN}`,
      "gu",
    ),
    lower: false,
  },
  {
    re: new RegExp(
      `(?<!\\p{L})${caseless("(?:bewerbung|interesse) (?:auf|für|an) (?:die|der|unsere|unserer|das) (?:ausgeschriebene |offene )?(?:stelle|position|vakanz|rolle)(?: als| des| der| zum| zur)? ")}${TITLE_RUN}`,
      "gu",
    ),
    lower: false,
  },
  // French
  {
    re: new RegExp(
      `(?<!\\p{L})${caseless("(?:le |au |du |ce |du |un )?poste (?:de |d['’]|d’)?")}${LOWER_RUN}`,
      "gu",
    ),
    lower: true,
  },
  {
    re: new RegExp(
      `(?<!\\p{L})${caseless("candidature (?:en tant que|comme|pour le poste de) ")}${LOWER_RUN}`,
      "gu",
    ),
    lower: true,
  },
  // Spanish
  {
    re: new RegExp(
      `(?<!\\p{L})${caseless("(?:el |al |del |este )?puesto (?:de )?|(?:la )?(?:posición|posicion|vacante|plaza|oferta) (?:de )?")}${LOWER_RUN}`,
      "gu",
    ),
    lower: true,
  },
];

/** Subject lines that name the role. */
const SUBJECT_ROLE: readonly RegExp[] = [
  new RegExp(
    `(?<!\\p{L})${caseless("(?:application|applying|candidacy|interview|update|regarding your application) (?:for|as) (?:the |a |an )?")}${TITLE_RUN}`,
    "u",
  ),
  new RegExp(
    `(?<!\\p{L})${caseless("(?:application|bewerbung|candidature|candidatura|postulación|role|position|stelle|poste|puesto)\\s*[:–—-]\\s*")}${TITLE_RUN}`,
    "u",
  ),
  new RegExp(
    `(?<!\\p{L})${caseless("(?:bewerbung|ihre bewerbung|deine bewerbung) als ")}${TITLE_RUN}`,
    "u",
  ),
  new RegExp(
    `(?<!\\p{L})${caseless("(?:on|about) the ")}${TITLE_RUN}[ \\t]+${caseless("(?:role|position|opening)")}`,
    "u",
  ),
  new RegExp(
    `(?<!\\p{L})${caseless("(?:thank you for your application|thanks for your application|thank you for applying)\\s*[:–—-]\\s*")}${TITLE_RUN}`,
    "u",
  ),
  new RegExp(`^${TITLE_RUN}\\s+(?:at|@|bei|chez)\\s`, "u"),
  new RegExp(`[–—|-]\\s+${TITLE_RUN}\\s*$`, "u"),
];

/** Words that end a lower-case role ("chef de projet chez ...", "desarrollador backend en ..."). */
const LOWER_ROLE_STOP = new Set(
  (
    "chez|au|aux|à|a|et|pour|qui|que|dont|nous|vous|avec|dans|sur|n|ne|est|a|été|par|car|mais|" +
    "en|con|para|y|que|dentro|ha|hemos|le|les|se|al|por|sin|es|fue|lo|" +
    "at|with|and|we|has|have|is|was|in|on"
  ).split("|"),
);

/** Tokens that end a capitalised role run ("Senior Backend Engineer We ..."). */
const ROLE_STOP = new Set(
  "at|with|bei|chez|en|in|im|we|i|you|thank|thanks|unfortunately|leider|wir|sie|and|und|here|to|for|the".split(
    "|",
  ),
);

function findRole(
  newest: string,
  subject: string,
  body: string,
  company: string | null,
): string | null {
  return (
    roleInText(newest, company) ??
    roleInSubject(subject, company) ??
    (body !== newest ? roleInText(body, company) : null)
  );
}

function roleInText(text: string, company: string | null): string | null {
  for (const { re, lower } of ROLE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text), n = 0; m !== null && n < 8; m = re.exec(text), n++) {
      const role = validRole(m[1], company, lower);
      if (role) return role;
    }
  }
  return null;
}

function roleInSubject(subject: string, company: string | null): string | null {
  for (const pattern of SUBJECT_ROLE) {
    const role = validRole(pattern.exec(subject)?.[1], company, false);
    if (role) return role;
  }
  return null;
}

/** Trims a captured run to the job title: drops requisition numbers, trailing words and the company. */
function validRole(raw: string | undefined, company: string | null, lower: boolean): string | null {
  if (!raw) return null;
  let role = raw
    .replace(/\s+/g, " ")
    .replace(
      /\s*[([](?:ref|req|requisition|job|id|job id|job requisition|kennziffer|réf|référence|referencia|r-?\d)[^)\]]*[)\]]/gi,
      "",
    )
    .replace(/\s*[([]\s*#?[A-Z]{0,4}-?\d[\w-]*\s*[)\]]/g, "")
    .replace(/\s*(?:[-–—#]|\bref\.?|\breq\.?)\s*#?\d[\w-]*\s*$/i, "")
    .trim();
  const words = role.split(" ");
  const kept: string[] = [];
  for (const word of words) {
    const folded = fold(word.replace(/[,.;:!?]+$/, ""));
    if (kept.length > 0 && (lower ? LOWER_ROLE_STOP : ROLE_STOP).has(folded)) break;
    if (
      !lower &&
      kept.length > 0 &&
      /^\p{Ll}/u.test(word) &&
      !/^(?:of|for|and|de|du|des|la|le|en|für|und|y|del|the|in)$/.test(word)
    )
      break;
    kept.push(word);
    if (/[.;:!?]$/.test(word) && !/^(?:sr|jr|sen|jun)\.$/i.test(word)) break;
    if (/,$/.test(word) && lower) break;
  }
  while (
    kept.length > 0 &&
    /^(?:of|for|and|&|de|du|des|la|le|en|für|und|y|del|the|in|[–—-])$/i.test(
      kept[kept.length - 1] ?? "",
    )
  ) {
    kept.pop();
  }
  role = kept
    .join(" ")
    .replace(/[,.;:!?]+$/, "")
    .replace(/\s*[–—-]\s*$/, "")
    .trim();
  // Unbalanced parentheses: a cut inside "(Payments)".
  if ((role.match(/\(/g) ?? []).length !== (role.match(/\)/g) ?? []).length) {
    role = role
      .replace(/\s*\([^)]*$/, "")
      .replace(/\)$/, "")
      .trim();
  }
  if (role.length < 2 || role.length > 100) return null;
  if (!lower && !/^[\p{Lu}\d]/u.test(role)) return null;
  if (company && companiesAgree(role, company)) return null;
  if (!ROLE_WORDS.test(role) && !TITLE_WORDS.test(role)) return null;
  if (/^(?:position|role|job|stelle|poste|puesto|application|bewerbung)$/i.test(role)) return null;
  return role;
}

// ---------------------------------------------------------------------------------------------
// People

interface Person {
  name: string | null;
  email: string | null;
  kind: ContactKind;
  /** 3 the user said so, 2 a title or a referral said so, 1 a guess from where they appeared. */
  kindStrength: number;
  title: string | null;
  notes: string[];
  warm: boolean;
}

class People {
  readonly list: Person[] = [];
  private readonly self: SelfMatcher;

  constructor(self: SelfMatcher) {
    this.self = self;
  }

  /** Adds a person, merging with one already known by address or name; returns the stored record. */
  add(person: Person): Person | null {
    if (person.email !== null && isRobotAddress(person.email)) person.email = null;
    if (this.self.isSelfAddress(person.email) || this.self.isSelfName(person.name)) return null;
    if (person.name === null && person.email === null) return null;
    const existing = this.find(person.name, person.email);
    if (!existing) {
      this.list.push(person);
      return person;
    }
    if (person.name && (existing.name === null || moreComplete(person.name, existing.name))) {
      existing.name = person.name;
    }
    existing.email ??= person.email;
    if (person.kindStrength > existing.kindStrength) {
      existing.kind = person.kind;
      existing.kindStrength = person.kindStrength;
    }
    existing.title ??= person.title;
    for (const n of person.notes) if (!existing.notes.includes(n)) existing.notes.push(n);
    existing.warm ||= person.warm;
    return existing;
  }

  find(name: string | null, email: string | null): Person | undefined {
    if (email !== null) {
      const byEmail = this.list.find((p) => p.email === email);
      if (byEmail) return byEmail;
    }
    if (name === null) return undefined;
    const byName = this.list.filter(
      (p) =>
        p.name !== null &&
        namesMatch(p.name, name) &&
        (email === null || p.email === null || p.email === email),
    );
    if (byName.length === 1) return byName[0];
    const exact = byName.find((p) => p.name !== null && fold(p.name) === fold(name));
    if (exact) return exact;
    if (byName.length > 0) return byName[0];
    // A nameless address that fits the name ("mortiz@" and "Maya Ortiz").
    return this.list.find(
      (p) =>
        p.name === null && p.email !== null && name.includes(" ") && addressFitsName(p.email, name),
    );
  }
}

/** "Maya Ortiz" over "Maya"; the longer of two full names. */
function moreComplete(candidate: string, current: string): boolean {
  const a = candidate.split(" ").length;
  const b = current.split(" ").length;
  return a > b;
}

function kindFromTitle(title: string | null): ContactKind | null {
  if (!title) return null;
  if (/hiring manager/i.test(title)) return "hiring_manager";
  if (RECRUITER_TITLE.test(title)) return "recruiter";
  if (HIRING_MANAGER_TITLE.test(title)) return "hiring_manager";
  return null;
}

function person(
  name: string | null,
  email: string | null,
  kind: ContactKind,
  kindStrength: number,
  title: string | null = null,
): Person {
  return { name, email, kind, kindStrength, title, notes: [], warm: false };
}

interface ContactInput {
  input: ExtractInput;
  newest: string;
  note: string;
  sender: SenderInfo;
  signature: Signature;
  company: string | null;
  role: string | null;
  self: SelfMatcher;
}

function collectContacts(c: ContactInput): ExtractedContact[] {
  const people = new People(c.self);
  const { original, category } = c.input;
  const { sender, signature } = c;

  // The sender, and the signature that closes their message.
  const senderEmail = sender.robot || sender.self ? null : sender.address;
  const sigKind = kindFromTitle(signature.title);
  let signatureName = signature.name;
  if (
    signatureName &&
    !signatureName.includes(" ") &&
    sender.person &&
    namesMatch(signatureName, sender.person)
  ) {
    signatureName = sender.person;
  }
  const signatureIsSender =
    signatureName !== null &&
    !sender.self &&
    (sender.person === null
      ? senderEmail === null ||
        addressFitsName(senderEmail, signatureName) ||
        !isPersonName(sender.person ?? "")
      : namesMatch(signatureName, sender.person));
  if (!sender.self) {
    const name = sender.person ?? (signatureIsSender ? signatureName : null);
    // Derived from a first.last@ address only when neither display name nor signature names anyone.
    const derived = name ?? (senderEmail ? nameFromAddress(senderEmail) : null);
    if (derived !== null || senderEmail !== null) {
      const title = signatureIsSender ? signature.title : null;
      const kind = kindFromTitle(title);
      people.add(person(derived, senderEmail, kind ?? "recruiter", kind ? 2 : 1, title));
    }
  }
  if (signatureName && !signatureIsSender) {
    people.add(
      person(
        signatureName,
        signature.email,
        sigKind ?? "recruiter",
        sigKind ? 2 : 1,
        signature.title,
      ),
    );
  } else if (signatureName && signature.email && !sender.self) {
    people.add(person(signatureName, signature.email, sigKind ?? "recruiter", sigKind ? 2 : 1));
  }

  // Everyone copied: the panel, a coordinator, the hiring manager.
  for (const m of original.cc) addMailbox(people, m, "interviewer");
  // A message the user sent themselves: the people it went to.
  if (sender.self) for (const m of original.to) addMailbox(people, m, "recruiter");

  // People the message itself introduces ("I'd be happy to introduce you to Lena Fischer").
  if (category !== "auto_reply") {
    for (const found of peopleInBody(c.newest, category)) people.add(found);
  }

  // People the user's note names.
  readNote(c.note, people, c.company, c.role);

  return people.list
    .filter((p) => p.name !== null || p.email !== null)
    .map((p) => ({
      name: p.name,
      email: p.email,
      kind: p.kind,
      title: p.title,
      note: clip(p.notes.join(" "), MAX_PERSON_NOTE_CHARS),
      warm: p.warm,
    }));
}

function addMailbox(people: People, m: Mailbox, kind: ContactKind): void {
  const address = m.address;
  if (address !== null && isRobotAddress(address)) {
    const { person: name } = splitDisplayName(m.name);
    if (name) people.add(person(name, null, kind, 1));
    return;
  }
  const { person: name } = splitDisplayName(m.name);
  people.add(person(name ?? (address ? nameFromAddress(address) : null), address, kind, 1));
}

// ---------------------------------------------------------------------------------------------
// People named in the message body

const REFERRAL_CUE = caseless(
  "(?:introduce you to|introduce you|connect you with|connect you to|put you in touch with|pass your (?:details|cv|résumé|resume|profile) (?:on )?to|forward(?:ed)? your (?:details|cv|résumé|resume|profile) to|reach out to|get in touch with|speak (?:to|with)|talk to|recommend (?:reaching out to|contacting|talking to|speaking (?:to|with))|contact|vorstellen|in kontakt (?:mit|bringen mit)|kontakt zu|melden sie sich (?:gerne )?bei|mettre en relation avec|présenter à|presenter a|contacter|poner(?:te|le)? en contacto con|presentarte a|contactar (?:con|a))",
);
const REFERRAL_CUE_RE = new RegExp(REFERRAL_CUE, "u");
const REFERRAL_CONNECTOR = caseless(
  "(?:[ \\t]+(?:my|our|a|the|meine|unsere|unseren|ma|mon|notre|mi|nuestra|nuestro)?[ \\t]*(?:former |good |dear )?(?:colleague|friend|contact|former colleague|kollegin|kollegen|kollege|collègue|collegue|compañera|compañero|amiga|amigo|counterpart)?,?)?[ \\t]+",
);
const PERSON_RUN =
  "(\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ \\t]+(?:(?:van|von|de|del|der|da|di|du|la|le|dos|ter|y)[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}'’-]+){1,3})";
const BODY_REFERRAL = new RegExp(`${REFERRAL_CUE}${REFERRAL_CONNECTOR}${PERSON_RUN}`, "gu");
/** "Lena Fischer (lena.fischer@globex.com)", "Lena Fischer <lena@x>", "Lena Fischer at lena@x". */
const NAME_THEN_EMAIL = new RegExp(
  `${PERSON_RUN}[ \\t]*(?:[(<\\[][ \\t]*|[ \\t]*[,:–—-][ \\t]*|[ \\t]+(?:at|via|on|unter|à|a|en)[ \\t]+)(?:mailto:)?([\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,})`,
  "gu",
);

function peopleInBody(newest: string, category: Category): Person[] {
  const found: Person[] = [];
  const kind: ContactKind = "referral";
  const referralContext = category === "referral_offer";
  for (const m of newest.matchAll(NAME_THEN_EMAIL)) {
    const name = cleanName(m[1] ?? "");
    const email = (m[2] ?? "").toLowerCase().replace(/[.]+$/, "");
    if (!isPersonName(name) || isRobotAddress(email)) continue;
    const before = newest.slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0);
    const referral = referralContext || REFERRAL_CUE_RE.test(before);
    const localKind = kindFromTitle(before.slice(-40)) ?? (referral ? kind : "recruiter");
    found.push(person(name, email, localKind, referral ? 2 : 1));
  }
  for (const m of newest.matchAll(BODY_REFERRAL)) {
    const name = trimNameRun(m[1] ?? "");
    if (name === null || !isPersonName(name)) continue;
    if (
      !referralContext &&
      !/introduce|connect|touch|vorstellen|relation|presentar|pass your|forward/i.test(m[0])
    ) {
      continue;
    }
    found.push(person(name, null, kind, 2));
  }
  return found;
}

/** Drops words after a name that are not part of it ("Lena Fischer She ..."). */
function trimNameRun(run: string): string | null {
  const words = cleanName(run).split(" ");
  const kept: string[] = [];
  for (const word of words) {
    const folded = fold(word);
    if (NOT_A_NAME.has(folded) || ORG_WORDS.has(folded)) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.join(" ") : null;
}

// ---------------------------------------------------------------------------------------------
// The user's note

/**
 * Capitalised words that start sentences or name things in a note, never a person
 * ("Met Maya", "Great chat with Sam", "Leider", "Gespräch").
 */
const NOT_A_NAME = new Set(
  (
    "i|me|my|we|our|us|you|your|he|she|they|them|his|her|their|it|its|the|a|an|this|that|these|those|" +
    "and|or|but|so|also|just|then|still|really|very|super|quite|pretty|too|both|all|everyone|nobody|" +
    "met|meet|meeting|had|have|has|was|were|is|are|be|been|did|do|does|got|get|spoke|talked|chatted|" +
    "interviewed|interview|interviews|interviewing|panel|round|onsite|on-site|call|screen|screening|" +
    "phone|video|zoom|teams|meet|hangouts|slack|linkedin|email|e-mail|mail|cc|bcc|fyi|ps|p.s|note|notes|" +
    "great|good|nice|lovely|awesome|amazing|fantastic|wonderful|bad|sad|sadly|bummer|oh|well|ok|okay|" +
    "thanks|thank|hi|hello|hey|dear|cheers|best|regards|yes|no|not|never|again|another|one|two|three|" +
    "first|second|third|final|last|next|today|yesterday|tomorrow|morning|afternoon|evening|week|month|" +
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|" +
    "july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|" +
    "hr|hm|cto|ceo|coo|cfo|cpo|vp|svp|head|lead|manager|recruiter|engineer|director|founder|team|" +
    "hiring|talent|people|tech|technical|system|design|coding|take-home|takehome|case|study|offer|" +
    "rejection|rejected|feedback|follow|follow-up|reference|referral|worth|keep|maybe|hope|hopefully|" +
    "wish|would|could|should|will|can|might|must|shall|if|when|where|what|who|why|how|which|after|" +
    "before|during|since|until|because|though|although|while|for|from|with|without|about|at|on|in|by|" +
    "to|of|as|re|fw|fwd|sent|forwarded|begin|original|message|subject|date|senior|junior|staff|" +
    "principal|backend|frontend|platform|data|product|software|role|position|job|company|" +
    // German
    "ich|mir|mich|wir|uns|sie|ihr|ihm|ihn|er|es|der|die|das|den|dem|des|ein|eine|einen|einem|und|" +
    "oder|aber|auch|noch|sehr|super|mit|bei|von|vom|zum|zur|für|über|nach|vor|habe|hatte|hatten|war|" +
    "waren|ist|sind|leider|gespräch|gespräche|vorstellungsgespräch|interview|tolles|tolle|toller|" +
    "gutes|gute|guter|nettes|nette|netter|absage|stelle|bewerbung|feedback|danke|gruß|grüße|hallo|" +
    "personalerin|personaler|chefin|chef|teamleiterin|teamleiter|kollegin|kollege|" +
    // French
    "je|j'ai|nous|vous|il|elle|ils|elles|le|la|les|un|une|des|du|de|et|ou|mais|avec|pour|chez|très|" +
    "entretien|entretiens|rencontré|rencontrée|eu|bon|bonne|super|sympa|merci|bonjour|malheureusement|" +
    "refus|poste|recruteur|recruteuse|responsable|" +
    // Spanish
    "yo|nosotros|él|ella|ellos|el|los|las|una|con|para|en|y|pero|muy|buena|bueno|entrevista|" +
    "entrevistas|conocí|hablé|tuve|gracias|hola|lamentablemente|rechazo|puesto|reclutadora|reclutador|jefa|jefe"
  ).split("|"),
);

/** How the note describes someone: the first cue that fits wins. */
const NOTE_KIND_CUES: readonly { re: RegExp; kind: ContactKind }[] = [
  {
    re: /hiring manager|\bHM\b|would[- ]be (?:boss|manager|lead)|future (?:boss|manager)|(?:my|the) (?:potential |future )?manager|\bteam ?lead\b|\bCTO\b|\bCEO\b|\bVP\b|co-?founder|founder|head of|director|eng(?:ineering)? manager|Fachbereich|Führungskraft|Teamleiter\w*|Abteilungsleiter\w*|künftige[rn]? (?:Chef\w*|Vorgesetzte\w*)|Chef(?:in)?\b|manager\b|responsable|jef[ae]|gerente|directeur|directrice|directora?/i,
    kind: "hiring_manager",
  },
  {
    re: /recruiter|recruiting|recruitment|talent|\bHR\b|people team|people partner|sourcer|coordinator|Personaler\w*|Personalabteilung|Recruiterin|\bRH\b|\bRRHH\b|recruteu\w+|reclutador\w*/i,
    kind: "recruiter",
  },
  {
    re: /referr|empfohlen|empfehlung|recommand|recomend|intro(?:duced|duction)?\b/i,
    kind: "referral",
  },
  {
    re: /panel|interview|\bmet\b|onsite|on-site|technical|tech round|pair(?:ing|ed)|take-home|Gespräch|entretien|entrevista|kennengelernt|rencontr|conoc/i,
    kind: "interviewer",
  },
];

/** The user got on well with someone. */
const WARM_CUE =
  /rapport|clicked|\bclick\b|got on (?:\w+ )?well|got along|hit it off|connected|chemistry|bonded|vibe|great (?:chat|conversation|talk|connection)|(?:really |very |super )?(?:nice|lovely|good|fun) (?:chat|conversation|talk)|really liked|liked (?:her|him|them) a lot|was (?:so |really |very |super )?(?:lovely|great|kind|friendly|warm|nice|awesome|wonderful|helpful)|gut verstanden|super verstanden|auf einer wellenlänge|sympathisch|tolles gespräch|super gespräch|sehr nett|courant (?:est )?(?:bien )?passé|bon feeling|très sympa|super échange|bien entendu|buena (?:onda|sintonía|sintonia|química|quimica|conexión|conexion)|conectamos|congeniamos|nos entendimos|muy (?:amable|simpátic[oa]|simpatic[oa])/i;

/** A warm cue right before a name: "great rapport with Maya". */
const WARM_BEFORE = new RegExp(
  `(?:${WARM_CUE.source})[^.;!?]{0,20}?(?:with|mit|avec|con|to)?\\s*(?:both\\s+)?$`,
  "i",
);
/** "we got on really well", "Maya and I clicked", "Maya was lovely". */
const WARM_AFTER = WARM_CUE;

interface Mention {
  name: string | null;
  email: string | null;
  start: number;
  end: number;
}

const NOTE_NAME_RUN =
  /\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+(?:(?:van|von|de|del|der|den|da|di|du|la|le|dos|das|ter|ten|y)[ \t]+)?\p{Lu}[\p{L}\p{M}'’-]*)*/gu;
/** Words around a lone first name that make it a person ("with Maya", "Priya was"). */
const SINGLE_NAME_BEFORE =
  /(?:\b(?:with|met|and|to|from|by|mit|und|avec|et|con|y|thank|thanks|ask|asked|told|emailed|cc|cc'd|à|a|de|von)\s*|[,&:(]\s*)$/i;
const SINGLE_NAME_AFTER =
  /^\s*(?:was|is|were|seemed|said|did|ran|led|runs|leads|mentioned|told|and I|&\s*I|\(|,\s*(?:the|my|our|who)|war|ist|hat|était|est|a|fue|era|es|'s\b|’s\b)/i;

/** Reads the note: who is named, their address, their part, and how warm it was. */
function readNote(note: string, people: People, company: string | null, role: string | null): void {
  if (note.trim() === "") return;
  const text = note
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter(
      (line) =>
        !/^(?:sent from|gesendet von|envoyé de|enviado desde|get outlook)/i.test(line.trim()),
    )
    .join("\n");
  const companyWords = new Set(company ? fold(company).split(/\s+/) : []);
  const roleWords = new Set(role ? fold(role).split(/\s+/) : []);
  for (const sentence of splitSentences(text)) {
    const mentions = findMentions(sentence, people, companyWords, roleWords);
    const distinct = new Set(mentions.map((m) => fold(m.name ?? m.email ?? "")));
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i];
      if (!mention) continue;
      const before = sentence.slice(mentions[i - 1]?.end ?? 0, mention.start);
      const after = sentence.slice(mention.end, mentions[i + 1]?.start ?? sentence.length);
      const afterClause = after.split(/[,;]|\s(?:but|aber|mais|pero)\s/)[0] ?? "";
      const local = `${before.slice(-40)} ${afterClause.slice(0, 60)}`;
      let kind: ContactKind = "interviewer";
      let strength = 1;
      const localKind = NOTE_KIND_CUES.find(
        (cue) => cue.re.test(local) && cue.kind !== "interviewer",
      );
      if (localKind) {
        kind = localKind.kind;
        strength = 3;
      } else {
        const sentenceKind = NOTE_KIND_CUES.find((cue) => cue.re.test(sentence));
        if (sentenceKind && (distinct.size === 1 || sentenceKind.kind === "interviewer")) {
          kind = sentenceKind.kind;
          strength = sentenceKind.kind === "interviewer" ? 1.5 : 2.5;
        }
      }
      const warm =
        WARM_BEFORE.test(before) ||
        WARM_AFTER.test(afterClause) ||
        (distinct.size === 1 && WARM_CUE.test(sentence)) ||
        (WARM_CUE.test(sentence) &&
          /\b(?:both|all|them|everyone|beide[nm]?|allen|tous|todos|ambos)\b/i.test(sentence));
      const stored = people.add(person(mention.name, mention.email, kind, strength));
      if (stored) {
        const said = sentence.trim();
        if (said && !stored.notes.includes(said)) stored.notes.push(said);
        stored.warm ||= warm;
      }
    }
  }
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"'(])|\n+|;\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Names (and addresses) in one sentence of the note, in order. */
function findMentions(
  sentence: string,
  people: People,
  companyWords: ReadonlySet<string>,
  roleWords: ReadonlySet<string>,
): Mention[] {
  const mentions: Mention[] = [];
  const emails = [...sentence.matchAll(EMAIL_IN_TEXT)].map((m) => ({
    email: m[0].toLowerCase().replace(/\.+$/, ""),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const insideEmail = (i: number) => emails.some((e) => i >= e.start && i < e.end);
  for (const m of sentence.matchAll(NOTE_NAME_RUN)) {
    const at = m.index ?? 0;
    if (insideEmail(at)) continue;
    // Drop leading and trailing words that are not names ("Met Maya Ortiz" -> "Maya Ortiz").
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ text: w[0], at: w.index ?? 0 }));
    let first = 0;
    while (first < words.length && isNotNameWord(words[first]?.text ?? "", companyWords, roleWords))
      first++;
    let last = first;
    while (last < words.length && !isNotNameWord(words[last]?.text ?? "", companyWords, roleWords))
      last++;
    const firstWord = words[first];
    const lastWord = words[last - 1];
    if (!firstWord || !lastWord || last - first > 4) continue;
    const start = at + firstWord.at;
    const end = at + lastWord.at + lastWord.text.length;
    const name = cleanName(sentence.slice(start, end));
    const known = people.find(name, null);
    const single = !name.includes(" ");
    if (!known) {
      if (single) {
        if (!isPersonName(name, true)) continue;
        const before = sentence.slice(Math.max(0, start - 24), start);
        const after = sentence.slice(end, end + 24);
        const nearEmail = emails.some((e) => e.start >= end && e.start - end <= 3);
        if (!SINGLE_NAME_BEFORE.test(before) && !SINGLE_NAME_AFTER.test(after) && !nearEmail)
          continue;
      } else if (!isPersonName(name)) {
        continue;
      }
    }
    mentions.push({ name, email: null, start, end });
  }
  // Addresses attach to the name right before them; an address alone is a person too.
  for (const e of emails) {
    if (isRobotAddress(e.email)) continue;
    const owner = [...mentions].reverse().find((m) => m.end <= e.start && e.start - m.end <= 4);
    if (owner && owner.email === null) {
      owner.email = e.email;
      owner.end =
        e.end + (sentence.charAt(e.end) === ")" || sentence.charAt(e.end) === ">" ? 1 : 0);
    } else if (!owner) {
      mentions.push({ name: nameFromAddress(e.email), email: e.email, start: e.start, end: e.end });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function isNotNameWord(
  word: string,
  companyWords: ReadonlySet<string>,
  roleWords: ReadonlySet<string>,
): boolean {
  const folded = fold(word);
  return (
    NOT_A_NAME.has(folded) ||
    PLATFORM_NAMES.has(folded) ||
    ORG_WORDS.has(folded) ||
    companyWords.has(folded) ||
    roleWords.has(folded) ||
    !HAS_LOWER.test(word) ||
    TITLE_WORDS.test(word)
  );
}
