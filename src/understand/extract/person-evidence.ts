import { remembered } from "../remembered.ts";
import { isRobotAddress } from "../robot-address.ts";
import { isWebmailDomain } from "./company-from-domain.ts";
import { GIVEN_NAMES, SURNAMES } from "./given-names.ts";
import { addressFitsName, nameFromAddress } from "./names.ts";
import { fold, words } from "./text.ts";
import { DEPARTMENT_WORDS, NAME_PARTICLES, TEAM_WORD_SET } from "./word-lists.ts";

const GIVEN: ReadonlySet<string> = new Set(GIVEN_NAMES.split("|"));
const SURNAME: ReadonlySet<string> = new Set(SURNAMES.split("|"));

/**
 * Places that are also given names ("London", "Austin", "Florence"): alone on a signature
 * line or after "Dear", they are a city, not a person.
 */
export const PLACE_NAMES = words(
  "london|paris|austin|dallas|houston|denver|phoenix|boston|sydney|florence|victoria|georgia|" +
    "virginia|carolina|dakota|madison|lincoln|jackson|orlando|milan|milano|valencia|lyon|" +
    "savannah|charlotte|aurora|camden|chester|sheffield|preston|troy|salem|cleveland|memphis|" +
    "nancy|adelaide|regina|santiago|sofia|lourdes|york|kent|devon|essex|brooklyn|tyler|" +
    "raleigh|eugene|marion|warren|clinton|jefferson|washington|montgomery|columbia|alexandria|" +
    "columbus|eden|hamilton|wellington|kingston|richmond|orange|hudson|logan|mesa|plano|irving",
);

