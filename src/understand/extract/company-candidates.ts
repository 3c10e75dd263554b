import { compactKey, validCompany } from "./company-name.ts";
import {
  COMPANY_CUE,
  COMPANY_CUES_BY_WEIGHT,
  COMPANY_RUN_AT,
  CV_SENT_TO,
  PLATFORM_BADGE,
  SENTENCE_AT,
  SUBJECT_AT,
  SUBJECT_COMPANY_CUE,
  SUBJECT_CUE,
  TITLE_CASE_CONNECTOR,
} from "./company-patterns.ts";
import { cuedRuns } from "./cued-runs.ts";
import { hasRoleWord } from "./job-titles.ts";
import { isPersonName } from "./names.ts";
import { isGivenName } from "./person-evidence.ts";
import { isPlace } from "./places.ts";
import { fold, words } from "./text.ts";
import { DEPARTMENT_WORDS } from "./word-lists.ts";

/** Platforms the message credits ("Powered by Hirefront"), as compact keys: never the employer. */
export function platformsNamedIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(PLATFORM_BADGE)) if (m[1]) found.add(compactKey(m[1]));
  return found;
}

/** Employer names the text's phrasing points at, weighed by how much the cue says. */
export function companiesInText(text: string): { name: string; weight: number }[] {
  const found: { name: string; weight: number }[] = [];
  for (const { cue, run } of cuedRuns(text, COMPANY_CUE, COMPANY_RUN_AT, 24)) {
    const name = validCompany(run);
    const groups = cue.groups ?? {};
    const tier = COMPANY_CUES_BY_WEIGHT.findIndex((_, i) => groups[`w${i}`] !== undefined);
    if (name) found.push({ name, weight: COMPANY_CUES_BY_WEIGHT[tier]?.[0] ?? 1 });
  }
  for (const { run } of cuedRuns(text, CV_SENT_TO, COMPANY_RUN_AT, 4)) {
    const name = validCompany(run);
    if (name && !readsAsPerson(name)) found.push({ name, weight: CV_SENT_TO_WEIGHT });
  }
  // "Quinton Freight has received your application": a board's relay opens with the employer.
  let relays = 0;
  for (const m of text.matchAll(EMPLOYER_RECEIVED)) {
    const name = validCompany(m[1]);
    if (name && name === m[1]?.trim()) found.push({ name, weight: 3 });
    if (++relays >= 2) break;
  }
  // "Greetings from the Stanmore Bank recruiting team": the firm before its team's words.
  let teams = 0;
  for (const m of text.matchAll(NAME_BEFORE_TEAM)) {
    const name = validCompany(m[1]);
    if (name && name === m[1]?.trim()) found.push({ name, weight: 2 });
    if (++teams >= 2) break;
  }
  // "Harlow Mutual have put a freeze on …": British English gives a firm a plural verb, a person never.
  let plurals = 0;
  for (const m of text.matchAll(FIRM_HAVE_DECIDED)) {
    const name = validCompany(m[1]);
    if (name && name === m[1]?.trim() && name.includes(" ")) found.push({ name, weight: 2 });
    if (++plurals >= 2) break;
  }
  for (const { run, at } of cuedRuns(text, SENTENCE_AT, COMPANY_RUN_AT, 4)) {
    const name = validCompany(run);
    if (name && text.charAt(at + run.length) === ",") found.push({ name, weight: 2 });
  }
  return found;
}

/** As much as naming the client outright ("our client, Halcyon"). */
const CV_SENT_TO_WEIGHT = 3;

/** "Dr. Ada Obi", "Oluwaseun Adebayo-Smith": a person the CV went to, not a firm. */
function readsAsPerson(name: string): boolean {
  return HONORIFIC.test(name) || (isPersonName(name) && isGivenName(name.split(" ")[0] ?? ""));
}
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|herr|frau|mme|m|sr|sra|dott|dhr|mevr)\.?\s/i;

const EMPLOYER_RECEIVED =
  /(?:^|[.!?]\s+|\n)([A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,4}) (?:has|have) (?:received|reviewed|viewed|seen) your (?:application|cv|résumé|resume|profile)\b/g;

const FIRM_HAVE_DECIDED =
  /(?:^|[.!?]\s+|\n)([A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){1,4}) have (?:now |just |since )?(?:decided|put|paused|frozen|chosen|filled|closed|cancelled|canceled|withdrawn|offered|confirmed|asked|come back|gone with|placed)\b/g;

