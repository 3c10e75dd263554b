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

/** Rejections are short; past this it is footers and history. Bounds the CPU spent per message. */
const MAX_TEXT_CHARS = 8192;
/** A note is a line or two; a long one is usually a pasted thread. */
const MAX_NOTE_CHARS = 2048;
/** A signature block is a handful of lines: name, title, company, contact details. */
const MAX_SIGNATURE_LINES = 8;
/** Signatures close the message; a sign-off further up than this is part of the prose. */
const SIGNATURE_SEARCH_LINES = 30;
/** What we keep of the user's words about one person. */
const MAX_PERSON_NOTE_CHARS = 200;
/** A note names a handful of people; past these limits it is pasted text, not a note. */
const MAX_NOTE_SENTENCES = 40;
const MAX_MENTIONS_PER_SENTENCE = 12;
/** Nobody remembers more people from one application; bounds the merging work. */
const MAX_CONTACTS = 30;
/** How far around a name the body is read for its title or address. */
const SENTENCE_WINDOW_CHARS = 400;

/**
 * Extracts the employer, the role and the people worth remembering from one message,
 * with rules only: the signature, the headers, the body's phrasing and the user's note.
 */
export function extractDetails(input: ExtractInput): ExtractedDetails {
  // NFC throughout, so "é" is one letter to every pattern and every comparison.
  const newest = unwrapHardLines(clip(input.newest, MAX_TEXT_CHARS).normalize("NFC"));
  const body = unwrapHardLines(clip(input.original.body, MAX_TEXT_CHARS).normalize("NFC"));
  const note = clip(input.note, MAX_NOTE_CHARS).normalize("NFC");
  const subject = stripSubjectPrefixes(input.original.subject.normalize("NFC"));
  const self = selfMatcher(input.self);
  const sender = describeSender(input.original.from, self);
  const signature = parseSignature(newest, sender);
  const message = signature.prose;
  if (isJobBoardDigest(input.original.from, subject)) {
    // A digest lists many employers; none of them is "the" company, nobody in it is a contact.
    return { company: null, role: null, contacts: [] };
  }
  const platforms = platformsNamedIn(newest);
  const headerNames = [input.original.from, ...input.original.to, ...input.original.cc].flatMap(
    (m) => splitDisplayName(m?.name ?? "").person ?? [],
  );
  const company = chooseCompany({
    self,
    headerNames,
    message,
    body,
    subject,
    sender,
    signature,
    platforms,
    original: input.original,
  });
  const role = findRole(message, subject, body, company);
  const contacts = collectContacts({
    input,
    message,
    note,
    body,
    sender,
    signature,
    company,
    role,
    self,
  });
  return { company, role, contacts };
}

// =============================================================================================
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

/** Rejoins paragraphs a mail client hard-wrapped, so a name or a title is not cut in two. */
function unwrapHardLines(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
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
  /^\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw|fw|enc|r|odp|doorst|i)\s*(?:\[\d+\])?\s*:\s*/i;

function stripSubjectPrefixes(subject: string): string {
  let s = subject.trim();
  for (let i = 0; i < 5 && SUBJECT_PREFIX.test(s); i++) s = s.replace(SUBJECT_PREFIX, "");
  return s;
}

function words(list: string): Set<string> {
  return new Set(list.split("|"));
}

// =============================================================================================
// Vocabulary

/** Products that carry the employer's mail; never the employer. */
const PLATFORM_NAMES = words(
  "greenhouse|lever|workday|ashby|smartrecruiters|icims|teamtailor|personio|recruitee|workable|" +
    "bamboohr|bamboo|jazzhr|jobvite|successfactors|sapsuccessfactors|taleo|oracletaleo|linkedin|" +
    "indeed|glassdoor|stepstone|xing|gmail|google|outlook|microsoftoutlook|hotmail|yahoo|yahoomail|" +
    "icloud|applemail|breezy|breezyhr|pinpoint|comeet|softgarden|join|sendgrid|mailchimp|rippling|" +
    "gem|welcometothejungle|hellowork|factorial|infojobs|dvinci|rexx|zoom|teams|microsoftteams|slack",
);

/** Personal-mail domains: the sender's domain says nothing about the employer. */
const WEBMAIL_DOMAINS = words(
  "gmail.com|googlemail.com|outlook.com|hotmail.com|hotmail.co.uk|hotmail.fr|hotmail.de|hotmail.es|" +
    "hotmail.it|live.com|live.fr|live.de|msn.com|yahoo.com|yahoo.co.uk|yahoo.fr|yahoo.de|yahoo.es|" +
    "yahoo.it|ymail.com|icloud.com|me.com|mac.com|aol.com|proton.me|protonmail.com|pm.me|gmx.de|" +
    "gmx.net|gmx.com|gmx.at|gmx.ch|web.de|t-online.de|freenet.de|orange.fr|wanadoo.fr|free.fr|" +
    "laposte.net|sfr.fr|yandex.com|yandex.ru|mail.ru|zoho.com|fastmail.com|hey.com|qq.com|163.com|" +
    "libero.it|virgilio.it|telefonica.net|tutanota.com|posteo.de|mailbox.org|outlook.de|outlook.fr|" +
    "outlook.es|ziggo.nl|kpnmail.nl|hetnet.nl|planet.nl|bluewin.ch|seznam.cz|wp.pl|onet.pl|o2.pl",
);

/** Labels that are never the employer's name in a domain. */
const DOMAIN_NOISE_LABELS = words(
  "www|mail|email|e|m|mg|em|send|smtp|mx|news|info|jobs|careers|career|hr|talent|recruiting|apply|" +
    "hire|example|test|invalid|localhost|co|com|org|net|ac|gov|edu|us|eu|uk|de|fr|es|it|nl|pl",
);

/** Words that make a mailbox or signature line a team rather than a person. */
const TEAM_WORDS =
  "team|teams|recruiting|recruitment|talent|acquisition|hiring|careers|career|jobs|job|hr|people|" +
  "culture|personal|personalabteilung|karriere|recrutement|rh|rrhh|talento|selección|seleccion|" +
  "reclutamiento|équipe|equipe|equipo|crew|alerts|notifications|no-reply|noreply|personalwesen|" +
  "recursos humanos|ressources humaines|human resources|risorse umane|werving|selectie";

const TEAM_WORD_SET = words(TEAM_WORDS);

/** Words in organisation names and never in a person's. */
const ORG_WORDS = words(
  "inc|llc|ltd|limited|plc|corp|corporation|company|gmbh|ag|kg|se|sa|sas|sarl|sl|bv|nv|srl|spa|oy|" +
    "ab|group|gruppe|groupe|grupo|gruppo|holding|holdings|labs|lab|systems|system|software|" +
    "technologies|technology|tech|solutions|services|consulting|partners|ventures|capital|bank|" +
    "insurance|health|healthcare|bio|biosciences|bioscience|sciences|science|robotics|analytics|" +
    "logistics|logistik|freight|audio|media|medien|digital|studio|studios|works|industries|" +
    "international|internacional|global|networks|network|data|cloud|ai|energy|energie|foods|" +
    "feinkost|pharma|therapeutics|medical|motors|airlines|games|gaming|university|universität|" +
    "universidad|institute|institut|instituto|foundation|stiftung|agency|agentur|bureau|atelier|" +
    "maison|compañía|compania|sociedad|colegio|school|schule|école|ecole|clinic|clinique|klinik|" +
    "clínica|hospital|brauerei|bouw|bau|verlag|publishing|press|payments|pay|commerce|civic|" +
    "insights|design|mobility|bank|finance|financial|capital|markets|retail|foods|partners|" +
    "architetti|architects|architekten|engineering|ingenieure|consultants|legal|law|sport|sports|" +
    "academy|akademie|académie|academia|college|schools|éditions|editions|edition|ediciones|" +
    "tecnología|tecnologia|technologie|tecnologie|servicios|financieros|outfitters|works|" +
    "hospitality|hotels|hotel|restaurant|store|stores|shop|markt|apotheke|pharmacy|" +
    "the|and|of|via|from|at|by|for|with|und|bei|chez|en|del|" +
    "notification|notifications|support|info|admin|mailer|daemon|postmaster|reply|noreply|" +
    "donotreply|hello|hi|hey|dear|thanks|thank|best|regards|cheers|sincerely|hallo|liebe|lieber|" +
    "bonjour|hola|beste|gentile|estimado|estimada|monday|tuesday|wednesday|thursday|friday|" +
    "saturday|sunday|january|february|march|july|september|october|november|december",
);

/** Lower-case particles inside a person's name ("Sanne de Vries", "José de la Cruz"). */
const NAME_PARTICLES = words(
  "van|von|de|del|della|der|den|di|da|dos|das|du|la|le|ten|ter|y|bin|al|zu|st",
);

/** Honorifics and German "i. A." ("on behalf of") before a name in a signature. */
const HONORIFIC =
  /^(?:dr|prof|mr|mrs|ms|mx|miss|herr|frau|mme|mlle|sr|sra|srta|dra|doña|arch|ing|dott|dottssa|dott\.ssa|avv|mag|dipl\.-[a-zäöüß]+|i\.\s?a|i\.\s?v|ppa|pp|p\.p)\.?\s+/i;

/** One capitalised name word: "Maya", "O'Rourke", "Jean-Luc", "McKenzie", "Łukasz", "Zoë". */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * A word list matched against the words of a text, accent- and case-insensitively: "word"
 * whole, "word*" as a prefix, "*word*" anywhere in a word, and "two words" as a phrase.
 * Set lookups instead of one large alternation: each such regex costs about a millisecond to
 * compile on first use, against a budget of ten for the whole message.
 */
interface Vocabulary {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  infixes: readonly string[];
  phrases: readonly string[];
}

function vocabulary(spec: string): Vocabulary {
  const words = new Set<string>();
  const prefixes: string[] = [];
  const infixes: string[] = [];
  const phrases: string[] = [];
  for (const entry of spec.split("|")) {
    if (entry.includes(" ") || entry.includes("/")) phrases.push(entry);
    else if (entry.startsWith("*")) infixes.push(entry.slice(1, -1));
    else if (entry.endsWith("*")) prefixes.push(entry.slice(0, -1));
    else words.add(entry);
  }
  return { words, prefixes, infixes, phrases };
}

const WORD_SEPARATORS = /[^a-z0-9ßłøæœđþı]+/;

/** Whether any word of the text is in the vocabulary. */
function mentions(vocab: Vocabulary, text: string): boolean {
  const folded = fold(text);
  if (vocab.phrases.some((phrase) => folded.includes(phrase))) return true;
  for (const word of folded.split(WORD_SEPARATORS)) {
    if (word === "") continue;
    if (vocab.words.has(word)) return true;
    if (vocab.prefixes.some((p) => word.startsWith(p))) return true;
    if (vocab.infixes.some((p) => word.includes(p))) return true;
  }
  return false;
}

/** Job-title vocabulary (English, German, French, Spanish, Dutch, Italian). */
const TITLE_VOCABULARY = vocabulary(
  "manager|managerin|recruiter|recruiterin|recruiting|recruitment|talent|acquisition|engineer|" +
    "engineering|developer|director|head|lead|partner|specialist|coordinator|officer|founder|" +
    "cofounder|ceo|cto|coo|cfo|cpo|cio|ciso|vp|svp|evp|president|chief|principal|staff|senior|sr|" +
    "junior|designer|scientist|analyst|consultant|associate|assistant|executive|hr|people|" +
    "operations|sourcer|sourcing|generalist|advisor|adviser|owner|architect|intern|teamlead|" +
    "product|marketing|sales|finance|legal|counsel|researcher|administrator|representative|" +
    "leitung|personal|responsable|directeur|directrice|chef|cadre|gerente|jefe|jefa|directora|" +
    "tecnico|tecnica|seleccion|rrhh|rh|talento|recrutement|analista|especialista|socia|socio|" +
    "titolare|responsabile|direttore|direttrice|asistente|assistante|projectleider|teamleider|" +
    "afdelingshoofd|adviseur|medewerker|werving|hoofd|resources|recursos|ressources|humanos|" +
    "humaines|*leiter*|*leitung*|*manager*|referent*|personalab*|personalle*|personalref*|personaler*|" +
    "personalw*|personalm*|personalb*|geschaftsfuhr*|*entwickler*|*berater*|sachbearbeiter*|" +
    "charge|chargee|ingenieur*|developpeu*|gerant*|reclutador*|desarrollador*|coordinador*|" +
    "coordinat*|consultor*|fundador*|fondat*|grunder*|cofondat*",
);