/** Whether one word is a given name ("Maya", "Jean-Luc", "Zoë"), by the lexicon. */
export function isGivenName(word: string): boolean {
  const folded = fold(word).replace(/[’']/g, "'");
  if (GIVEN.has(folded)) return true;
  // "Jean-Luc", "Anna-Lena": the first part is enough.
  const first = folded.split("-")[0] ?? "";
  return first !== folded && GIVEN.has(first);
}

/** Whether the last word of a full name is a known surname ("Lindgren", "Cox-Buday" no). */
export function endsWithKnownSurname(name: string): boolean {
  const parts = name.split(" ");
  if (parts.length < 2) return false;
  const last = fold(parts[parts.length - 1] ?? "").replace(/[’']/g, "'");
  return SURNAME.has(last) || SURNAME.has(last.split("-").pop() ?? "");
}

/**
 * "Hoang Van Duc", "Chen Jia-Hui": a family name first and a given name last, as Chinese,
 * Vietnamese and Korean names are often written.
 */
export function isFamilyNameFirst(name: string): boolean {
  const parts = name.split(" ");
  if (parts.length < 2 || parts.length > 4) return false;
  const first = fold(parts[0] ?? "");
  return SURNAME.has(first) && !isGivenName(first) && isGivenName(parts[parts.length - 1] ?? "");
}

/** A name that opens with a given name, or a family name followed by one. */
export function opensWithName(name: string): boolean {
  return isGivenName(name.split(" ")[0] ?? "") || isFamilyNameFirst(name);
}

/**
 * Whether a mailbox spells the name, wholly or in part: a name word in it ("mortiz@"), a piece
 * that is a name word ("mike.xu@" and "Xu Mingyu"), the start of one ("facu@" and "Facundo",
 * "dev.k@" and "Devendra"), or the initials ("tj@" and "Tunde Afolabi-Jones").
 */
export function addressSpellsName(address: string, name: string): boolean {
  if (addressFitsName(address, name)) return true;
  const local = fold(address.split("@")[0] ?? "").replace(/\+.*$/, "");
  const nameWords = fold(name)
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^a-z]/g, ""))
    .filter((w) => w !== "");
  const pieces = local.split(/[._-]+/).filter((p) => /^[a-z]+$/.test(p));
  if (
    pieces.some((p) =>
      nameWords.some((w) => (p.length >= 2 && w === p) || (p.length >= 3 && w.startsWith(p))),
    )
  )
    return true;
  const initials = nameWords.map((w) => w.charAt(0)).join("");
  return initials.length >= 2 && local.replace(/[^a-z]/g, "") === initials;
}

/**
 * A firm's legal form, dots and case aside ("Ltda", "S.p.A.", "GmbH", "B.V.", "Inc."): a name
 * that carries one is an organisation's. Two-letter forms count only in capitals or with dots
 * ("SA", "S.A."), so that a surname such as "Sá" or "Da" is not read as one.
 */
const LEGAL_FORMS = words(
  "ltda|lda|ltd|llc|llp|inc|plc|corp|gmbh|mbh|kgaa|ohg|sarl|sàrl|sas|sasu|srl|srls|spa|sapa|snc|" +
    "slu|eireli|epp|pty|bvba|vof|ag|kg|ug|ev|sa|se|sl|bv|nv|cv|ab|oy|as|me|lp|co",
);

/**
 * Words that name a function, a service or a document, never a person, in the seven languages
 * ("ParcelPoint Customer Care", "Lohnpilot Belege", "Service Client", "Atendimento"), beyond the
 * team and department words: a display name made with one is a mailbox's.
 */
const SERVICE_WORDS = words(
  "customer|customers|care|service|services|support|helpdesk|desk|billing|invoices|invoicing|" +
    "accounts|payroll|receipts|orders|bookings|reservations|inbox|mailbox|office|admin|" +
    "kundenservice|kundendienst|kundenbetreuung|buchhaltung|lohn|lohnbuchhaltung|belege|" +
    "rechnungen|rechnungswesen|bestellungen|postfach|verwaltung|sekretariat|empfang|kunde|kunden|" +
    "client|clients|clientele|facturation|factures|comptabilite|commandes|secretariat|accueil|" +
    "cliente|clientes|atencion|soporte|facturas|facturacion|contabilidad|pedidos|secretaria|" +
    "clienti|assistenza|fatture|fatturazione|contabilita|ordini|segreteria|" +
    "klant|klanten|klantenservice|facturen|boekhouding|bestellingen|secretariaat|" +
    "atendimento|suporte|faturas|faturamento|contabilidade|encomendas|" +
    "mandant|auftraggeber|opdrachtgever",
);

/**
 * Determiners and possessives that open a noun phrase, never a person's name ("Unser Kunde",
 * "Our Client", "Notre Client", "Onze Opdrachtgever"). Particles that open surnames ("De",
 * "La", "El", "Van") are left out.
 */
const OPENING_DETERMINERS = words(
  "the|our|your|my|their|this|that|unser|unsere|unserer|unseren|unserem|ihr|ihre|ihrer|" +
    "mein|meine|meiner|dein|deine|euer|eure|der|die|dem|ein|eine|einer|einen|notre|nos|votre|vos|" +
    "mon|mes|leur|leurs|cette|ce|une|nuestro|nuestra|nuestros|nuestras|vuestro|vuestra|" +
    "esta|los|las|nostro|nostra|nostri|nostre|vostro|vostra|questo|questa|gli|uno|" +
    "onze|ons|uw|mijn|jouw|het|een|deze|dit|nosso|nossa|nossos|nossas|vosso|vossa|meu|" +
    "minha|teu|os|um",
);

/** Connectives and particles inside a department's or a person's name ("Recursos de Personal"). */
const CONNECTIVES = words("de|des|du|da|do|e|et|y|and|und|of|&");

/** Whether one word of a candidate name is a legal form ("Ltda", "S.A.", "GmbH"). */
function isLegalForm(word: string): boolean {
  const bare = word.replace(/[.,]/g, "");
  const lower = bare.toLowerCase();
  if (!LEGAL_FORMS.has(lower)) return false;
  return lower.length >= 3 || bare === bare.toUpperCase() || word.includes(".");
}

/**
 * Whether a candidate's words say it is no person, whatever read it: a legal form anywhere, a
 * team, department, service or document word ("Customer Care", "Belege", "Recruiting"), or a
 * determiner or possessive opening it ("Unser Kunde", "Our Client"). One test for every source
 * (a display name, a signature, the message, an address), in the seven languages.
 */
export function disqualifiedAsPerson(name: string): boolean {
  const parts = name.split(/\s+/).filter((w) => w !== "");
  const first = fold(parts[0] ?? "");
  if (parts.length > 1 && OPENING_DETERMINERS.has(first)) return true;
  return parts.some((word, i) => {
    if (isLegalForm(word)) return true;
    const folded = fold(word).replace(/[^a-z&-]/g, "");
    if (i > 0 && (NAME_PARTICLES.has(folded) || CONNECTIVES.has(folded))) return false;
    return (
      TEAM_WORD_SET.has(folded) ||
      SERVICE_WORDS.has(folded) ||
      (DEPARTMENT_WORDS.has(folded) && !CONNECTIVES.has(folded) && !isGivenName(word))
    );
  });
}

/**
 * Whether a name that parses as a person's is evidenced as one: it opens with a given name
 * (or a family name and then a given name), closes with a surname, or a personal mailbox
 * spells it ("K. Obuya" <kobuya@...>). Job-title words ("Site Reliability"), departments and
 * company names are neither.
 */
export function isEvidencedPerson(name: string, email: string | null): boolean {
  const parts = name.split(" ");
  const first = parts[0] ?? "";
  if (parts.length === 1 && PLACE_NAMES.has(fold(first))) return false;
  if (disqualifiedAsPerson(name)) return false;
  if (opensWithName(name)) return true;
  const last = fold(parts[parts.length - 1] ?? "").replace(/[’']/g, "'");
  if (parts.length > 1 && (SURNAME.has(last) || SURNAME.has(last.split("-").pop() ?? "")))
    return true;
  return email !== null && isPersonalMailbox(email) && addressSpellsName(email, name);
}

/**
 * The person a "first.last@" address spells, when the spelled name is itself evidenced
 * ("maya.ortiz@" yes; "candidate.experience@", "platform.team@" no): the address cannot vouch
 * for a name read from it.
 */
export function personFromAddress(address: string): string | null {
  const spelled = nameFromAddress(address);
  return spelled !== null && isEvidencedPerson(spelled, null) ? spelled : null;
}

/**
 * Pieces of a local part that say a function reads the box, wherever they sit
 * ("campus.recruiting.us@", "candidate-experience@", "jobs+tenant@", "karriere.hamburg@").
 */
const ROLE_INSIDE_LOCAL =
  /recruit|recrut|reclut|career|carrier[ae]|karriere|carreira|carrera|talent|hiring|candidat|applicant|staffing|bewerb|vacatur|vacanc|vagas|werving|onboarding|noreply|no-reply|do-not-reply|donotreply|automat|notif|mailer|scheduling|interviews/;
/** Whole pieces that name a function: "jobs", "hr", "people", "team" (not inside a surname). */
const ROLE_PIECE =
  /^(?:jobs?|hr|rh|rrhh|ta|people|team|teams|ops|talentops|recruiting|careers|apply|applications|info|hello|contact|admin|office|help|support|news|events?|system|alerts?|reply|replies|bounce|mail)$/;

/** Pieces of an address that say a room or a bookable resource reads it, in the seven languages. */
const RESOURCE_PIECE =
  /^(?:rooms?|boardroom|meetingroom|confroom|resources?|besprechungsraum|konferenzraum|salle|salles|vergaderruimte|vergaderzaal)$/;

/**
 * Whether an address is a meeting room's or a resource's: a local piece says so
 * ("grace.hopper.room@", "salle-curie@") or the domain is the rooms' own ("@rooms.acme.com").
 */
export function isResourceMailbox(address: string): boolean {
  const a = address.trim().toLowerCase();
  const at = a.lastIndexOf("@");
  const pieces = a.slice(0, at).split(/[-_.+]+/);
  const labels = a
    .slice(at + 1)
    .split(".")
    .slice(0, -2);
  return [...pieces, ...labels].some((p) => RESOURCE_PIECE.test(p));
}

/** A local part of machine-made tokens: "a7f3c9e2b1d4e5", "reply-fec8167875620d7c-1234_html". */
function looksGenerated(local: string): boolean {
  return local.split(/[-_.=]+/).some((t) => {
    const digits = t.replace(/\D/g, "").length;
    return t.length >= 20 || (t.length >= 10 && digits >= 4 && digits < t.length);
  });
}

/**
 * Whether mail to this address reaches one person: not a robot, an ATS relay or a shared box
 * (isRobotAddress), no function word anywhere in it, and not a machine-made token.
 * Remembered: every name read beside an address asks about it again.
 */
export const isPersonalMailbox: (address: string) => boolean = remembered((address) => {
  if (isRobotAddress(address) || isResourceMailbox(address)) return false;
  const a = address.trim().toLowerCase();
  const full = a.slice(0, a.lastIndexOf("@"));
  const local = full.replace(/\+.*$/, "");
  // "ravi.menon+candidates@": the tag sorts one person's mail; the box is still theirs.
  if (looksGenerated(local)) return false;
  const pieces = local.split(/[-_.]+/);
  const functional = (p: string) => ROLE_PIECE.test(p) || ROLE_INSIDE_LOCAL.test(p);
  if (!ROLE_INSIDE_LOCAL.test(local) && !pieces.some(functional)) return true;
  // "rafael.antunes.rh@gmail.com": at a personal-mail provider, a function word beside a full
  // name is one independent recruiter's label, not a shared box.
  const rest = pieces.filter((p) => !functional(p));
  return (
    isWebmailDomain(a.slice(a.lastIndexOf("@") + 1)) &&
    rest.length >= 2 &&
    rest.every((p) => /^[a-z]{2,}$/.test(p)) &&
    isGivenName(rest[0] ?? "")
  );
});

/**
 * "Rossi Alessandro", "SALA Federica" <federica.sala@…>, "Ferri Anna Chiara"
 * <annachiara.ferri@…>: a surname written first, as Italian, French and Spanish offices
 * list staff, whose own address spells the given name first. The address settles the order; a
 * family name first that the address also puts first ("xu.mingyu@") is left as written.
 */
export function inAddressOrder(name: string, address: string | null): string {
  const parts = name.split(" ");
  if (address === null || parts.length < 2 || parts.length > 4) return name;
  const local = letters(address.slice(0, address.lastIndexOf("@")));
  for (let split = 1; split < parts.length; split++) {
    const surname = parts.slice(0, split);
    const given = parts.slice(split);
    if (local !== letters(given.join("")) + letters(surname.join(""))) continue;
    if (!isGivenName(given[0] ?? "") || isGivenName(surname[0] ?? "")) return name;
    return [...given, ...surname].map(natural).join(" ");
  }
  return name;
}

/** The letters of a text, folded: "Anna Chiara" -> "annachiara". */
const letters = (text: string) => fold(text).replace(/[^a-z]/g, "");

/** A word in capitals as a word in small letters: "SALA" -> "Sala". */
const natural = (w: string) =>
  HAS_LOWER_LETTER.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase();

const HAS_LOWER_LETTER = /\p{Ll}/u;