const NAME_BEFORE_TEAM =
  /\b(?:the|our) ([A-Z][\w&'’.-]*(?: (?:&|and|of) [A-Z][\w&'’.-]*| [A-Z][\w&'’.-]*){0,4}) (?:recruiting|recruitment|hiring|talent acquisition|talent|people|HR|careers|resourcing) team\b/g;

/** Subject pieces that are a company name ("Orchard Valley Health: Update on Req #4471"), and whether a cue said so. */
export function companiesInSubject(subject: string): { name: string; cued: boolean }[] {
  const found: { name: string; cued: boolean }[] = [];
  // "Your application was sent to Northwind Robotics", "Ihre Bewerbung bei Elbwerk Logistik GmbH wurde versendet"
  for (const { run } of cuedRuns(subject, SUBJECT_CUE, COMPANY_RUN_AT, 2)) {
    const name = validCompany(run);
    if (name && !hasRoleWord(name)) found.push({ name, cued: true });
  }
  // "Following up on your Ostrava Bank application": the firm the application is to.
  for (const m of subject.matchAll(YOUR_NAMED_APPLICATION)) {
    const name = validCompany(m[1]);
    if (name && name === m[1] && !hasRoleWord(name)) found.push({ name, cued: true });
  }
  for (const segment of subject.split(/\s+[–—|:-]\s+|:\s+/)) {
    const s = segment.trim();
    // "Interview Confirmation: Senior Analyst with Ostrava Bank": the firm after a title.
    const withFirm = ROLE_WITH.exec(s);
    if (withFirm?.[1] && withFirm[2] && hasRoleWord(withFirm[1])) {
      const name = validCompany(withFirm[2]);
      if (name && isTitleCasePhrase(name) && !hasRoleWord(name)) found.push({ name, cued: true });
      continue;
    }
    const cuedName = SUBJECT_COMPANY_CUE.exec(s)?.[1] ?? SUBJECT_AT.exec(s)?.[1];
    // "Orchard Street feedback": the firm whose word the message passes on.
    const candidate = cuedName ?? NAME_THEN_NEWS.exec(s)?.[1] ?? s;
    if (!isTitleCasePhrase(candidate) || isCalendarLabel(candidate)) continue;
    const name = validCompany(candidate);
    if (name && !hasRoleWord(name) && !completesATitle(s.slice(0, s.lastIndexOf(name))))
      found.push({ name, cued: cuedName !== undefined });
  }
  return found;
}

/**
 * "Arquiteto(a) de Soluções Cloud", "Diretor de Infraestruturas", "Head of Platform": a name after
 * a job title and a bare "of" ("de", "di", "von": no article, which a firm's name takes)
 * completes the title (a field, a product, a service), it names no firm.
 * Whether the text before a name ends so.
 */
export function completesATitle(before: string): boolean {
  const m = TITLE_THEN_OF.exec(before);
  return m?.[1] !== undefined && hasRoleWord(m[1]);
}
const TITLE_THEN_OF = /([\p{L}()/]+)[ \t]+(?:of|de|des|du|di|von|van)[ \t]+$/iu;

/** A subject naming a firm, then what came from it ("Orchard Street feedback", "Halden update"). */
const NAME_THEN_NEWS = /^(.+?)\s+(?:feedback|update|news)$/;
const YOUR_NAMED_APPLICATION =
  /\b[Yy]our ([A-Z][\w&'’.-]*(?: (?:&|and|of) [A-Z][\w&'’.-]*| [A-Z][\w&'’.-]*){0,4}) (?:application|candidacy|interview)\b/g;
const ROLE_WITH = /^(.+?)\s+with\s+(\p{Lu}.*)$/u;

function isTitleCasePhrase(phrase: string): boolean {
  const tokens = phrase.trim().split(/\s+/);
  return (
    tokens.length <= 6 &&
    tokens.every((t, i) => /^[\p{Lu}\d&(]/u.test(t) || (i > 0 && TITLE_CASE_CONNECTOR.test(t)))
  );
}

/**
 * "Agency: Bureau of Coastal Infrastructure", "Unternehmen: Kessler Logistik GmbH": a form field
 * naming the employer; an agency's offer sheet names it as its client ("Client: …", "Mandant: …").
 */
const LABELLED_COMPANY =
  /^[ \t>*]*(?:hiring (?:agency|organi[sz]ation|company|entity)|(?:company|employer) name|agency|company|employer|organi[sz]ation|department|unternehmen|arbeitgeber|firma|entreprise|employeur|société|empresa|empleador|organización|bedrijf|werkgever|organisatie|azienda|datore di lavoro|organização|client|end client|cliente|cliente finale|cliente final|klant|opdrachtgever|mandant|auftraggeber|committente)[ \t]*:[ \t]*([^\n]{2,80})$/gim;

const AGENCY_LABEL = /^[ \t>*]*(?:hiring )?agency[ \t]*:/i;
const DEPARTMENT_LABEL = /^[ \t>*]*department[ \t]*:/i;

/** Employers that a notification's form fields name. */
export function labelledCompanies(text: string): string[] {
  const found: string[] = [];
  const matches = [...text.matchAll(LABELLED_COMPANY)].slice(0, 8);
  // "Department: Department of Inland Affairs" over "Agency: Office of Flood Forecasting":
  // a federal notice's department is the parent body, its agency the unit that hires.
  const agencyGiven = matches.some((m) => AGENCY_LABEL.test(m[0]));
  for (const m of matches) {
    if (agencyGiven && DEPARTMENT_LABEL.test(m[0])) continue;
    const value = m[1] ?? "";
    const name = hiringUnit(value) ?? validCompany(value);
    if (name) found.push(name);
    if (found.length >= 3) break;
  }
  return found;
}

/**
 * "New Event", "Updated Invitation", "Neuer Termin", "Nouvel événement", "Nuevo evento",
 * "Nieuwe afspraak": a scheduling tool's label for what it sends, never a firm.
 */
function isCalendarLabel(phrase: string): boolean {
  return phrase.split(/\s+/).every((w) => CALENDAR_WORDS.has(fold(w)));
}
const CALENDAR_WORDS = new Set(
  [
    ...words(
      "new|updated|cancelled|canceled|rescheduled|event|meeting|invitation|appointment|booking|" +
        "neuer|neue|neues|aktualisiert|abgesagt|termin|einladung|besprechung|buchung|" +
        "nouvel|nouveau|nouvelle|événement|evenement|réunion|reunion|rendez-vous|annulé|" +
        "nuevo|nueva|evento|invitación|invitacion|reunión|cita|cancelado|" +
        "nuovo|nuova|invito|riunione|appuntamento|annullato|" +
        "nieuw|nieuwe|afspraak|uitnodiging|vergadering|geannuleerd|" +
        "novo|nova|convite|reunião|reuniao|agendamento|cancelada",
    ),
  ].map(fold),
);

/** Capitalised words, with the small words public bodies use between them ("Department of the Navy"). */
const ORG_PHRASE = /^\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of|the|for|and|&|\p{Lu}[\p{L}.'’&-]*))+$/u;

/**
 * "Department of the Interior, Bureau of Land Management", "Department of the Navy - Naval
 * Information Warfare Center Pacific": a parent body, then the unit that hires, which is the
 * employer. Null unless both pieces read as organisations of two words or more (never "Acme
 * Robotics, Inc.", nor a firm and its department).
 */
export function hiringUnit(value: string): string | null {
  const pieces = value.trim().split(/\s*,\s+|\s+[-–—>/]\s+/);
  if (pieces.length < 2 || pieces.length > 3) return null;
  const parent = pieces[0]?.trim() ?? "";
  const unitText = (pieces[pieces.length - 1] ?? "").replace(/[.;]+$/, "");
  const unit = validCompany(unitText);
  if (!ORG_PHRASE.test(parent) || !unit || unit !== unitText) return null;
  if (parent.split(" ").length < 2 || unit.split(" ").length < 2) return null;
  // "Acme Robotics - Talent Acquisition": a department, which firmWithoutDepartment handles.
  if (unit.split(" ").every((w) => DEPARTMENT_WORDS.has(fold(w)))) return null;
  // "Acme Robotics - San Francisco": a place after the firm is where, not who.
  return isPlace(unit) ? null : unit;
}

/** A sentence that says where someone works ("Tamsin runs infrastructure at Fairbourne"). */
/** (Boundaries by letters: "è" and "é" are no word characters to \b.) */
const WORKS_AT =
  /(?<!\p{L})(?:runs|leads|heads|head of|manages|works|recruiter|recruits|hiring|dirige|travaille|responsable|leitet|arbeitet|leiter(?:in)?|trabaja|dirige|lidera|lavora|guida|è|é|werkt|leidt|introduc\p{L}*|en relation|in contatto|in kontakt|in contact|(?:is|ist|est|es|è|é|trabalha) (?:now |jetzt |inzwischen |maintenant |ahora |ora |adesso |nu |agora )?(?:the |der |die |le |la |el |il |de |o |a )?(?:cto|ceo|coo|vp|head|founder|co-?founder|engineering manager|(?:\p{L}+ )?(?:manager|director|lead)))(?!\p{L})/iu;
/** The preposition before the organisation someone works at. */
const WORKS_AT_CUE = /\b(?:at|chez|bei|bij|presso|in|en|em|na|no)[ \t]+(?:der |die |the )?/gi;
/** Sentences of a message read for an introduction; an introduction names its target early. */
const MAX_INTRO_SENTENCES = 12;

/**
 * In an introduction ("I'm introducing you to Yusuf Demir, who leads design systems at
 * Arclight Studio"), the organisation the introduced person works at: the employer the
 * message is about, not the writer's own.
 */
export function introducedCompany(
  message: string,
  isWritersOwn: (name: string) => boolean,
): string | null {
  const sentences = message.split(/(?<=[.!?])\s+|\n+/).slice(0, MAX_INTRO_SENTENCES);
  for (const sentence of sentences) {
    if (!WORKS_AT.test(sentence) || !/\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(sentence)) continue;
    for (const { run } of cuedRuns(sentence, WORKS_AT_CUE, COMPANY_RUN_AT, 3)) {
      const name = validCompany(run);
      if (name && !isWritersOwn(name)) return name;
    }
  }
  return null;
}