/** Titles that make someone the recruiter (checked before the hiring manager's). */
const RECRUITER_VOCABULARY = vocabulary(
  "recruit*|talent*|sourc*|reclut*|recrut*|headhunt*|staffing|werving|koordinat*|coordinat*|" +
    "personal|personalab*|personalle*|personalref*|personaler*|personalw*|personalm*|personalb*|" +
    "selecci*|people|hr|rh|rrhh|culture|human resources|recursos humanos|ressources humaines|" +
    "risorse umane",
);

/** Titles that make someone the hiring manager. */
const HIRING_MANAGER_VOCABULARY = vocabulary(
  "*manager*|head|lead|director|directeur|directrice|directora|direttore|direttrice|vp|svp|evp|" +
    "president|chief|cto|ceo|coo|cpo|cfo|cio|ciso|owner|responsable|responsabile|gerente|jefe|" +
    "jefa|supervisor|teamlead|chef|socia|socio|titolare|hoofd|partner|founder*|cofounder*|" +
    "fondat*|cofondat*|grunder*|fundador*|geschaftsfuhr*|*leiter*|leitung|*leider*|team lead|" +
    "cadre de sante",
);

/**
 * Words that make a phrase a job title rather than a company ("Senior Backend Engineer").
 * Only used to accept a role from a weak cue; strong cues ("the X position") need none.
 */
const ROLE_VOCABULARY = vocabulary(
  "engineer|developer|manager|designer|analyst|scientist|specialist|consultant|architect|lead|" +
    "director|head|intern|internship|associate|coordinator|administrator|officer|assistant|" +
    "representative|executive|researcher|accountant|controller|writer|editor|recruiter|sre|" +
    "devops|qa|tester|programmer|technician|nurse|teacher|owner|strategist|marketer|counsel|" +
    "partner|advisor|chef|charge|chargee|responsable|stagiaire|analista|jefe|jefa|tecnico|" +
    "tecnica|gerente|especialista|sviluppatore|ontwikkelaar|adviseur|medewerker|m/w/d|w/m/d|" +
    "m/f/d|f/m/x|h/f|f/h|*engineer*|*developer*|*entwickler*|ingenieur*|*berater*|*leiter*|" +
    "referent*|sachbearbeiter*|werkstudent*|praktikant*|*manager*|*redakteur*|*buchhalter*|" +
    "developpeu*|alternan*|controleu*|infirmi*|desarrollador*|ingenier*|disenador*|" +
    "programador*|coordinador*|profesor*|architett*|*leider",
);

const hasTitleWord = (text: string) => mentions(TITLE_VOCABULARY, text);
const hasRoleWord = (text: string) => mentions(ROLE_VOCABULARY, text);

// =============================================================================================
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
    firstNames.add(folded.split(" ")[0] ?? folded);
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

// =============================================================================================
// Names

/** "(she/her)", "(he/him)", "(they/them)" after a name. */
const PRONOUNS =
  /\s*[([](?:she|he|they|ze|xe|sie|er|elle|il|iel)\s*\/\s*\w+(?:\s*\/\s*\w+)?[)\]]/gi;

/** Removes honorifics, pronouns, quotes and stray punctuation around a name. */
function cleanName(raw: string): string {
  let name = raw
    .normalize("NFC")
    .replace(PRONOUNS, "")
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, "")
    .replace(/^[\s"'“”‘’«»<[*_~-]+|[\s"'“”‘’«»>*_~,;:.!-]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // A closing bracket stays when it closes one in the name ("Alex Kim (Bluepeak)").
  while (/[)\]]$/.test(name) && !/[([]/.test(name)) name = name.slice(0, -1).trimEnd();
  while (/^[([]/.test(name) && !/[)\]]/.test(name)) name = name.slice(1).trimStart();
  for (let i = 0; i < 2 && HONORIFIC.test(name); i++) name = name.replace(HONORIFIC, "");
  return name;
}

/** Whether a cleaned phrase reads as a person's name: two to four capitalised words. */
function isPersonName(name: string, allowSingle = false): boolean {
  const parts = name.split(" ");
  // "María del Carmen Rodríguez de la Fuente": particles do not count towards the four words.
  if (parts.length > 8 || name.length > 60) return false;
  if (parts.length === 1 && !allowSingle) return false;
  let nameWords = 0;
  let lowerSeen = false;
  for (let i = 0; i < parts.length; i++) {
    const word = parts[i] ?? "";
    const inside = i > 0 && i < parts.length - 1;
    if (inside && NAME_PARTICLES.has(word)) continue;
    if (inside && /^\p{Lu}\.$/u.test(word)) continue; // middle initial
    if (!NAME_WORD.test(word)) return false;
    // "Claire MARTIN": a surname in capitals, as French signatures write it.
    const capitals = !HAS_LOWER.test(word);
    if (capitals && (i === 0 || word.length < 2)) return false;
    lowerSeen ||= !capitals;
    const folded = fold(word);
    if (ORG_WORDS.has(folded) || NOT_A_NAME.has(folded) || PLATFORM_NAMES.has(folded)) return false;
    if (TEAM_WORD_SET.has(folded) || hasTitleWord(word)) return false;
    nameWords++;
  }
  return lowerSeen && nameWords <= 4 && nameWords >= (allowSingle ? 1 : 2);
}

/**
 * A person's name guessed from a "first.last@" address. Only used when neither a display
 * name nor a signature names the person; null when the address is not clearly first.last.
 */
function nameFromAddress(address: string): string | null {
  const local = (address.split("@")[0] ?? "").replace(/\+.*$/, "");
  const parts = local.split(/[._-]/);
  if (parts.length < 2 || parts.length > 3) return null;
  if (!parts.every((p) => /^[a-z]{2,}$/.test(p))) return null;
  const name = parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join(" ");
  return isPersonName(name) ? name : null;
}

/** Same person: identical names, a lone first name against a full one, or a middle name more. */
function namesMatch(a: string, b: string): boolean {
  // "Jean-Luc Picard" and "Jean Luc Picard" (from jean-luc.picard@) are one name.
  const fa = fold(a).replace(/-/g, " ").split(/\s+/);
  const fb = fold(b).replace(/-/g, " ").split(/\s+/);
  if (fa.join(" ") === fb.join(" ")) return true;
  const [shorter, longer] = fa.length <= fb.length ? [fa, fb] : [fb, fa];
  if (shorter[0] !== longer[0]) return false;
  if (shorter.length === 1) return true;
  const lastShort = shorter[shorter.length - 1] ?? "";
  return longer.slice(1).some((w) => w === lastShort || w.startsWith(`${lastShort}-`));
}

/** Whether an address plausibly belongs to a name ("mortiz@", "maya.ortiz@", "m.ortiz@"). */
function addressFitsName(address: string, name: string): boolean {
  const local = fold(address.split("@")[0] ?? "").replace(/[^a-z]/g, "");
  return fold(name)
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z]/g, ""))
    .some((w) => w.length >= 3 && local.includes(w));
}

/** Whether a phrase names a team ("Talent Team", "Hiring Team") rather than anyone. */
function isTeamPhrase(phrase: string): boolean {
  const folded = fold(phrase);
  return (
    folded.split(/[\s-]+/).some((w) => TEAM_WORD_SET.has(w)) ||
    /human resources|recursos humanos|ressources humaines/.test(folded)
  );
}

// =============================================================================================
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
  const robot = address === null || isRobotAddress(address);
  let { person, org } = splitDisplayName(from?.name ?? "");
  // One word on a machine's address is a brand ("Stripe <no-reply@...>"); on a person's, a first name.
  if (robot && person !== null && !person.includes(" ")) {
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
function splitDisplayName(raw: string): { person: string | null; org: string | null } {
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

const TEAM_PREFIX = new RegExp(
  `^(?:the|your|ihr|dein|euer|das|die|l['’]|la|le|el|los|il|lo|het)?\\s*(?:(?:${TEAM_WORDS})(?:[\\s-]+|$))+(?:(?:at|@|bei|der|des|von|of|from|chez|du|for|van|di|della)\\s+|de\\s+|d['’]\\s*)(.+)$`,
  "i",
);
const TEAM_SUFFIX = new RegExp(`^(.+?)(?:['’]s)?(?:[\\s-]+(?:${TEAM_WORDS}))+$`, "i");
const LEADING_ARTICLE = /^(?:the|your|ihr|dein|das|die|der|l['’]|el|la|le|lo|het)\s+/i;

/** "The Northwind Robotics Team", "Recruiting at Bluepeak", "Harborline Talent Acquisition" -> the company. */
function orgFromTeamPhrase(raw: string): string | null {
  const phrase = cleanName(raw);
  if (phrase === "" || phrase.length > 100) return null;
  const found = TEAM_PREFIX.exec(phrase)?.[1] ?? TEAM_SUFFIX.exec(phrase)?.[1];
  if (!found) return null;
  const org = found.replace(LEADING_ARTICLE, "").trim();
  if (org === "" || isTeamPhrase(org) || hasTitleWord(org)) return null;
  return validCompany(org);
}

/** The organisation a display name stands for ("Northwind Robotics", "Bluepeak Careers"). */
function orgFromPhrase(raw: string): string | null {
  const team = orgFromTeamPhrase(raw);
  if (team) return team;
  const phrase = cleanName(raw).replace(LEADING_ARTICLE, "");
  if (phrase === "" || isTeamPhrase(phrase) || hasTitleWord(phrase)) return null;
  return validCompany(phrase);
}

/** Job-board alert digests: they list many employers and are about none of them. */
const JOB_BOARD_DIGEST =
  /\bjob alerts?\b|\bnew jobs?\b|\bjobs? for you\b|\brecommended jobs\b|\bjob recommendations\b|\bjobs? matching\b|\bjobs? (?:like|near)\b|\bstellenangebote\b|\bjobagent\b|\bneue jobs\b|\boffres d['’]emploi\b|\balertes? emploi\b|\bofertas de empleo\b|\balertas? de empleo\b|\bvacatures voor\b/i;

function isJobBoardDigest(from: Mailbox | null, subject: string): boolean {
  return JOB_BOARD_DIGEST.test(from?.name ?? "") || JOB_BOARD_DIGEST.test(subject);
}

// =============================================================================================
// Signature

interface Signature {
  name: string | null;
  title: string | null;
  /** The company on its own line of the signature ("Northwind Robotics"). */
  company: string | null;
  /** A company after the title on the same line ("Recruiter, BluePeak"): could be a department. */
  lineCompany: string | null;
  email: string | null;
  /** "The Northwind Robotics Team": a company, no person. */
  teamCompany: string | null;
  /** The newest message above the signature: the prose. */
  prose: string;
}

/** Sign-offs, folded (lower case, no accents); "ß" phrases also match their "ss" spelling. */
const SIGN_OFF_PHRASES = (
  "regards|best regards|kind regards|kindest regards|warm regards|warmest regards|with regards|" +
  "many regards|sincere regards|best wishes|warm wishes|with best wishes|all best wishes|my best|" +
  "best|all the best|all best|best of luck|good luck|thanks|thank you|many thanks|thanks again|" +
  "thanks so much|thank you again|thank you so much|cheers|sincerely|yours|yours sincerely|" +
  "yours truly|yours faithfully|sincerely yours|warmly|respectfully|take care|talk soon|" +
  "speak soon|mit freundlichen grußen|mit besten grußen|mit herzlichen grußen|" +
  "mit lieben grußen|mit vielen grußen|mit sonnigen grußen|mit kollegialen grußen|" +
  "mit den besten grußen|freundliche gruße|viele gruße|beste gruße|liebe gruße|" +
  "herzliche gruße|schone gruße|sonnige gruße|gruße|gruß|lg|vg|mfg|cordialement|" +
  "bien cordialement|tres cordialement|bien a vous|salutations|meilleures salutations|" +
  "sinceres salutations|salutations distinguees|amicalement|bien amicalement|a bientot|" +
  "belle journee|bonne journee|bonne continuation|bonne soiree|saludos|saludos cordiales|" +
  "un saludo|un saludo cordial|cordial saludo|un cordial saludo|recibe un cordial saludo|" +
  "reciba un cordial saludo|muchos saludos|cordiales saludos|atentamente|un abrazo|" +
  "muchas gracias|gracias|merci|merci beaucoup|vielen dank|danke|cordiali saluti|" +
  "distinti saluti|un cordiale saluto|saluti|met vriendelijke groet|met vriendelijke groeten|" +
  "vriendelijke groet|vriendelijke groeten|hartelijke groet|met hartelijke groet|" +
  "hartelijke groeten|groeten|groet|med vanliga halsningar|vanliga halsningar|halsningar|" +
  "pozdrawiam|z powazaniem"
).split("|");
const SIGN_OFFS: ReadonlySet<string> = new Set(
  SIGN_OFF_PHRASES.flatMap((p) => (p.includes("ß") ? [p, p.replace(/ß/g, "ss")] : [p])),
);
/** The longest sign-off is four words ("reciba un cordial saludo"). */
const MAX_SIGN_OFF_WORDS = 4;
const LINE_TOKENS = /[^\s,.!…—–:;-]+/g;
const SIGN_OFF_WORD =
  /\b(?:regards|wishes|best|thanks|cheers|gratitude|gruße|grusse|gruß|groet|groeten|saludos?|cordialement|salutations|saluti|merci|gracias|danke|atenciosamente|abraços|hilsen|terveisin|pozdrawiam)\b/;

/** "Best, Maya" -> { rest: "Maya" }; "Thank you" -> { rest: "" }; prose -> null. */
function matchSignOff(line: string): { rest: string } | null {
  const tokens = [...line.matchAll(LINE_TOKENS)].slice(0, MAX_SIGN_OFF_WORDS + 1);
  let matchedEnd = -1;
  let phrase = "";
  for (let i = 0; i < tokens.length && i < MAX_SIGN_OFF_WORDS; i++) {
    const token = tokens[i];
    if (!token) break;
    phrase = i === 0 ? fold(token[0]) : `${phrase} ${fold(token[0])}`;
    if (SIGN_OFFS.has(phrase)) matchedEnd = (token.index ?? 0) + token[0].length;
  }
  if (matchedEnd < 0) {
    // "Thanks and best regards,", "Warm wishes,": a short line ending in a comma that says it.
    const folded = fold(line);
    if (/,$/.test(line) && tokens.length <= 5 && SIGN_OFF_WORD.test(folded)) return { rest: "" };
    return null;
  }
  return { rest: line.slice(matchedEnd).replace(/^[\s,.!…—–:;-]+/, "") };
}

/** Footer lines that end a signature (platform badges, disclaimers, history). */
const FOOTER_LINE =
  /^(?:sent (?:via|with|from|using|by)|powered by|gesendet (?:von|mit|über)|envoyé (?:de|depuis|via|avec)|enviado (?:desde|con)|inviato da|verzonden (?:met|vanaf)|this (?:e-?mail|message) (?:was|is|and|has)|please do not reply|do not reply|diese (?:e-mail|nachricht)|ce message|ce courriel|este (?:mensaje|correo)|questa e-?mail|dit bericht|confidential|disclaimer|unsubscribe|privacy|datenschutz|get outlook|you are receiving|>|-{3,}|_{3,}|on .+wrote:?$|am .+schrieb|le .+a écrit|el .+escribió)/i;

/** An address; the lookbehind starts each attempt at a word's start, keeping long words linear. */
const EMAIL_IN_TEXT =
  /(?<![\w.%+'-])[\w.%+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,24}/gi;

const PHONE_LIKE = /(?:\d[\s()./-]*){6,}/;
const URL_LIKE = /https?:\/\/|www\.|^[\w.-]+\.[a-z]{2,6}(?:\/\S*)?$/i;
/** "Hafenstraße 12, 20457 Hamburg", "12 rue des Tanneurs", "Brauhausplatz 3 · 83022 Rosenheim". */
const STREET_LIKE = /\s\d{1,5}[a-zA-Z]?\s*(?:[,·|]|$)|^\d/;

/** Finds the sign-off block at the end of the newest message and reads name, title and company. */
function parseSignature(newest: string, sender: SenderInfo): Signature {
  const lines = newest.split("\n").map((l) => l.trim());
  const sig: Signature = {
    name: null,
    title: null,
    company: null,
    lineCompany: null,
    email: null,
    teamCompany: null,
    prose: newest,
  };
  const block = findSignatureBlock(lines);
  if (block === null) return sig;
  sig.prose = lines.slice(0, block.start).join("\n");
  if (block.inlineName) readSignaturePart(block.inlineName, sig, sender, false);
  for (const line of block.lines) {
    if (sig.name === null && sig.teamCompany === null) {
      const team = orgFromTeamLine(line);
      if (team) {
        sig.teamCompany = team;
        continue;
      }
    }
    const parts = splitSignatureLine(line);
    for (let i = 0; i < parts.length; i++) {
      readSignaturePart(parts[i] ?? "", sig, sender, i > 0);
    }
  }
  return sig;
}

interface SignatureBlock {
  /** Index of the first line that is not prose (the sign-off, or the name). */
  start: number;
  lines: string[];
  /** "Best, Maya": the name on the sign-off line itself. */
  inlineName: string | null;
}

function findSignatureBlock(lines: string[]): SignatureBlock | null {
  const end = lines.length;
  const floor = Math.max(0, end - SIGNATURE_SEARCH_LINES);
  for (let i = end - 1; i >= floor; i--) {
    const line = lines[i] ?? "";
    if (line === "" || line.length > 60) continue;
    const m = matchSignOff(line);
    if (!m) continue;
    const rest = cleanName(m.rest);
    // "Thank you for your patience." is prose; "Best, Maya", "Thanks again and take care," and
    // "Beste Grüße aus Hamburg" are sign-offs.
    if (
      rest !== "" &&
      !/^\p{Lu}/u.test(rest) &&
      !/[,!]$/.test(line) &&
      !/^(?:aus|from|de|desde|vom|da|uit)\s/i.test(rest)
    ) {
      continue;
    }
    const inline = rest !== "" && /^\p{Lu}/u.test(rest) ? rest : null;
    return { start: i, lines: takeSignatureLines(lines, i + 1, end), inlineName: inline };
  }
  // No sign-off: the bottom-most short block that opens with a name ("Nico Alvarez\nHead of Talent").
  for (let i = end - 1; i >= Math.max(0, end - 15); i--) {
    const line = lines[i] ?? "";
    const above = i > 0 ? (lines[i - 1] ?? "") : "";
    // The name opens a block: a blank line above it, or the end of a sentence and a title below.
    const opens = above === "" || (/[.!?]$/.test(above) && hasTitleWord(lines[i + 1] ?? ""));
    if (line === "" || line.length > 80 || !opens) continue;
    const first = cleanName(splitSignatureLine(line.replace(/^[-—–]+\s*/, ""))[0] ?? "");
    if (isPersonName(first)) {
      return { start: i, lines: takeSignatureLines(lines, i, end), inlineName: null };
    }
  }
  return null;
}

function takeSignatureLines(lines: string[], from: number, end: number): string[] {
  const out: string[] = [];
  let blankRun = 0;
  for (let i = from; i < end && out.length < MAX_SIGNATURE_LINES; i++) {
    const raw = lines[i] ?? "";
    if (/^(?:--|—|–|-- )$/.test(raw)) continue; // the "-- " signature delimiter
    const line = raw.replace(/^[-—–]+\s*/, "").trim();
    if (line === "") {
      blankRun++;
      // Blank lines after the sign-off and between the name block and the company block are
      // common; two in a row end the signature.
      if (blankRun >= (out.length === 0 ? 3 : 2)) break;
      continue;
    }
    blankRun = 0;
    if (FOOTER_LINE.test(line)) break;
    if (line.length > 90 || (/[.!?]$/.test(line) && line.split(" ").length > 8)) break;
    out.push(line);
  }
  return out;
}

const SIGNATURE_SEPARATORS = /\s+[|·•∙]\s+|\s*\|\s*|\s+[–—]\s+|\s+-\s+|,\s+/;
/** A piece that only makes sense glued to the one before ("Acme, Inc.", "Kranich Software, GmbH"). */
const LEGAL_FORM_PIECE =
  /^(?:inc|llc|ltd|gmbh|ag|s\.?a|s\.?l|co|kg|b\.?v|s\.?r\.?l|sp|plc|limited)\b\.?/i;

function splitSignatureLine(line: string): string[] {
  const parts: string[] = [];
  for (const piece of line.split(SIGNATURE_SEPARATORS)) {
    const p = piece.trim();
    if (p === "") continue;
    const previous = parts[parts.length - 1];
    if (previous !== undefined && LEGAL_FORM_PIECE.test(p))
      parts[parts.length - 1] = `${previous}, ${p}`;
    else parts.push(p);
  }
  return parts;
}

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
  // Names: the first name-like piece, or a fuller form of it ("Kwame" then "Kwame Mensah").
  if (isPersonName(text) || isPersonName(text, true)) {
    if (sig.name === null && (isPersonName(text) || fitsSender(text, sender))) {
      sig.name = text;
      return;
    }
    if (sig.name !== null && namesMatch(sig.name, text)) {
      if (text.split(" ").length > sig.name.split(" ").length) sig.name = text;
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
  if (hasLegalSuffix(text)) {
    sig.company ??= validCompany(text);
    return;
  }
  if (hasTitleWord(text)) {
    sig.title ??= text;
    return;
  }
  if (STREET_LIKE.test(text) || /^\d/.test(text)) return;
  if (/^[\p{Lu}\d]/u.test(text) && text.split(" ").length <= 6) {
    if (afterOnLine) sig.lineCompany ??= validCompany(text);
    else sig.company ??= validCompany(text);
  }
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

// =============================================================================================
// Company

const LEGAL_SUFFIX =
  /\s(?:inc|llc|ltd|limited|plc|corp|corporation|gmbh|ag|kg|se|sa|sas|sarl|s\.a\.s|s\.a|s\.l|sl|slu|bv|b\.v|nv|n\.v|srl|s\.r\.l|spa|s\.p\.a|oy|ab|aps|pty|lda|co|e\.v|ug|sp\. z o\.o|s\.a\.u|gmbh & co\. kg|kgaa)\.?$/i;

function hasLegalSuffix(name: string): boolean {
  return LEGAL_SUFFIX.test(name);
}

/** Capitalised words, joined by "&", "and", "de" ...: "Marlow & Finch", "Banco de Crédito". */
const COMPANY_RUN =
  "([\\p{Lu}\\d][\\p{L}\\d&'’.+-]*(?:[ \\t]+(?:(?:&|and|und|et|y|of|de|del|der|du|des|la|von|für|e|en)[ \\t]+)?[\\p{Lu}\\d][\\p{L}\\d&'’.+-]*){0,5})";

/** Phrases before the employer's name in the body, by how much they say. */
const COMPANY_CUES_BY_WEIGHT: readonly (readonly [number, readonly string[]])[] = [
  [
    3,
    [
      "(?:application|applying|applied) (?:to|with|at)(?: the team at)? ",
      "(?:interest|interested) in (?:joining |working (?:at|for|with) )?",
      "(?:position|role|opening|job|vacancy|opportunity|opportunities|career|careers|process|everyone|all of us|interviews?|journey|candidacy) (?:here )?(?:at|with) ",
      "(?:bewerbung|interesse) (?:bei|an) (?:der |die |das |den |dem )?",
      "(?:tätigkeit|karriere|position|stelle|arbeit|einstieg) (?:bei|in) (?:der |dem |den )?",
      "candidature (?:à|a|au sein de|chez|pour) (?:la |le |l['’])?",
      "intérêt (?:pour|envers|porté à|que vous (?:portez|avez porté) (?:à|aux|au)) (?:la |le |l['’])?",
      "(?:interés|interes) (?:en|por) (?:formar parte de |trabajar (?:en|con) )?",
      "(?:candidatura|postulación|postulacion) (?:a|en|para|de|con) ",
      "(?:sollicitatie|interesse) (?:bij|voor|in) ",
      "(?:functie|vacature|rol)[^.\\n]{0,60}? bij ",
      "(?:interesse|candidatura) (?:verso|per|presso) (?:lo |la |il |l['’])?",
    ],
  ],
  [
    2,
    [
      "(?:team|us) (?:here )?(?:at|with) ",
      "(?:here|we|everyone|all) at ",
      "(?:interviewing|interviewed|speaking|meeting) (?:with|at) ",
      "on behalf of (?:the (?:\\S+ )?team at |everyone at |all of us at )?",
      "(?:joining|considering|choosing) ",
      "im namen (?:der |des |von )?",
      "au sein (?:de la |du |de l['’]|de |d['’])",
      "rejoindre (?:la |le |l['’])?",
      "(?:formar parte de|unirte a|unirse a|trabajar en|trabajar con) ",
      "(?:puesto|posición|posicion|vacante|plaza)[^.\\n]{0,60}? en ",
    ],
  ],
  [1.5, ["bei (?:der |dem |den )?", "chez ", "bij ", "presso (?:lo |la |il |l['’])?"]],
];

/**
 * Cues are found by one pattern without Unicode classes, and the name after each is read by
 * one small sticky pattern: a large pattern with Unicode classes costs milliseconds to compile
 * on first use, and the Worker has ten for the whole message.
 */
const COMPANY_CUE = new RegExp(
  `\\b(?:${COMPANY_CUES_BY_WEIGHT.map(([, cues], i) => `(?<w${i}>${cues.join("|")})`).join("|")})`,
  "gi",
);
const COMPANY_RUN_AT = new RegExp(COMPANY_RUN, "uy");
/** "At Acme, we receive many applications": a sentence that opens with the employer. */
const SENTENCE_AT = /(?:^|[.!?]\s+|\n)At (?=[A-Z\d])/g;

/** How many cue matches one text may cost; prose repeats "the" and "at" a lot. */
const MAX_CUES_PER_TEXT = 200;

interface CuedRun {
  cue: RegExpExecArray;
  run: string;
  /** Where the run starts in the text. */
  at: number;
}

/** Every cue in the text, each followed by the run the sticky pattern reads right after it. */
function cuedRuns(text: string, cue: RegExp, run: RegExp, limit: number): CuedRun[] {
  const out: CuedRun[] = [];
  cue.lastIndex = 0;
  let seen = 0;
  for (
    let m = cue.exec(text);
    m !== null && out.length < limit && seen < MAX_CUES_PER_TEXT;
    m = cue.exec(text)
  ) {
    seen++;
    if (m[0] === "") {
      cue.lastIndex++;
      continue;
    }
    const at = m.index + m[0].length;
    run.lastIndex = at;
    const r = run.exec(text);
    if (r) out.push({ cue: m, run: r[0], at });
  }
  return out;
}

/** "Your application to Fernhill Analytics", "Platform Engineer at Bluepeak". */
const SUBJECT_COMPANY_CUE =
  /(?:application|applying|candidacy|interview|candidature|bewerbung|candidatura|sollicitatie)\s+(?:at|to|with|bei|chez|en|for a role at|bij|presso)\s+(?:der\s+|die\s+|the\s+)?(.+)$/i;
const SUBJECT_AT = /\s(?:at|@|bei|chez|bij|presso)\s+(.+)$/;
const TITLE_CASE_CONNECTOR = /^(?:&|and|und|et|y|of|de|del|der|du|des|la|von|für|e|en|van|di)$/;

/** Tokens that end a captured company name ("at Northwind Robotics We ..."). */
const COMPANY_STOP = words(
  "i|we|you|our|your|unfortunately|thank|thanks|please|best|kind|regards|hi|hello|dear|if|as|and|" +
    "but|so|wir|sie|ihnen|ihr|ihre|ihrer|ihren|ihrem|leider|vielen|dank|bitte|nous|vous|merci|" +
    "malheureusement|nosotros|usted|gracias|lamentablemente|desafortunadamente|este|esta|the|a|an|" +
    "this|that|today|position|role|opening|team|stelle|poste|puesto|posición|rolle|hr|ich|je|yo|" +
    "we|wij|helaas|jij|u|jullie|noi|lei",
);

/** Words that alone are never an employer ("at This", "bei Fragen", "Rückmeldung: ..."). */
const NOT_A_COMPANY = words(
  "this|that|these|those|the|a|an|it|us|you|we|our|your|all|any|some|each|every|other|another|now|" +
    "present|moment|time|least|first|last|once|monday|tuesday|wednesday|thursday|friday|saturday|" +
    "sunday|january|february|march|april|may|june|july|august|september|october|november|december|" +
    "fragen|rückfragen|interesse|ihnen|uns|ihre|ihrer|ihrem|ihren|sie|euch|dir|dich|allem|bedarf|" +
    "gelegenheit|zukunft|bewerbung|bewerbungen|auswahl|besetzung|entscheidung|unternehmen|firma|" +
    "rückmeldung|absage|zusage|einladung|nous|vous|notre|votre|nos|vos|cette|ce|un|une|le|la|les|" +
    "nuestro|nuestra|su|sus|este|esta|el|los|las|una|cuenta|breve|contacto|cualquier|todo|todos|" +
    "madrid|barcelona|paris|berlin|london|munich|münchen|hamburg|remote|home|linkedin|email|mail|" +
    "e-mail|person|zoom|teams|google|slack|update|application|applications|interview|interviews|" +
    "invitation|decision|feedback|offer|re|fwd|fw|candidature|candidatura|entrevista|entretien|" +
    "proposition|oferta|invitación|thank|thanks|congratulations|welcome|your|status|next|uw|je|" +
    "sollicitatie|vacature|plaza|puesto|poste|stelle|position|role|job|jobs|hr|ceo|cto|vp|" +
    "request|question|questions|reminder|confirmation|notification",
);

/** Letters after a name in a signature ("Maya Ortiz, PhD"): never a company. */
const DEGREES = words(
  "phd|mba|msc|bsc|ma|ba|meng|beng|md|jd|cpa|acca|cfa|pmp|sphr|phr|shrmcp|shrmscp|cipd|" +
    "dipl-ing|diplkfm|mag|ing|lic|dr|prof|esq|jr|sr|ii|iii",
);

/** "Inc.", "Co.", "S.A.", "o.o.", "Sp.": dots that belong to the name. */
const ABBREVIATION = /^(?:\p{L}{1,3}\.)+$|^(?:corp|ltd|bros)\.$/iu;

/** Trims a captured run to the company name and rejects what is not one. */
function validCompany(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const tokens = raw.replace(/\s+/g, " ").trim().split(" ");
  const kept: string[] = [];
  for (const token of tokens) {
    const folded = fold(token.replace(/[,:;!?]+$/, ""));
    if (kept.length > 0 && COMPANY_STOP.has(folded)) break;
    // "Northwind's Platform Engineer opening": the possessive ends the name.
    if (/['’]s$/.test(token) && kept.length < 5) {
      kept.push(token.slice(0, -2));
      break;
    }
    if (token.endsWith(".") && !ABBREVIATION.test(token)) {
      kept.push(token.slice(0, -1));
      break;
    }
    kept.push(token);
    if (/[,:;!?]$/.test(token)) break;
  }
  const isConnector = (w: string) =>
    /^(?:&|and|und|et|y|of|de|del|der|du|des|la|von|für|e|en)$/i.test(w);
  while (kept.length > 0 && isConnector(kept[kept.length - 1] ?? "")) kept.pop();
  // "Northwind Robotics Recruiting" -> "Northwind Robotics"
  while (kept.length > 1 && TEAM_WORD_SET.has(fold(kept[kept.length - 1] ?? ""))) kept.pop();
  const name = kept
    .join(" ")
    .replace(/['’]s$/, "")
    .replace(/[,:;!?)(\]"'“”’]+$/, "")
    .replace(/^[("'“‘]+/, "")
    .trim();
  if (name.length < 2 || name.length > 60) return null;
  if (!/^[\p{Lu}\d]/u.test(name)) return null;
  const key = companyKey(name).replace(/\s+/g, "");
  if (key === "" || PLATFORM_NAMES.has(key)) return null;
  const first = fold(kept[0] ?? "");
  if (COMPANY_STOP.has(first) || NOT_A_COMPANY.has(first)) return null;
  if (kept.length === 1 && TEAM_WORD_SET.has(first)) return null;
  if (
    hasRoleWord(name) &&
    !hasLegalSuffix(name) &&
    kept.length <= 3 &&
    !ORG_WORDS.has(fold(kept[kept.length - 1] ?? ""))
  ) {
    return null;
  }
  return name;
}

/** "bluepeak.io" -> "Bluepeak", "northwind-robotics.com" -> "Northwind Robotics"; null for mail providers. */
function companyFromDomain(domain: string | null): string | null {
  if (!domain) return null;
  const d = domain.toLowerCase();
  if (WEBMAIL_DOMAINS.has(d) || isAtsDomain(d)) return null;
  const labels = d.split(".");
  labels.pop(); // the top-level domain
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

/** "Powered by Hirefront", "Sent via Ashby": platforms this message names, never the employer. */
const PLATFORM_BADGE =
  /(?:[Pp]owered by|[Ss]ent (?:via|with|using|through)|[Gg]esendet (?:über|mit|via)|[Vv]ersendet über|[Ee]nvoyé (?:via|avec|par)|[Ee]nviado (?:a través de|con|mediante)|[Ii]nviato (?:tramite|con)|[Vv]erzonden (?:via|met))\s+([A-Z][\w.-]*)/g;

function platformsNamedIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(PLATFORM_BADGE)) if (m[1]) found.add(compactKey(m[1]));
  return found;
}

interface CompanyCandidate {
  name: string;
  /** compactKey(name), computed once: candidates are compared pairwise. */
  key: string;
  weight: number;
  /** Guessed from a domain ("Kestrelworks"): never the spelling to return when a written one agrees. */
  derived?: boolean;
}

interface CompanyInput {
  self: SelfMatcher;
  /** People's names in the From, To and Cc headers. */
  headerNames: readonly string[];
  message: string;
  body: string;
  subject: string;
  sender: SenderInfo;
  signature: Signature;
  platforms: ReadonlySet<string>;
  original: ForwardedOriginal;
}

/** Sources that name the employer, weighed; candidates that agree reinforce each other. */
function chooseCompany(input: CompanyInput): string | null {
  const { sender, signature } = input;
  const candidates: CompanyCandidate[] = [];
  const add = (name: string | null, weight: number, derived = false) => {
    if (name && !input.platforms.has(compactKey(name)) && !input.self.isSelfName(name)) {
      candidates.push({ name, key: compactKey(name), weight, derived });
    }
  };
  add(signature.company, 4);
  add(signature.teamCompany, 4);
  add(signature.lineCompany, 3);
  for (const found of companiesInText(input.message)) add(found.name, found.weight);
  add(sender.org, 3);
  for (const name of companiesInSubject(input.subject)) {
    // "Checking in – Maya Ortiz": a person the headers name is not the company.
    if (!input.headerNames.some((person) => namesMatch(person, name))) add(name, 2);
  }
  if (input.body !== input.message) {
    for (const found of companiesInText(input.body).slice(0, 3)) add(found.name, found.weight / 3);
  }
  if (!sender.self) {
    // A no-reply address on an unknown domain may be an ATS of its own: it counts for less.
    add(companyFromDomain(sender.domain), sender.robot ? 0.5 : 1.5, true);
  }
  if (signature.email) add(companyFromDomain(signature.email.split("@")[1] ?? null), 1, true);
  const ccDomains = new Set(input.original.cc.map((m) => m.address?.split("@")[1] ?? ""));
  for (const domain of [...ccDomains].slice(0, 5)) add(companyFromDomain(domain), 0.3, true);
  if (candidates.length === 0) return null;
  let best: CompanyCandidate | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    let score = 0;
    for (const other of candidates) if (keysAgree(candidate.key, other.key)) score += other.weight;
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

/** A spelling this well attested (a signature, the display name, a clear phrase) can be trusted whole. */
const TRUSTED_SPELLING_WEIGHT = 3;

/**
 * Within the winning group ("Pagaluz", "Pagaluz Servicios Financieros S.L."), the fullest
 * spelling a trusted source writes; never a domain guess when the message writes the name.
 */
function bestSpelling(candidates: readonly CompanyCandidate[], best: CompanyCandidate): string {
  const byKey = new Map<string, { name: string; key: string; weight: number; written: boolean }>();
  for (const c of candidates) {
    if (!keysAgree(c.key, best.key)) continue;
    const entry = byKey.get(c.key) ?? { name: c.name, key: c.key, weight: 0, written: false };
    entry.weight += c.weight;
    if (!c.derived && !entry.written) {
      entry.name = c.name;
      entry.written = true;
    }
    byKey.set(c.key, entry);
  }
  const entries = [...byKey.values()];
  const trusted = entries
    .filter((e) => e.written && e.weight >= TRUSTED_SPELLING_WEIGHT)
    .sort((a, b) => b.key.length - a.key.length)[0];
  if (trusted) return trusted.name;
  const heaviest = entries.sort(
    (a, b) => Number(b.written) - Number(a.written) || b.weight - a.weight,
  )[0];
  return heaviest?.name ?? best.name;
}

function compactKey(name: string): string {
  return companyKey(name).replace(/\s+/g, "");
}

/** "Northwind" and "Northwind Robotics GmbH" name one employer; so do "Bluepeak" and "BluePeak AI". */
function companiesAgree(a: string, b: string): boolean {
  return keysAgree(compactKey(a), compactKey(b));
}

function keysAgree(ka: string, kb: string): boolean {
  if (ka === kb) return true;
  if (ka.length < 4 || kb.length < 4) return false;
  if (ka.startsWith(kb) || kb.startsWith(ka)) return true;
  // "Vientosur Tech" and "Vientosur Tecnología": a long shared stem.
  let shared = 0;
  while (shared < ka.length && ka.charCodeAt(shared) === kb.charCodeAt(shared)) shared++;
  return shared >= 8 && shared >= 0.75 * Math.min(ka.length, kb.length);
}

function companiesInText(text: string): { name: string; weight: number }[] {
  const found: { name: string; weight: number }[] = [];
  for (const { cue, run } of cuedRuns(text, COMPANY_CUE, COMPANY_RUN_AT, 24)) {
    const name = validCompany(run);
    const groups = cue.groups ?? {};
    const tier = COMPANY_CUES_BY_WEIGHT.findIndex((_, i) => groups[`w${i}`] !== undefined);
    if (name) found.push({ name, weight: COMPANY_CUES_BY_WEIGHT[tier]?.[0] ?? 1 });
  }
  for (const { run, at } of cuedRuns(text, SENTENCE_AT, COMPANY_RUN_AT, 4)) {
    const name = validCompany(run);
    if (name && text.charAt(at + run.length) === ",") found.push({ name, weight: 2 });
  }
  return found;
}

/** Subject pieces that are a company name ("Orchard Valley Health: Update on Req #4471"). */
function companiesInSubject(subject: string): string[] {
  const found: string[] = [];
  for (const segment of subject.split(/\s+[–—|:-]\s+|:\s+/)) {
    const s = segment.trim();
    const candidate = SUBJECT_COMPANY_CUE.exec(s)?.[1] ?? SUBJECT_AT.exec(s)?.[1] ?? s;
    if (!isTitleCasePhrase(candidate)) continue;
    const name = validCompany(candidate);
    if (name && !hasRoleWord(name)) found.push(name);
  }
  return found;
}

function isTitleCasePhrase(phrase: string): boolean {
  const tokens = phrase.trim().split(/\s+/);
  return (
    tokens.length <= 6 &&
    tokens.every((t, i) => /^[\p{Lu}\d&(]/u.test(t) || (i > 0 && TITLE_CASE_CONNECTOR.test(t)))
  );
}

// =============================================================================================
// Role

/** A job title in title case; commas and dashes allowed ("Backend Developer – Route Optimisation"). */
const TITLE_RUN =
  "((?:[\\p{Lu}\\d(][\\p{L}\\d&'’./+#()-]*)(?:(?:,?[ \\t]+|[ \\t]*[–—/-][ \\t]*)(?:(?:of|for|and|&|de|du|des|la|le|en|für|und|y|del|in|the|à|van|voor|di|e)[ \\t]+)?[\\p{Lu}\\d(][\\p{L}\\d&'’./+#()-]*){0,9})";

/** A job title in languages that do not capitalise it ("le poste de chef de projet"). */
const LOWER_RUN =
  "([\\p{L}\\d(][\\p{L}\\d&'’./+#()-]*(?:[ \\t]+[\\p{L}\\d(][\\p{L}\\d&'’./+#()-]*){0,9})";

const POSITION_WORDS =
  "(?:position|role|opening|vacancy|job|opportunity|posting|req|requisition|search|application|interview process|process|decision|interviews?|hiring process|recruitment|candidacy)";

const TITLE_RUN_AT = new RegExp(TITLE_RUN, "uy");
const LOWER_RUN_AT = new RegExp(LOWER_RUN, "uy");

/** "the Senior Backend Engineer position", "our Staff Engineer, Platform role". */
const DETERMINER_CUE = /\b(?:the|our|your|this|an?) |['’]s /gi;
const POSITION_AFTER = new RegExp(
  `[ \\t]+(?:\\([^)\\n]{1,40}\\)[ \\t]+)?${POSITION_WORDS}\\b`,
  "iy",
);
const POSITION_WORD = new RegExp(`^${POSITION_WORDS}$`, "i");

/** Cues after which the title may be lower case: French, Spanish, Italian. */
const LOWER_ROLE_CUE = new RegExp(
  `\\b(?:${[
    "(?:le |au |du |ce |un |d['’]un )?poste (?:de |d['’])",
    "candidature (?:en tant que|comme|pour le poste de) ",
    "(?:el |al |del |este )?puesto de ",
    "(?:la )?(?:posición|posicion|vacante|plaza|oferta) de ",
    "(?:la |per la )?(?:posizione|candidatura) (?:di |per |come )",
  ].join("|")})`,
  "gi",
);

/** Cues that say a job title follows ("Ihre Bewerbung als ...", "the role of ..."). */
const STRONG_ROLE_CUES = [
  "(?:position|role|job|post|title) (?:of|as) (?:an? |the )?",
  "(?:bewerbung|bewerbungen|interesse|tätigkeit|stelle|position|einstieg|vorstellungsgespräch|gespräch) (?:als|zum|zur) ",
  "(?:bewerbung|interesse) (?:auf|für|an) (?:die|der|unsere|unserer|das|den) (?:ausgeschriebene |offene )?(?:stelle|position|vakanz|rolle)(?: als| des| der| zum| zur)? ",
  "(?:de |je |uw )?(?:functie|vacature|sollicitatie)(?: van| voor| als)? ",
];
/** Cues after which a title often follows, but so may a company ("application for Bluepeak"). */
const WEAK_ROLE_CUES = [
  "(?:application|applying|applied|candidacy|interest|interviewing|interview|consideration|candidate|interviews) (?:for|as) (?:the |a |an |our )?",
];
const ROLE_CUE = new RegExp(
  `\\b(?:(?<strong>${STRONG_ROLE_CUES.join("|")})|${WEAK_ROLE_CUES.join("|")})`,
  "gi",
);

/** Subject lines that name the role: the rest of the subject after the cue. */
const SUBJECT_ROLE_CUES =
  /\b(?:(?:your |ihre |deine |votre |tu |su |uw |je |la sua )?(?:application|candidacy|bewerbung|candidature|candidatura|postulación|sollicitatie)(?: (?:for|as|als|pour|para|voor|al puesto de|au poste de|per))?|(?:regarding|re|update on|about) your application (?:for|to)|(?:thank you|thanks) for (?:your application|applying)(?: for| to)?|(?:invitation|einladung|invitación|invitation à) (?:to|zum|a|à)? ?(?:an? )?(?:interview|vorstellungsgespräch|entrevista|entretien)(?: for| für| para| pour)?|interview(?: for)?|role|position|stelle|poste|puesto|plaza|vacature|functie|proposition d['’]embauche|offer(?: letter)?(?: for)?)\s*(?:[:–—-]\s*|\s)(.+)$/i;

const LEADING_ROLE_ARTICLE =
  /^(?:la|le|les|el|los|las|il|lo|un|una|une|the|der|die|das|de|het)\s|^(?:posizione|poste|puesto|posición|posicion|plaza|vacante|candidature|candidatura)\b/i;

/** Words that end a lower-case role ("chef de projet chez ...", "desarrollador backend en ..."). */
const LOWER_ROLE_STOP = words(
  "chez|au|aux|à|a|et|pour|qui|que|dont|nous|vous|avec|dans|sur|ne|est|été|par|car|mais|ainsi|" +
    "afin|lors|suite|ou|n|il|elle|con|para|y|dentro|ha|hemos|se|al|por|sin|es|fue|lo|que|como|" +
    "e|ed|presso|nel|nella|della|del|per|che|non|è|abbiamo|at|with|and|we|has|have|is|was|in|on|" +
    "bei|und|ist|wurde|bij|en|is|werd|heeft|le|les|la|el|los|las",
);

/** Tokens that end a capitalised role run ("Senior Backend Engineer We ..."). */
const ROLE_STOP = words(
  "at|with|bei|chez|in|im|we|i|you|thank|thanks|unfortunately|leider|wir|sie|and|und|here|to|for|" +
    "the|bij|presso|helaas|nous|vous|je|our|your|has|is|was",
);

function findRole(
  message: string,
  subject: string,
  body: string,
  company: string | null,
): string | null {
  return (
    roleInText(message, company) ??
    roleInSubject(subject, company) ??
    (body !== message ? roleInText(body, company) : null)
  );
}

function roleInText(text: string, company: string | null): string | null {
  return (
    roleBeforePosition(text, company) ??
    roleAfterCue(text, company) ??
    lowerCaseRoleBeforePosition(text, company)
  );
}

/** "the product designer role": a title written in lower case, ending in a job word. */
function lowerCaseRoleBeforePosition(text: string, company: string | null): string | null {
  for (const { run } of cuedRuns(text, DETERMINER_CUE, LOWER_RUN_AT, 40)) {
    const tokens = run.split(/\s+/).slice(0, 6);
    const k = tokens.findIndex((t) => POSITION_WORD.test(t.replace(/[,.;:!?]+$/, "")));
    if (k < 1 || !/^[\p{Ll}\d]/u.test(tokens[0] ?? "")) continue;
    const words = tokens.slice(0, k);
    if (words.some((w) => /[,.;:!?]$/.test(w) || !/^[\p{Ll}\d]/u.test(w))) continue;
    if (!hasRoleWord(words[words.length - 1] ?? "")) continue;
    const role = validRole(words.join(" "), company, true, true);
    if (role) return role;
  }
  return null;
}

/** "the Senior Backend Engineer (Payments) position": the title must be followed by a position word. */
function roleBeforePosition(text: string, company: string | null): string | null {
  for (const { run, at } of cuedRuns(text, DETERMINER_CUE, TITLE_RUN_AT, 40)) {
    // Without backtracking, retry shorter runs: "Data Engineer (Req 1) position", "Platform Engineer Role".
    const tokens = run.split(/(?=[ \t]+)/);
    for (let keep = tokens.length; keep > 0 && keep > tokens.length - 3; keep--) {
      const candidate = tokens.slice(0, keep).join("");
      const last = candidate.trim().split(/\s+/).pop() ?? "";
      let title: string | null = null;
      if (POSITION_WORD.test(last) && keep > 1) {
        title = candidate.trim().slice(0, -last.length);
      } else {
        POSITION_AFTER.lastIndex = at + candidate.length;
        if (POSITION_AFTER.test(text)) title = candidate;
      }
      const role = title === null ? null : validRole(title, company, false, true);
      if (role) return role;
    }
  }
  return null;
}

function roleAfterCue(text: string, company: string | null): string | null {
  for (const { run } of cuedRuns(text, LOWER_ROLE_CUE, LOWER_RUN_AT, 8)) {
    const role = validRole(run, company, true, true);
    if (role) return role;
  }
  for (const { cue, run } of cuedRuns(text, ROLE_CUE, TITLE_RUN_AT, 8)) {
    const role = validRole(run, company, false, cue.groups?.strong !== undefined);
    if (role) return role;
  }
  return null;
}

const SUBJECT_SEGMENT_START =
  /^(?:(?:your|ihre|deine|votre|tu|su|uw|je)\s+)?(?:application|candidacy|bewerbung|candidature|candidatura|sollicitatie|interview|update|feedback|decision|offer|invitation|following up|checking in|re)(?:\s+(?:for|as|als|pour|para|voor|on|to|about))?\s+(?:the\s+)?/i;
const SUBJECT_SEGMENT_END =
  /\s+(?:interviews?|application|update|decision|role|position|opening|vacancy|feedback|final round|process|offer|follow[- ]up|next steps)$/i;

function roleInSubject(subject: string, company: string | null): string | null {
  const phrased = roleInText(subject, company);
  if (phrased) return phrased;
  return roleAfterSubjectCue(subject, company) ?? roleInSubjectSegments(subject, company);
}

/** "Thank you – Senior Software Engineer interview", "Store Operations Manager - Portland". */
function roleInSubjectSegments(subject: string, company: string | null): string | null {
  for (const segment of subject.split(/\s+[–—|:-]\s+|:\s+/)) {
    let s = segment.trim();
    for (let i = 0; i < 2; i++)
      s = s.replace(SUBJECT_SEGMENT_START, "").replace(SUBJECT_SEGMENT_END, "");
    s = s.replace(/\s+(?:at|@|bei|chez|bij|presso|with)\s+.*$/u, "");
    if (s.split(" ").length > 8 || !hasRoleWord(s)) continue;
    const role = validRole(s, company, false, false);
    if (role && role.length >= s.length - 1) return role;
  }
  return null;
}

function roleAfterSubjectCue(subject: string, company: string | null): string | null {
  const m = SUBJECT_ROLE_CUES.exec(subject);
  if (!m?.[1]) return null;
  // "Platform Engineer at Bluepeak", "Data Engineer II (R-20418)", "Quillstone Labs - Platform Engineer"
  let rest = m[1].replace(/\s+(?:at|@|bei|chez|bij|presso|with)\s+.*$/u, "");
  const dashParts = rest.split(/\s+[–—|-]\s+/);
  if (dashParts.length > 1) {
    // Drop the company's piece; without a company, keep the piece that reads as a title.
    // "Backend Developer – Route Optimisation" stays whole.
    const kept = company
      ? dashParts.filter((p) => !companiesAgree(p, company))
      : dashParts.filter((p) => hasRoleWord(p)).slice(0, 1);
    if (kept.length > 0) rest = kept.join(" – ");
  }
  return validRole(rest, company, true, hasRoleWord(rest));
}

/** Trims a captured run to the job title: drops requisition numbers, trailing prose and the company. */
function validRole(
  raw: string | undefined,
  company: string | null,
  lower: boolean,
  strong: boolean,
): string | null {
  if (!raw) return null;
  let role = raw
    .replace(/\s+/g, " ")
    .replace(
      /\s*[([](?:ref|reference|req|requisition|job|id|job id|job requisition|kennziffer|réf|référence|referencia|rif|vacaturenummer)\b[^)\]]*[)\]]/gi,
      "",
    )
    .replace(/\s*[([]\s*#?[A-Z]{0,4}-?\d[\w-]*\s*[)\]]/g, "")
    .replace(/\s*(?:[-–—#,]|\bref\.?|\breq\.?)\s*#?[A-Z]{0,4}-?\d[\w-]*\s*$/i, "")
    .trim();
  const tokens = role.split(" ");
  const kept: string[] = [];
  const connector =
    /^(?:of|for|and|de|du|des|la|le|en|für|und|y|del|the|in|à|van|voor|di|e|&|[–—/-])$/i;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const folded = fold(token.replace(/[,.;:!?]+$/, ""));
    if (kept.length > 0) {
      if (lower && LOWER_ROLE_STOP.has(folded)) {
        // "Profesor/a de Inglés en Secundaria" keeps going; "Ingeniero/a de Datos en Grupo Alcorán" stops.
        const next = tokens[i + 1] ?? "";
        const continues =
          /^(?:en|in)$/.test(folded) &&
          /^\p{Lu}/u.test(next) &&
          !(company && fold(company).startsWith(fold(next)));
        if (!continues) break;
      }
      if (!lower && ROLE_STOP.has(folded)) break;
      if (!lower && /^\p{Ll}/u.test(token) && !connector.test(token)) break;
    }
    kept.push(token);
    if (/[.;:!?]$/.test(token) && !/^(?:sr|jr|sen|jun|dipl|ing)\.$/i.test(token)) break;
    if (/,$/.test(token) && lower) break;
  }
  while (kept.length > 0 && connector.test(kept[kept.length - 1] ?? "")) kept.pop();
  role = kept
    .join(" ")
    .replace(/[,.;:!?]+$/, "")
    .replace(/\s*[–—-]\s*$/, "")
    .trim();
  // An unbalanced parenthesis means the run was cut inside "(Payments)".
  if ((role.match(/\(/g) ?? []).length !== (role.match(/\)/g) ?? []).length) {
    role = role
      .replace(/\s*\([^)]*$/, "")
      .replace(/^\(|\)$/g, "")
      .trim();
  }
  if (role.length < 2 || role.length > 100 || role.split(" ").length > 10) return null;
  if (!/^[\p{L}\d]/u.test(role) || (!lower && !/^[\p{Lu}\d]/u.test(role))) return null;
  // "la posizione di ...": a cue inside the run; the next cue match reads the title itself.
  if (lower && LEADING_ROLE_ARTICLE.test(role)) return null;
  if (company && companiesAgree(role, company)) return null;
  if (!strong && !hasRoleWord(role)) return null;
  if (NOT_A_COMPANY.has(fold(role)) || NOT_A_NAME.has(fold(role))) return null;
  return role.charAt(0).toUpperCase() + role.slice(1);
}

// =============================================================================================
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

function newPerson(
  name: string | null,
  email: string | null,
  kind: ContactKind,
  kindStrength: number,
  title: string | null = null,
): Person {
  return { name, email, kind, kindStrength, title, notes: [], warm: false };
}

/** Everyone found so far, merged by address or name. */
class People {
  readonly list: Person[] = [];
  private readonly self: SelfMatcher;

  constructor(self: SelfMatcher) {
    this.self = self;
  }

  /** Adds a person, merging with one already known; returns the stored record, or null if skipped. */
  add(person: Person): Person | null {
    if (person.email !== null && isRobotAddress(person.email)) person.email = null;
    if (this.self.isSelfAddress(person.email) || this.self.isSelfName(person.name)) return null;
    if (person.name === null && person.email === null) return null;
    const existing = this.find(person.name, person.email);
    if (!existing) {
      if (this.list.length >= MAX_CONTACTS) return null;
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

  /** The one person known by this first name, if exactly one. */
  findByFirstName(first: string): Person | undefined {
    const folded = fold(first);
    const matches = this.list.filter(
      (p) => p.name !== null && fold(p.name.split(" ")[0] ?? "") === folded,
    );
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Someone known whose last name this is. */
  findBySurname(surname: string): Person | undefined {
    const folded = fold(surname);
    return this.list.find(
      (p) => p.name?.includes(" ") && fold(p.name.split(" ").pop() ?? "") === folded,
    );
  }

  find(name: string | null, email: string | null): Person | undefined {
    if (email !== null) {
      const byEmail = this.list.find((p) => p.email === email);
      if (byEmail) return byEmail;
    }
    if (name === null) return undefined;
    // The same full name is one person even when two addresses are given for them.
    const fullName = name.includes(" ") ? fold(name) : null;
    const byName = this.list.filter(
      (p) =>
        p.name !== null &&
        namesMatch(p.name, name) &&
        (email === null || p.email === null || p.email === email || fold(p.name) === fullName),
    );
    const exact = byName.find((p) => p.name !== null && fold(p.name) === fold(name));
    if (exact) return exact;
    if (byName[0]) return byName[0];
    // A nameless address that fits the name ("mortiz@" and "Maya Ortiz").
    return this.list.find(
      (p) =>
        p.name === null && p.email !== null && name.includes(" ") && addressFitsName(p.email, name),
    );
  }
}

const HONORIFIC_BEFORE =
  /\b(?:mr|mrs|ms|mx|dr|prof|herr|herrn|frau|mme|mlle|monsieur|madame|sr|sra|srta|señor|señora|dhr|mevr)\.?\s+$/i;

/** "Maya Ortiz" over "Maya"; "Inés Navarro Ruiz" over "Inés Navarro". */
function moreComplete(candidate: string, current: string): boolean {
  // "Jean Luc Picard" (from jean-luc.picard@) is no fuller than "Jean-Luc Picard".
  if (fold(candidate).replace(/-/g, " ") === fold(current).replace(/-/g, " ")) return false;
  return candidate.split(" ").length > current.split(" ").length;
}

function kindFromTitle(title: string | null): ContactKind | null {
  if (!title) return null;
  if (/hiring manager/i.test(title)) return "hiring_manager";
  if (mentions(RECRUITER_VOCABULARY, title)) return "recruiter";
  if (mentions(HIRING_MANAGER_VOCABULARY, title)) return "hiring_manager";
  return null;
}

interface ContactInput {
  input: ExtractInput;
  message: string;
  note: string;
  body: string;
  sender: SenderInfo;
  signature: Signature;
  company: string | null;
  role: string | null;
  self: SelfMatcher;
}

function collectContacts(c: ContactInput): ExtractedContact[] {
  const people = new People(c.self);
  const { original, category } = c.input;
  const { sender, signature, company } = c;

  // A display name that is really the employer ("Cobalt Biosciences <no-reply@...>") is nobody.
  const senderPerson =
    sender.person !== null &&
    !(company && companiesAgree(sender.person, company)) &&
    !companiesAgree(sender.person, companyFromDomain(sender.domain) ?? "")
      ? sender.person
      : null;
  const senderEmail = sender.robot || sender.self ? null : sender.address;

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
  const signatureIsSender =
    signatureName !== null &&
    !sender.self &&
    (senderPerson !== null
      ? namesMatch(signatureName, senderPerson)
      : senderEmail === null ||
        addressFitsName(senderEmail, signatureName) ||
        signatureName.includes(" "));
  const sigKind = kindFromTitle(signature.title);
  if (!sender.self) {
    const name = senderPerson ?? (signatureIsSender ? signatureName : null);
    // Derived from a first.last@ address only when neither display name nor signature names
    // anyone, or names them by first name alone ("Maya" and maya.ortiz@).
    const derived = senderEmail ? nameFromAddress(senderEmail) : null;
    const named =
      name !== null && !name.includes(" ") && derived !== null && namesMatch(name, derived)
        ? derived
        : (name ?? derived);
    const title = signatureIsSender ? signature.title : null;
    const kind = kindFromTitle(title);
    people.add(newPerson(named, senderEmail, kind ?? "recruiter", kind ? 2 : 1, title));
  }
  if (signatureName && (!signatureIsSender || signature.email)) {
    const email =
      signature.email !== null && addressFitsName(signature.email, signatureName)
        ? signature.email
        : null;
    people.add(
      newPerson(signatureName, email, sigKind ?? "recruiter", sigKind ? 2 : 1, signature.title),
    );
  }

  // Everyone copied: the panel, a coordinator, the hiring manager.
  for (const m of original.cc.slice(0, MAX_CONTACTS)) addMailbox(people, m, "interviewer");
  // A message the user sent themselves: the people it went to.
  if (sender.self) {
    for (const m of original.to.slice(0, MAX_CONTACTS)) addMailbox(people, m, "recruiter");
  }

  // People the message introduces or describes ("Lucía Ferrer, responsable del equipo").
  if (category !== "auto_reply") {
    for (const found of peopleInMessage(c.message, category, sender, company)) people.add(found);
  }

  // People the user's note names.
  readNote(c.note, people, { company, role: c.role, body: c.body });

  return people.list.map((p) => ({
    name: p.name,
    email: p.email,
    kind: p.kind,
    title: p.title,
    note: clip(p.notes.join(" "), MAX_PERSON_NOTE_CHARS),
    warm: p.warm,
  }));
}

function addMailbox(people: People, m: Mailbox, kind: ContactKind): void {
  const { person: name } = splitDisplayName(m.name);
  const address = m.address !== null && !isRobotAddress(m.address) ? m.address : null;
  if (address === null && name === null) return;
  people.add(newPerson(name ?? (address ? nameFromAddress(address) : null), address, kind, 1));
}

// =============================================================================================
// People named in the message

/** The message offers to put the user in touch with someone. */
const REFERRAL_MESSAGE =
  /introduc|\bintro\b|put you in touch|connect you|pass (?:on )?your|forward your|friend of mine|former colleague|reach out to|write to (?:him|her|them)|mise en relation|mettre en relation|vous présenter|te présenter|transmettre votre|presentarte|te presento|poner(?:te|le)? en contacto|vorstellen|in kontakt|weiterleiten|empfehle(?:n)? (?:dir|ihnen)|in contatto|presentarti|in contact brengen|voorstellen/i;

/** The person is the sender's colleague, not someone at another company. */
const COLLEAGUE_CUE =
  /\b(?:our|my colleague|notre|nos|nuestr[oa]|unser(?:e[mnrs]?)?|meine? kolleg\w*|mon collègue|ma collègue|mi compañer[oa]|onze|nostr[oa]|copied|in cc|en copie|en copia|in kopie|cc'?d)\b|\(cc\)/i;

/** Title-like words right before a name ("our CTO Julien Moreau", "hiring manager Anna Roth"). */
const LAST_WORDS = /(\S+(?:\s+\S+){0,3})[,:]?\s*$/;

/** Appositive after a name: ", our VP of Engineering,", ", responsable del equipo de ...", " (CTO)". */
const APPOSITIVE =
  /^\s*(?:,|\(|–|—|-)\s*(?:who is |who's |who leads |qui est |que es |die |der )?(?:the |our |my |your |a |an |notre |votre |la |le |el |nuestr[oa] |unser(?:e[nr]?)? |de |del |des |van |onze |il |lo |la nostra |il nostro )*([^,.;()\n]{2,60})/i;

interface Mention {
  name: string | null;
  email: string | null;
  start: number;
  end: number;
}

const TOKEN = /\S+/g;
const LEADING_PUNCTUATION = /^[("'“‘«[<*_]+/;
const TRAILING_PUNCTUATION = /[)"'“”‘’»\]>*_,.;:!?]+$/;

/** Capitalised words in a row, on one line, particles allowed inside ("Sanne de Vries"). */
function capitalisedRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let run: { start: number; end: number; particle: boolean }[] = [];
  const flush = () => {
    while (run.length > 0 && run[run.length - 1]?.particle) run.pop();
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) runs.push({ start: first.start, end: last.end });
    run = [];
  };
  let previousEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const tokenStart = m.index ?? 0;
    if (text.slice(previousEnd, tokenStart).includes("\n")) flush();
    previousEnd = tokenStart + m[0].length;
    const lead = LEADING_PUNCTUATION.exec(m[0])?.[0].length ?? 0;
    const trail = TRAILING_PUNCTUATION.exec(m[0].slice(lead))?.[0] ?? "";
    // "Kwame's": the possessive is not part of the name.
    const core = m[0].slice(lead, m[0].length - trail.length).replace(/['’]s$/, "");
    const possessive = core.length < m[0].length - lead - trail.length;
    const start = tokenStart + lead;
    if (lead > 0) flush();
    if (NAME_WORD.test(core)) {
      run.push({ start, end: start + core.length, particle: false });
    } else if (run.length > 0 && NAME_PARTICLES.has(core) && trail === "") {
      run.push({ start, end: start + core.length, particle: true });
    } else {
      flush();
      continue;
    }
    if (trail !== "" || possessive) flush();
  }
  flush();
  return runs;
}

/** Full names in prose, leading and trailing non-name words dropped ("Met Maya Ortiz" -> "Maya Ortiz"). */
function nameRuns(text: string, skip: (word: string) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const { start: at, end: runEnd } of capitalisedRuns(text)) {
    const tokens = [...text.slice(at, runEnd).matchAll(TOKEN)].map((w) => ({
      text: w[0],
      at: w.index ?? 0,
    }));
    // A particle between two name words belongs to the name ("Sanne de Vries").
    const skipped = tokens.map((t) => skip(t.text));
    for (let k = 1; k < tokens.length - 1; k++) {
      if (NAME_PARTICLES.has(tokens[k]?.text ?? "") && !skipped[k - 1] && !skipped[k + 1]) {
        skipped[k] = false;
      }
    }
    let i = 0;
    while (i < tokens.length) {
      while (i < tokens.length && skipped[i]) i++;
      let j = i;
      while (j < tokens.length && !skipped[j]) j++;
      const first = tokens[i];
      const last = tokens[j - 1];
      if (first && last && j - i <= 4) {
        const start = at + first.at;
        const end = at + last.at + last.text.length;
        out.push({ name: cleanName(text.slice(start, end)), email: null, start, end });
      }
      i = j;
    }
  }
  return out;
}

function sentenceBounds(text: string, at: number): { start: number; end: number } {
  const floor = Math.max(0, at - SENTENCE_WINDOW_CHARS);
  const ceiling = Math.min(text.length, at + SENTENCE_WINDOW_CHARS);
  let start = at;
  while (start > floor && !".!?\n".includes(text.charAt(start - 1))) start--;
  let end = at;
  for (; end < ceiling; end++) {
    const ch = text.charAt(end);
    if (ch === "!" || ch === "?" || ch === "\n") break;
    if (ch === "." && " \t\n".includes(text.charAt(end + 1) || " ")) break;
  }
  return { start, end };
}

/** People the message names with an address, a title, or as someone to be introduced to. */
function peopleInMessage(
  message: string,
  category: Category,
  sender: SenderInfo,
  company: string | null,
): Person[] {
  const found: Person[] = [];
  const referralContext = category === "referral_offer" || REFERRAL_MESSAGE.test(message);
  const companyWords = new Set(company ? fold(company).split(/\s+/) : []);
  // Each name once, and only so many: a message describes a handful of people.
  const seen = new Set<string>();
  const mentions = nameRuns(message, (w) => isNotNameWord(w, companyWords))
    .filter((m) => {
      if (m.name === null || seen.has(m.name) || !isPersonName(m.name)) return false;
      seen.add(m.name);
      return true;
    })
    .slice(0, MAX_CONTACTS);
  const emails = [...message.matchAll(EMAIL_IN_TEXT)]
    .map((m) => ({ email: m[0].toLowerCase().replace(/\.+$/, ""), at: m.index ?? 0 }))
    .filter((e) => !isRobotAddress(e.email) && e.email !== sender.address);
  const usedEmails = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (!mention?.name) continue;
    if (sender.person && namesMatch(mention.name, sender.person)) continue;
    const nextStart = mentions[i + 1]?.start ?? message.length;
    const sentence = sentenceBounds(message, mention.start);
    const before = message.slice(Math.max(sentence.start, mention.start - 50), mention.start);
    const after = message.slice(mention.end, Math.min(mention.end + 90, sentence.end + 1));
    // Its address: right after it, later in its sentence before the next name, or one that spells it.
    const email =
      emails.find(
        (e) =>
          e.at >= mention.end &&
          e.at < Math.min(nextStart, sentence.end) &&
          !usedEmails.has(e.email),
      )?.email ??
      emails.find(
        (e) =>
          !usedEmails.has(e.email) &&
          nameFromAddress(e.email) !== null &&
          namesMatch(nameFromAddress(e.email) ?? "", mention.name ?? ""),
      )?.email ??
      null;
    const appositive = APPOSITIVE.exec(after)?.[1] ?? null;
    const titleAfter = appositive !== null && hasTitleWord(appositive) ? appositive.trim() : null;
    // "our CTO, Julien Moreau": the word right before the name is a title.
    const lastWords = LAST_WORDS.exec(before)?.[1] ?? null;
    const titleBefore =
      lastWords !== null && hasTitleWord(lastWords.split(/\s+/).pop() ?? "") ? lastWords : null;
    const title = titleAfter ?? titleBefore;
    const context = `${before} ${after}`;
    const colleague =
      COLLEAGUE_CUE.test(context) ||
      (email !== null && sender.domain !== null && email.endsWith(`@${sender.domain}`));
    const referral = referralContext && !colleague;
    if (!email && !title && !referral) continue;
    if (email) usedEmails.add(email);
    const titleKind = kindFromTitle(title);
    const kind: ContactKind = referral ? "referral" : (titleKind ?? "recruiter");
    found.push(newPerson(mention.name, email, kind, referral || titleKind ? 2 : 1, title));
  }
  return found;
}

// =============================================================================================
// The user's note

/**
 * Capitalised words that start sentences or name things in a note or a message, never a
 * person ("Met Maya", "Felt a real connection", "Leider", "Gespräch").
 */
const NOT_A_NAME = words(
  "i|me|my|we|our|us|you|your|he|she|they|them|his|her|their|it|its|the|a|an|this|that|these|" +
    "those|and|or|but|so|also|just|then|still|really|very|super|quite|pretty|too|both|all|" +
    "everyone|nobody|met|meet|meeting|had|have|has|was|were|is|are|be|been|did|do|does|got|get|" +
    "spoke|talked|chatted|felt|feel|seemed|think|thought|loved|liked|enjoyed|worked|moved|" +
    "forwarding|forwarded|forward|fwd|logging|adding|saving|sending|filing|interviewed|interview|" +
    "interviews|interviewing|panel|round|onsite|on-site|call|screen|screening|phone|video|zoom|" +
    "teams|hangouts|slack|linkedin|email|e-mail|mail|cc|bcc|fyi|ps|note|notes|great|good|nice|" +
    "lovely|awesome|amazing|fantastic|wonderful|bad|sad|sadly|bummer|oh|well|ok|okay|gentle|" +
    "thanks|thank|hi|hello|hey|dear|cheers|best|regards|yes|no|not|never|again|another|one|two|" +
    "three|first|second|third|final|last|next|today|yesterday|tomorrow|morning|afternoon|evening|" +
    "week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|" +
    "july|september|october|november|december|mon|tue|wed|thu|fri|sat|sun|" +
    "hr|hm|cto|ceo|coo|cfo|cpo|vp|svp|head|lead|manager|recruiter|engineer|director|founder|team|" +
    "hiring|talent|people|tech|technical|system|design|coding|take-home|takehome|case|study|offer|" +
    "rejection|rejected|feedback|follow|follow-up|reference|referral|worth|keep|maybe|" +
    "hopefully|wish|would|could|should|can|might|must|shall|if|when|where|what|who|why|how|" +
    "which|after|before|during|since|until|because|though|although|while|for|from|with|without|" +
    "about|at|on|in|by|to|of|as|re|fw|sent|begin|original|message|subject|date|senior|junior|" +
    "staff|principal|backend|frontend|platform|data|product|software|role|position|job|company|" +
    "straight|another|apparently|actually|honestly|finally|anyway|intro|offer|attached|attachment|" +
    "sql|api|ios|android|aws|gcp|kubernetes|react|python|java|go|rust|seo|sre|qa|ux|ui|" +
    "human|resources|recursos|humanos|ressources|humaines|" +
    "new|san|santa|saint|sankt|fort|mount|port|north|south|east|west|upper|lower|greater|" +
    "central|downtown|office|remote|hq|headquarters|campus|city|street|road|avenue|" +
    "mr|mrs|ms|mx|dr|prof|herr|herrn|frau|mme|mlle|monsieur|madame|sr|sra|srta|señor|señora|" +
    "don|doña|signor|signora|dott|dhr|mevr|" +
    // German
    "ich|mir|mich|wir|uns|sie|ihr|ihm|ihn|er|es|der|die|das|den|dem|des|ein|eine|einen|einem|" +
    "und|oder|aber|auch|noch|sehr|mit|bei|von|vom|zum|zur|für|über|nach|vor|habe|hatte|hatten|" +
    "war|waren|ist|sind|leider|gespräch|gespräche|vorstellungsgespräch|tolles|tolle|toller|gutes|" +
    "gute|guter|nettes|nette|netter|absage|stelle|bewerbung|danke|gruß|grüße|hallo|personalerin|" +
    "personaler|chefin|chef|teamleiterin|teamleiter|kollegin|kollege|weitergeleitet|anhang|" +
    // French
    "je|j'ai|nous|vous|il|elle|ils|elles|le|la|les|un|une|des|du|de|et|ou|mais|avec|pour|chez|" +
    "très|entretien|entretiens|rencontré|rencontrée|eu|bon|bonne|sympa|merci|bonjour|" +
    "malheureusement|refus|poste|recruteur|recruteuse|responsable|transféré|" +
    // Spanish, Italian, Dutch
    "yo|nosotros|él|ella|ellos|el|los|las|una|con|para|en|y|pero|muy|buena|bueno|entrevista|" +
    "entrevistas|conocí|hablé|tuve|gracias|hola|lamentablemente|rechazo|puesto|reclutadora|" +
    "reclutador|jefa|jefe|reenviado|grazie|ciao|colloquio|io|ik|het|een|wij|gesprek|bedankt",
);

function isNotNameWord(
  word: string,
  companyWords: ReadonlySet<string>,
  roleWords?: ReadonlySet<string>,
): boolean {
  const folded = fold(word.replace(/['’]s$/, ""));
  return (
    NOT_A_NAME.has(folded) ||
    PLATFORM_NAMES.has(folded) ||
    ORG_WORDS.has(folded) ||
    TEAM_WORD_SET.has(folded) ||
    companyWords.has(folded) ||
    (roleWords?.has(folded) ?? false) ||
    (!HAS_LOWER.test(word) && word.replace(/[^\p{L}]/gu, "").length < 3) ||
    hasTitleWord(word)
  );
}

/** How the note describes someone: the first cue that fits wins. */
const NOTE_KIND_CUES: readonly { re: RegExp; kind: ContactKind }[] = [
  // Upper-case abbreviations only: "em" and "hm" are words elsewhere.
  { re: /\b(?:HM|EM|CTO|CEO|COO|CPO|VP|SVP|TL)\b/, kind: "hiring_manager" },
  {
    re: /hiring manager|would[- ]be (?:boss|manager|lead)|future (?:boss|manager)|(?:my|the) (?:potential |future )?manager|\bteam ?lead\b|co-?founder|founder|head of|director|eng(?:ineering)? manager|Fachbereich|Führungskraft|Teamleiter\w*|Abteilungsleiter\w*|künftige[rn]? (?:Chef\w*|Vorgesetzte\w*)|\bChef(?:in)?\b|manager\b|responsable|jef[ae]|gerente|directeur|directrice|directora?/i,
    kind: "hiring_manager",
  },
  {
    re: /recruiter|recruiting|recruitment|talent|\bHR\b|people team|people partner|sourcer|coordinator|ran the process|Personaler\w*|Personalabteilung|Recruiterin|\bRH\b|\bRRHH\b|recruteu\w+|reclutador\w*/i,
    kind: "recruiter",
  },
  { re: /referr|empfohlen|empfehlung|recommand|recomend/i, kind: "referral" },
  {
    re: /panel|interview|\bmet\b|onsite|on-site|technical|tech round|pair(?:ing|ed)|take-home|round|sat in|Gespräch|entretien|entrevista|kennengelernt|rencontr|conoc|colloquio|gesprek/i,
    kind: "interviewer",
  },
];

/** The user got on well with someone. */
const WARM_CUE =
  /rapport|clicked|\bclick\b|got on (?:\w+ )?well|got along|hit it off|connected|connection|chemistry|bonded|vibe|great (?:chat|conversation|talk)|(?:really |very |super )?(?:nice|lovely|good|fun|great) (?:chat|conversation|talk)|really liked|liked (?:her|him|them) a lot|(?:so|really|very|super|incredibly|genuinely) (?:lovely|kind|friendly|warm|nice|helpful|supportive)|\blovely\b|was (?:great|awesome|wonderful)|gut verstanden|super verstanden|gepasst|chemie|wellenlänge|sympathisch|tolles gespräch|super gespräch|sehr nett|courant (?:est )?(?:bien )?passé|bon feeling|très sympa|super échange|bien entendu|buena (?:onda|sintonía|sintonia|química|quimica|conexión|conexion)|conectamos|congeniamos|nos entendimos|muy (?:amable|simpátic[oa]|simpatic[oa])|simpatic|klik|goed gesprek/i;

/** A warm cue right before a name: "great rapport with Maya". */
const WARM_BEFORE = new RegExp(
  `(?:${WARM_CUE.source})[^.;!?]{0,20}?(?:with|mit|avec|con|to)?\\s*(?:both\\s+)?$`,
  "i",
);

/** The gap between two names opens with words about the first one ("was the HM, "). */
const OWNED_BY_PREVIOUS =
  /^\s*,?\s*(?:\(|<|was\b|is\b|were\b|as\b|war\b|ist\b|était\b|fue\b|era\b|the\b|our\b|my\b)/i;
/** Where a clause about one person ends. */
const CLAUSE_END = /[,;]|\s[-–—]\s|\s(?:but|aber|mais|pero|ma|maar|and|und|et|y|e|en)\s/;
const CLAUSE_ENDS = new RegExp(CLAUSE_END.source, "g");

/** Splits the text between two names into what describes the first and what the second. */
function splitGap(gap: string, hasPrevious: boolean): [string, string] {
  if (!hasPrevious) return ["", gap];
  let boundary: RegExpExecArray | null = null;
  CLAUSE_ENDS.lastIndex = 0;
  for (let m = CLAUSE_ENDS.exec(gap); m !== null; m = CLAUSE_ENDS.exec(gap)) boundary = m;
  if (boundary === null) return OWNED_BY_PREVIOUS.test(gap) ? [gap, ""] : ["", gap];
  return [
    gap.slice(0, boundary.index).replace(/^[\s,(]+/, ""),
    gap.slice(boundary.index + boundary[0].length),
  ];
}

/** A lone first name is a person when a word around it says so ("with Maya", "Priya was"). */
const SINGLE_NAME_BEFORE =
  /(?:\b(?:with|met|and|from|by|mit|und|avec|et|con|y|thank|thanks|ask|asked|told|emailed|cc|cc'd|von|via|colleague|friend|manager|recruiter|boss|lead|interviewer|coordinator|founder|director|cto|ceo|hm|em|vp)\s*|[,&:(]\s*)$/i;
const SINGLE_NAME_AFTER =
  /^\s*(?:(?:was|is|were|seemed|said|did|ran|led|runs|leads|mentioned|told|from|of|at|on|who|and I|war|ist|hat|était|fue|era|sat|asked|will|might|wrote|says)\b|&\s*I\b|\(|,\s*(?:the|my|our|who)\b|['’]s\b)/i;
const ALL_OF_THEM =
  /\b(?:both|all|them|everyone|beide[nm]?|allen|tous|toutes|todos|ambos|entrambi|allebei)\b/i;
const PRONOUN = /\b(?:he|she|they|him|her|er|sie|ihm|ihr|il|elle|lui|él|ella|lei|hij|zij)\b/i;

interface NoteContext {
  company: string | null;
  role: string | null;
  body: string;
}

/** Reads the note: who is named, their address, their part, and how warm it was. */
function readNote(note: string, people: People, ctx: NoteContext): void {
  if (note.trim() === "") return;
  const text = note
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .filter(
      (line) =>
        !/^(?:sent from|gesendet von|envoyé de|enviado desde|get outlook|--\s*$)/i.test(
          line.trim(),
        ),
    )
    .join("\n");
  const companyWords = new Set(ctx.company ? fold(ctx.company).split(/\s+/) : []);
  const roleWords = new Set(ctx.role ? fold(ctx.role).split(/\s+/) : []);
  const named: Person[] = [];
  for (const sentence of splitSentences(text).slice(0, MAX_NOTE_SENTENCES)) {
    const mentions = findNoteMentions(sentence, people, companyWords, roleWords, ctx.body).slice(
      0,
      MAX_MENTIONS_PER_SENTENCE,
    );
    if (mentions.length === 0) {
      applyToEarlier(sentence, named);
      continue;
    }
    const distinct = new Set(mentions.map((m) => fold(m.name ?? m.email ?? "")));
    const sentenceKind = NOTE_KIND_CUES.find((cue) => cue.re.test(sentence));
    const sentenceWarm = WARM_CUE.test(sentence);
    const allOfThem = ALL_OF_THEM.test(sentence);
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i];
      if (!mention) continue;
      // The text between two names is split at its last clause boundary: "Sarah Kim (EM) and Dev
      // Patel", "recruiter was Dana Kim, HM Marcus Webb", "Sarah was the HM, Dev Patel".
      const ownBefore = splitGap(
        sentence.slice(mentions[i - 1]?.end ?? 0, mention.start),
        i > 0,
      )[1];
      const after = sentence.slice(mention.end, mentions[i + 1]?.start ?? sentence.length);
      const afterClause =
        i < mentions.length - 1
          ? splitGap(after, true)[0]
          : (after.replace(/^[\s,(]+/, "").split(CLAUSE_END)[0] ?? "");
      const last = i === mentions.length - 1;
      let kind: ContactKind = "interviewer";
      let strength = 1;
      const ownKind =
        NOTE_KIND_CUES.find((cue) => cue.re.test(afterClause.slice(0, 60))) ??
        NOTE_KIND_CUES.find(
          (cue) => cue.kind !== "interviewer" && cue.re.test(ownBefore.slice(-40)),
        );
      if (ownKind) {
        kind = ownKind.kind;
        strength = 3;
      } else {
        if (sentenceKind && (distinct.size === 1 || sentenceKind.kind === "interviewer")) {
          kind = sentenceKind.kind;
          strength = sentenceKind.kind === "interviewer" ? 1.5 : 2.5;
        }
      }
      const warm =
        WARM_BEFORE.test(ownBefore.slice(-80)) ||
        WARM_CUE.test((last ? after : afterClause).slice(0, 160)) ||
        (sentenceWarm && (distinct.size === 1 || allOfThem));
      const stored = people.add(newPerson(mention.name, mention.email, kind, strength));
      if (!stored) continue;
      const said = sentence.trim();
      if (said && !stored.notes.includes(said)) stored.notes.push(said);
      stored.warm ||= warm;
      if (!named.includes(stored)) named.push(stored);
      else named.push(named.splice(named.indexOf(stored), 1)[0] ?? stored);
    }
  }
}

/** "He was the hiring manager." "Both lovely." A sentence about people named earlier. */
function applyToEarlier(sentence: string, named: Person[]): void {
  const last = named[named.length - 1];
  if (!last) return;
  const targets = ALL_OF_THEM.test(sentence)
    ? named
    : PRONOUN.test(sentence) || named.length === 1
      ? [last]
      : [];
  for (const person of targets) {
    if (WARM_CUE.test(sentence)) person.warm = true;
    const cue = NOTE_KIND_CUES.find((c) => c.kind !== "interviewer" && c.re.test(sentence));
    if (cue && targets.length === 1 && person.kindStrength < 3) {
      person.kind = cue.kind;
      person.kindStrength = 3;
    }
    const said = sentence.trim();
    if (!person.notes.includes(said)) person.notes.push(said);
  }
}

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d"'(])|\n+|;\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Names (and addresses) in one sentence of the note, in order. */
function findNoteMentions(
  sentence: string,
  people: People,
  companyWords: ReadonlySet<string>,
  roleWords: ReadonlySet<string>,
  body: string,
): Mention[] {
  const emails = [...sentence.matchAll(EMAIL_IN_TEXT)].map((m) => ({
    email: m[0].toLowerCase().replace(/\.+$/, ""),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const insideEmail = (i: number) => emails.some((e) => i >= e.start && i < e.end);
  const mentions: Mention[] = [];
  const runs = nameRuns(sentence, (w) => isNotNameWord(w, companyWords, roleWords));
  for (const run of runs.slice(0, MAX_MENTIONS_PER_SENTENCE * 3)) {
    let name = run.name;
    if (name === null || name === "" || insideEmail(run.start)) continue;
    // "Herr Petersen", "Mme Dubois": a surname after an honorific is someone already known.
    if (
      !name.includes(" ") &&
      HONORIFIC_BEFORE.test(sentence.slice(Math.max(0, run.start - 12), run.start))
    ) {
      name = people.findBySurname(name)?.name ?? name;
      run.name = name;
    }
    if (!people.find(name, null) && !isNoteName(name, sentence, run, emails, body)) continue;
    mentions.push(run);
  }
  // "met maya and sam": notes typed in lower case still name people the message knows.
  for (const m of sentence.matchAll(TOKEN)) {
    const word = m[0].replace(TRAILING_PUNCTUATION, "");
    const at = m.index ?? 0;
    if (word.length < 3 || !/^\p{Ll}+$/u.test(word) || NOT_A_NAME.has(word)) continue;
    if (mentions.some((x) => at >= x.start && at < x.end) || insideEmail(at)) continue;
    const known = people.findByFirstName(word);
    if (known?.name)
      mentions.push({ name: known.name, email: null, start: at, end: at + word.length });
  }
  mentions.sort((a, b) => a.start - b.start);
  // "Bia (Beatriz Costa)": a nickname followed by the full name is one person.
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (a && b && /^\s*\(\s*$/.test(sentence.slice(a.end, b.start)) && !a.name?.includes(" "))
      mentions.splice(i, 1);
  }
  // Addresses attach to the name right before them; an address alone is a person too.
  for (const e of emails) {
    if (isRobotAddress(e.email)) continue;
    // Right after a name ("Sam Chen (sam@...)"), or later in its clause when the address spells
    // it ("Dr. Priya Shah, VP Engineering (priya@acme.io)").
    const owner = [...mentions].reverse().find((m) => {
      if (m.end > e.start) return false;
      const gap = sentence.slice(m.end, e.start);
      if (/^[\s(<[,:–—-]*$/.test(gap)) return true;
      return (
        gap.length <= 60 &&
        !/[.;!?]/.test(gap) &&
        m.name !== null &&
        addressFitsName(e.email, m.name)
      );
    });
    if (owner && owner.email === null) {
      owner.email = e.email;
      owner.end = e.end + (/[)>\]]/.test(sentence.charAt(e.end)) ? 1 : 0);
    } else if (!owner) {
      mentions.push({ name: nameFromAddress(e.email), email: e.email, start: e.start, end: e.end });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Whether a run in the note that matches nobody known is still a person's name. */
function isNoteName(
  name: string,
  sentence: string,
  run: Mention,
  emails: readonly { start: number }[],
  body: string,
): boolean {
  if (name.includes(" ")) return isPersonName(name);
  if (!isPersonName(name, true)) return false;
  // "Keep-on-file" is not "Jean-Luc".
  if (name.split(/[-‐]/).some((part) => NOT_A_NAME.has(fold(part)))) return false;
  const nearEmail = emails.some((e) => e.start >= run.end && e.start - run.end <= 3);
  const before = sentence.slice(Math.max(0, run.start - 24), run.start);
  const after = sentence.slice(run.end, run.end + 24);
  if (!nearEmail && !SINGLE_NAME_BEFORE.test(before) && !SINGLE_NAME_AFTER.test(after))
    return false;
  // "Intro offer to Verdance": a word the message uses inside a longer proper name is not a person.
  for (
    let at = body.indexOf(name), n = 0;
    at >= 0 && n < 20;
    at = body.indexOf(name, at + 1), n++
  ) {
    if (at > 0 && /\p{L}/u.test(body.charAt(at - 1))) continue;
    const next = FOLLOWING_WORD.exec(body.slice(at + name.length, at + name.length + 40))?.[1];
    if (next && !isPersonName(`${name} ${next}`) && !NOT_A_NAME.has(fold(next))) return false;
  }
  return true;
}

const FOLLOWING_WORD = /^[ \t]+(\p{Lu}[\p{L}'’-]+)/u;
