import type { Category } from "../../../schemas/understanding.ts";
import { compactKey, companiesAgree } from "./company-name.ts";
import { NOT_A_COMPANY } from "./company-patterns.ts";
import { cuedRuns } from "./cued-runs.ts";
import {
  hasHeadNoun,
  hasRoleWord,
  isHeadFirstNoun,
  isHeadNoun,
  kindFromTitle,
} from "./job-titles.ts";
import { cleanName, isPersonName } from "./names.ts";
import { lineAround } from "./people-context.ts";
import { isGivenName } from "./person-evidence.ts";
import { isPlace } from "./places.ts";
import { titlesInCompounds } from "./role-compound.ts";
import { onlyAtAnotherFirm } from "./role-elsewhere.ts";
import { heldBySomeone } from "./role-holder.ts";
import {
  APPOSITION_AFTER_NAME,
  CIVIL_SERVICE_GRADE,
  CLIENT_DESCRIPTION,
  COMPLEMENT_STOP,
  DETERMINER_CUE,
  EVENT_NAME,
  FIRST_PERSON_PLURAL_VERB,
  GROUP_GREETING,
  isContractParenthesis,
  JOB_CARD,
  LABELLED_ROLE,
  LEADER_TITLE,
  LEADING_DETERMINER,
  LEADING_REQUISITION,
  LEADING_ROLE_ARTICLE,
  LOWER_ROLE_CUE,
  LOWER_ROLE_STOP,
  LOWER_RUN_AT,
  NOT_A_TITLE_TAIL,
  PAY_PLAN,
  PAY_PLAN_SUFFIX,
  POSITION_AFTER,
  POSITION_WORD,
  PROCESS_STEP,
  QUOTED_TITLE,
  REGION_NAME,
  REGION_TAIL,
  ROLE_BOILERPLATE,
  ROLE_CUE,
  ROLE_NUMBER_SUFFIX,
  ROLE_PLACE_SUFFIX,
  ROLE_PREFIX_NOISE,
  ROLE_STOP,
  RUN_AFTER_NOUN,
  RUN_BEFORE_CUE,
  RUN_BEFORE_PERSON,
  STAGE_OR_STATUS_TAIL,
  SUBJECT_FOR,
  SUBJECT_ROLE_CUES,
  SUBJECT_SEGMENT_END,
  SUBJECT_SEGMENT_START,
  TEAM_AFTER,
  TITLE_RUN_AT,
  TITLE_RUN_GLOBAL,
  US_PLACE_SUFFIX,
} from "./role-patterns.ts";
import { splitSignatureLine } from "./signature-block.ts";
import { fold } from "./text.ts";
import { NOT_A_NAME } from "./word-lists.ts";

/** Where a candidate title was read, and how much that place is trusted (higher wins). */
const WEIGHT = {
  /** "Position: Data Engineer" */
  labelled: 6,
  /** "the Data Engineer position", "le poste de …", "Bewerbung als …" */
  cued: 5,
  /** "Application for Data Engineer", "Data Engineer - update" */
  subjectCue: 4.5,
  /** "„Desarrollador/a Java Senior“" with a job noun */
  quoted: 4,
  subjectSegment: 3.5,
  /** "application for …", "looking for a …": a company may follow such cues as well */
  weakCue: 3.5,
  /** a line of its own that is a title ("IT Program Manager") */
  titleLine: 3,
  lowerBeforePosition: 3,
  /** "een Lead Data Engineer", "your Salesforce Developer background" */
  titleRun: 2.5,
} as const;
/** A line break, with any quote marks, between two words of a capitalised run. */
const WRAPPED_TITLE = /([\p{L}\d,)])[ \t]*\n(?:[ \t]*>)*[ \t]*(?=[\p{Lu}\d(])/gu;
/**
 * A long line without a closing mark, then a line that starts with a capital or "(": a mail
 * client wrapped a sentence there ("… für die Stelle als Senior Cloud Platform Engineer" /
 * "(m/w/d) haben wir …"). Shorter lines end on their own (a greeting, a signature).
 */
const WRAPPED_LINE_MIN = 51;
const WRAPPED_LINE_END = /[\p{L}\d)]$/u;
const WRAPPED_LINE_START = /^[\p{Lu}\d(]/u;
/** The quote marks and spaces that open a line a mail client wrapped. */
const LINE_OPENING = /^(?:[ \t]*>)*[ \t]*/;
/** Joins the wrapped lines line by line: one pass, however long a line (a pattern over the whole text backtracked through every long line). */
function rejoinWrappedLines(text: string): string {
  const lines = text.split("\n");
  let out = lines[0] ?? "";
  let current = out;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const ended = current.replace(/[ \t]+$/, "");
    const rest = line.replace(LINE_OPENING, "");
    if (
      ended.length >= WRAPPED_LINE_MIN &&
      WRAPPED_LINE_END.test(ended) &&
      WRAPPED_LINE_START.test(rest)
    ) {
      out = `${out.slice(0, out.length - (current.length - ended.length))} ${rest}`;
      current = rest;
    } else {
      out = `${out}\n${line}`;
      current = line;
    }
  }
  return out;
}
/** Older history below the newest message is about the same job but less reliably. */
const HISTORY_DISCOUNT = 1.5;
/** A title with a head noun ("… Engineer", "Ingeniera …") over a field ("Detection engineering"). */
const HEAD_NOUN_BONUS = 1.5;
const NO_HEAD_NOUN_PENALTY = 2.5;
/** Each further place that names the same title. */
const AGREEMENT_BONUS = 1;
/** A title in the same sentence as the hiring company, in an introduction. */
const EMPLOYERS_SENTENCE_BONUS = 2;
/** This many different bare titles in one text is a listing of jobs. */
const MAX_DISTINCT_BARE_TITLES = 3;
const BARE_TITLES_IGNORED: ReadonlySet<Category> = new Set(["other", "auto_reply", "job_alert"]);
/** Bounds the candidates kept per message; each costs a few comparisons at the end. */
const MAX_CANDIDATES = 40;
/** Capitalised runs read per text for bare titles. */
const MAX_TITLE_RUNS = 150;

interface Candidate {
  role: string;
  weight: number;
}

type Add = (raw: string | null, weight: number) => void;

/**
 * The job title: candidates from the labelled fields, the cues, the subject, quoted and bare
 * titles of the message and its history, each weighed by where it was found and whether it
 * has a job noun; the best wins, and a fuller form of it (", Search", " – Embedded",
 * " (m/w/d)") found elsewhere replaces it; the user's note when the mail names none. Job alerts
 * list many jobs and name none.
 */
export function findRole(
  message: string,
  subject: string,
  body: string,
  company: string | null,
  category: Category | null = null,
  note = "",
): string | null {
  if (category === "job_alert") return null;
  // A newsletter greets its readers ("Hi all", "Hallo zusammen"): the jobs it mentions are news.
  if (category === "other" && GROUP_GREETING.test(message)) return null;
  const candidates: Candidate[] = [];
  const add = (raw: string | null, weight: number) => {
    if (raw === null || candidates.length >= MAX_CANDIDATES) return;
    const role = tidyRole(raw, company);
    if (role === null) return;
    const head = hasHeadNoun(role);
    // Only a cue that says "job" may carry a title without a job noun ("the Hydrology position").
    if (!head && weight < WEIGHT.subjectCue) return;
    candidates.push({
      role,
      weight: weight + (head ? HEAD_NOUN_BONUS : -NO_HEAD_NOUN_PENALTY),
    });
  };
  // Titles in prose are read only in mail about an application: elsewhere (a newsletter, an
  // invitation to a meetup, an out-of-office) they are people's titles and listings.
  const bare = category === null || !BARE_TITLES_IGNORED.has(category);
  gatherFromText(message, company, 0, bare, add);
  gatherFromSubject(subject, company, bare, add);
  // The older history is read only when the message and subject name no cued job title:
  // it costs as much again, and then only confirms.
  const settled = candidates.some((c) => c.weight >= WEIGHT.cued + HEAD_NOUN_BONUS);
  if (body !== message && !settled) gatherFromText(body, company, HISTORY_DISCOUNT, bare, add);
  // "this was for the Data Engineer role": what the user wrote above a forward, when the mail
  // itself names no job.
  if (candidates.length === 0 && note.trim() !== "") gatherFromNote(note, company, add);
  if (category === "referral_offer" && company !== null)
    favourEmployersSentence(candidates, message, company);
  favourTheOneSingledOut(candidates, message);
  if (company === null || !MAY_NAME_JOBS_ELSEWHERE.has(category ?? "other"))
    return chooseRole(candidates);
  return chooseRole(withoutJobsElsewhere(candidates, `${message}\n${body}`, subject, company));
}

/**
 * Mail that may name a job at another firm that is not in play: a talent community after a
 * process at a sister firm, an introduction. A rejection or an invitation is about its own job.
 */
const MAY_NAME_JOBS_ELSEWHERE: ReadonlySet<Category> = new Set([
  "keep_on_file",
  "referral_offer",
  "other",
]);

/** A title the prose only places at another firm, and the subject does not name, is not in play. */
function withoutJobsElsewhere(
  candidates: Candidate[],
  text: string,
  subject: string,
  company: string,
): Candidate[] {
  const inSubject = fold(subject);
  const elsewhere = new Map<string, boolean>();
  const isElsewhere = (role: string) => {
    let seen = elsewhere.get(role);
    if (seen === undefined) {
      seen = !inSubject.includes(fold(role)) && onlyAtAnotherFirm(role, text, company);
      elsewhere.set(role, seen);
    }
    return seen;
  };
  return candidates.filter((c) => !isElsewhere(c.role));
}

/**
 * An introduction names jobs at several firms (the referrer's, the one the candidate wants);
 * the job is the one written nearest the hiring company within a sentence ("she's hiring for
 * a Detection Engineer" after "at Copperline Health").
 */
function favourEmployersSentence(candidates: Candidate[], message: string, company: string) {
  const key = fold(company);
  let best: Candidate[] = [];
  let nearest = Number.POSITIVE_INFINITY;
  for (const sentence of fold(message).split(/[.!?;]\s+|\n\s*\n/)) {
    const at = sentence.indexOf(key);
    if (at < 0) continue;
    for (const c of candidates) {
      const from = sentence.indexOf(fold(c.role));
      if (from < 0) continue;
      const distance = from < at ? at - from - c.role.length : from - at - key.length;
      if (distance < nearest) [best, nearest] = [[c], distance];
      else if (distance === nearest && !best.includes(c)) best.push(c);
    }
  }
  for (const c of best) c.weight += EMPLOYERS_SENTENCE_BONUS;
}

/**
 * "There's a Staff Engineer, Ledger role and a Principal Engineer, Risk Platforms role …
 * honestly the Principal one", "celui de Lead", "quella da Senior": of two jobs named, the one
 * the writer then points at by its first word.
 */
const SINGLED_OUT =
  /\b(?:the[ \t]+(\p{Lu}[\p{L}-]*)[ \t]+one|(?:celui|celle|la|el|a|o) de[ \t]+(\p{Lu}[\p{L}-]*)|quell[ao] (?:di|da|per)[ \t]+(\p{Lu}[\p{L}-]*)|die (?:van|voor)[ \t]+(\p{Lu}[\p{L}-]*))(?![\p{L}-])/gu;

function favourTheOneSingledOut(candidates: Candidate[], message: string) {
  if (new Set(candidates.map((c) => fold(c.role))).size < 2) return;
  for (const m of message.matchAll(SINGLED_OUT)) {
    // The word must start one of the jobs and only one.
    const word = fold(m.slice(1).find((g) => g !== undefined) ?? "");
    const named = candidates.filter((c) => fold(c.role).split(/[\s,]+/)[0] === word);
    if (new Set(named.map((c) => fold(c.role))).size !== 1) continue;
    // It wins over any sum of places that name the other.
    const above =
      Math.max(...candidates.map((c) => c.weight)) + AGREEMENT_BONUS * candidates.length;
    for (const c of named) c.weight = above;
    return;
  }
}

function gatherFromText(
  text: string,
  company: string | null,
  discount: number,
  bare: boolean,
  add: Add,
): void {
  const at = (w: number) => w - discount;
  // A sentence adds its own remark or the civil-service grade in parentheses ("(catégorie B)",
  // "(Go e un po' di Kubernetes)"); a posting's title line, a form field, a subject keep theirs.
  const inProse: Add = (raw, weight) => add(raw && withoutProseParenthesis(raw), weight);
  add(labelledRole(text, company), at(WEIGHT.labelled));
  // "for the Flight\n> Software Engineer role": a title that a hard wrap broke, rejoined
  // only where a position word must follow it.
  inProse(roleBeforePosition(text.replace(WRAPPED_TITLE, "$1 "), company), at(WEIGHT.cued));
  const { strong, weak, later } = roleAfterCue(rejoinWrappedLines(text), company);
  inProse(strong, at(WEIGHT.cued));
  inProse(weak, at(WEIGHT.weakCue));
  for (const role of later) inProse(role, at(WEIGHT.cued));
  inProse(lowerCaseRoleBeforePosition(text, company), at(WEIGHT.lowerBeforePosition));
  add(quotedTitle(text, company), at(WEIGHT.quoted));
  add(jobCardTitle(text, company), at(WEIGHT.cued));
  for (const title of titlesInCompounds(text))
    add(validRole(title, company, false, true, true), at(WEIGHT.cued));
  const runs = titleRuns(text, company);
  // Three different titles or more: a listing of jobs, none of them the one applied for.
  if (new Set(runs.map((r) => fold(r.role))).size >= MAX_DISTINCT_BARE_TITLES) return;
  for (const run of runs) {
    if (run.line) add(run.role, at(WEIGHT.titleLine));
    else if (bare) inProse(run.role, at(WEIGHT.titleRun));
  }
}

/** The closing parenthesis of a title and its contents. */
const LAST_PARENTHESIS = /\s*\(([^()]+)\)[.,;:!?]*$/;
/** "(all genders)", "(m/w/d)": the gender marker is the posting's, never a remark. */
const GENDER_WORDS = /^(?:all genders|alle geschlechter|gn\*|(?:\p{L}\/)+\p{L})$/iu;

/**
 * "Data Engineer (catégorie B)", "Backend Developer (Go e un po' di Kubernetes)" -> the title:
 * a civil-service grade or a remark of several lower-case words that a sentence put after it.
 */
function withoutProseParenthesis(raw: string): string {
  const m = LAST_PARENTHESIS.exec(raw);
  const inner = m?.[1]?.trim() ?? "";
  // ("(fixed-term, 12 months)": the posting's contract, however many lower-case words.)
  if (!m || GENDER_WORDS.test(inner) || isContractParenthesis(`(${inner})`)) return raw;
  const lowerWords = inner.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).length;
  return CIVIL_SERVICE_GRADE.test(fold(inner)) || lowerWords >= 2 ? raw.slice(0, m.index) : raw;
}

/**
 * The user's note names the job with a cue ("for the SRE role", "Absage für die
 * Data-Engineer-Stelle", "pour le poste de chef de projet"); its bare titles are the people met.
 */
function gatherFromNote(note: string, company: string | null, add: Add): void {
  const inProse: Add = (raw, weight) => add(raw && withoutProseParenthesis(raw), weight);
  inProse(roleBeforePosition(note, company), WEIGHT.cued);
  const { strong, weak } = roleAfterCue(note, company);
  inProse(strong, WEIGHT.cued);
  inProse(weak, WEIGHT.weakCue);
  inProse(lowerCaseRoleBeforePosition(note, company), WEIGHT.lowerBeforePosition);
  for (const title of titlesInCompounds(note))
    add(validRole(title, company, false, true, true), WEIGHT.cued);
}

function gatherFromSubject(subject: string, company: string | null, bare: boolean, add: Add): void {
  const { strong, weak } = roleAfterCue(subject, company);
  add(roleBeforePosition(subject, company) ?? strong, WEIGHT.subjectCue);
  add(weak, WEIGHT.weakCue);
  add(roleAfterSubjectCue(subject, company), WEIGHT.subjectCue);
  add(roleInSubjectSegments(subject, company), WEIGHT.subjectSegment);
  // "Kurze Rückmeldung zur Data-Engineer-Stelle"
  for (const title of titlesInCompounds(subject))
    add(validRole(title, company, false, true, true), WEIGHT.subjectCue);
  // "Tweede gesprek Senior Backend Engineer - Betalingen": the whole subject after the step.
  let whole = subject.trim();
  for (let i = 0; i < 2; i++)
    whole = whole.replace(SUBJECT_SEGMENT_START, "").replace(ROLE_PREFIX_NOISE, "").trim();
  if (hasHeadNoun(whole) && whole.split(/\s+/).length <= 10)
    add(validRole(whole, company, false, false, true), WEIGHT.subjectSegment);
  // "Coffee chat / Data Engineer": the occasion, then the job.
  const slash = /^([^/]+?)\s\/\s(.+)$/.exec(whole);
  if (slash?.[1] && slash[2] && !hasHeadNoun(slash[1]) && hasHeadNoun(slash[2]))
    add(validRole(slash[2], company, false, false, true), WEIGHT.subjectSegment);
  // "Your onsite (virtual) for Senior Backend Engineer, Payments": what the step is for; in a
  // newsletter, "employers are searching for Cloud Engineers" is no application.
  const afterFor = (bare && SUBJECT_FOR.exec(subject)?.[1]) || "";
  if (hasHeadNoun(afterFor))
    add(
      validRole(afterFor.replace(EMPLOYER_AFTER, ""), company, false, false, true),
      WEIGHT.subjectSegment,
    );
  // "Thank you + any feedback? (Incident Response Lead)", "Jordan <> Grace (Senior Analytics Engineer)"
  for (const m of subject.matchAll(/\(([^()]{3,80})\)/g)) {
    const inner = m[1]?.trim() ?? "";
    if (hasHeadNoun(inner))
      add(validRole(inner, company, false, false, true), WEIGHT.subjectSegment);
  }
}

/** "SRE II" and "Site Reliability Engineer II" -> "SREII": capitals kept, other words by initial. */
function acronymKey(title: string): string {
  return title
    .split(/\s+/)
    .map((w) => (/^[A-Z]{2,5}$/.test(w) ? w : w.charAt(0).toUpperCase()))
    .join("");
}

/**
 * What may follow a title in its fuller form: ", Search", " – Embedded", " (m/w/d)", " II". A
 * level after it ("Data Engineer senior") is another opening, not a fuller form of this one.
 */
const TITLE_EXTENSION = /^(?:,\s|:\s|\s[–—-]\s|\s?\(|\s[ivx]+\b)/;
/** "Tech Lead" and "Tech Lead Python": one or two capitalised words more. */
const CAPITALISED_EXTENSION = /^\s[\p{Lu}\d][\p{L}\d+#.]*(?:\s[\p{Lu}\d][\p{L}\d+#.]*)?$/u;

/** The heaviest title, summing the places that agree; then its fullest form. */
function chooseRole(candidates: Candidate[]): string | null {
  const byKey = new Map<string, { role: string; weight: number; count: number }>();
  for (const c of candidates) {
    const key = fold(c.role).replace(/\s+/g, " ");
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { role: c.role, weight: c.weight, count: 1 });
    else {
      seen.weight = Math.max(seen.weight, c.weight) + AGREEMENT_BONUS;
      seen.count++;
    }
  }
  let best: { role: string; weight: number } | null = null;
  for (const c of byKey.values()) if (best === null || c.weight > best.weight) best = c;
  if (best === null) return null;
  // "SRE II" in the subject, "Site Reliability Engineer II" in the message: the words.
  let chosen = best.role;
  if (/\b[A-Z]{2,5}\b/.test(chosen)) {
    const key = acronymKey(chosen);
    const size = chosen.split(/\s+/).length;
    for (const c of byKey.values())
      if (c.role.split(/\s+/).length > size && acronymKey(c.role) === key) chosen = c.role;
  }
  // "Senior Software Engineer" read in prose, "Senior Software Engineer, Search" elsewhere.
  const base = fold(chosen);
  for (const c of byKey.values()) {
    const folded = fold(c.role);
    const tail = c.role.slice(chosen.length);
    if (
      folded.length > fold(chosen).length &&
      folded.startsWith(base) &&
      (TITLE_EXTENSION.test(folded.slice(base.length)) ||
        (CAPITALISED_EXTENSION.test(tail) && !isPlace(tail))) &&
      hasHeadNoun(c.role)
    ) {
      chosen = c.role;
    }
  }
  return chosen;
}

/**
 * "Position: Computational Biologist, Single-Cell", "Stelle: Cloud Engineer (m/w/d)": a form
 * field naming the job. Its whole line is the title, commas and parentheses included.
 */
function labelledRole(text: string, company: string | null): string | null {
  let n = 0;
  for (const m of text.matchAll(LABELLED_ROLE)) {
    if (++n > 3) break;
    const role = validRole(m[1]?.trim(), company, true, true, true);
    if (role && (hasRoleWord(role) || hasHeadNoun(role))) return role;
  }
  return null;
}

/** Drops what a subject or a sentence put around the title ("Update – ", " en Pulpo", "(Remote, EMEA)"). */
function tidyRole(raw: string, company: string | null): string | null {
  let role = raw;
  for (let i = 0; i < 2; i++) role = role.replace(ROLE_PREFIX_NOISE, "");
  role = role.trim();
  role = role
    .replace(/^\((.+)\)$/, "$1")
    // "(Remote, EMEA)" goes; "(CDI)" alone is part of the posting's title.
    .replace(ROLE_PLACE_SUFFIX, (m) => (isContractParenthesis(m) ? m : ""))

    .replace(ROLE_NUMBER_SUFFIX, "")
    .replace(PAY_PLAN_SUFFIX, "")
    .replace(US_PLACE_SUFFIX, "")
    // "Full Stack Engineer (Final Round)": the step, not the title.
    .replace(/\s*\(([^()]+)\)$/, (m, inner: string) => (PROCESS_STEP.test(inner.trim()) ? "" : m))
    .trim();
  role = dropEmployerAfter(role, company);
  // "Scheduling (Applied Scientist)" lost its opener with the prefix: the closer goes too.
  const opened = (role.match(/\(/g) ?? []).length;
  if ((role.match(/\)/g) ?? []).length > opened && role.endsWith(")")) role = role.slice(0, -1);
  // "The Lead Data Engineer brief" at the start of a sentence; "R-04417 Cyber Threat
  // Intelligence Analyst": a requisition number before the title.
  role = trimTails(
    dropLeadingPieces(role.replace(LEADING_DETERMINER, "").replace(LEADING_REQUISITION, "")),
    company,
  );
  // "SRE Madrid", "Data Engineer London", "Ingeniero/a de Datos en Zaragoza": the city after the title.
  const lastWord = /\s(\p{Lu}[\p{L}-]+)$/u.exec(role);
  if (
    lastWord?.[1] &&
    // ("Responsable données & IA": a field joined to the title, no town.)
    !/[,&]$/.test(role.slice(0, lastWord.index)) &&
    isPlace(lastWord[1]) &&
    hasRoleWord(role.slice(0, lastWord.index))
  )
    role = role.slice(0, lastWord.index).replace(PLACE_PREPOSITION, "");
  role = dropForeignParenthesis(dropCompanyInitials(role, company), company);
  // "Jordan <> Grace", "The Staff Engineer's Path": an introduction, a book, not a title.
  if (/[<>@]|\p{L}['’]s\b/u.test(role)) return null;
  if (role === "" || ROLE_BOILERPLATE.test(role) || EVENT_NAME.test(role)) return null;
  return role;
}

/** " at Bluepeak", " @ Harbor", " with Sam": what a subject puts after the job. */
const EMPLOYER_AFTER = /\s+(?:at|@|bei|chez|bij|presso|with)\s+.*$/u;
/** "at", "bei", "chez", "presso", "bij", "na", "no": never inside a title, always before a firm or a place. */
const EMPLOYER_PREPOSITION = /^(?:at|bei|chez|presso|bij|na|no)$/;

/**
 * "Data Engineer Senior en Pulpo", "DevOps Engineer en Norteia Energía", "Backend Engineer bei
 * Kessler": the employer after the title, whichever company was read. "Profesor/a de Inglés en
 * Secundaria", "Técnico en Sistemas": a head-first title keeps its one-word complement.
 */
function dropEmployerAfter(role: string, company: string | null): string {
  const m = /\s+(en|presso|bei|chez|bij|at|na|no|em|in)\s+(\p{Lu}[^,;]*)$/u.exec(role);
  if (!m) return role;
  const [, preposition = "", after = ""] = m;
  const title = role.slice(0, m.index);
  // "DevOps Engineer in Lagunare": "in" before the employer or a town; "Engineer in Test",
  // "Assegno di ricerca in Ingegneria del Software" keep theirs.
  if (preposition === "in")
    return (company !== null && companiesAgree(after, company)) || isPlace(after) ? title : role;
  const employer =
    (company !== null && companiesAgree(after, company)) ||
    (after.trim().includes(" ") && !/\s[–—-]\s/.test(after)) ||
    EMPLOYER_PREPOSITION.test(preposition) ||
    !isHeadFirstNoun(title.split(" ")[0] ?? "");
  return employer ? title.trim() : role;
}

/** "en", "in", "à": what joined a dropped place to the title. */
const PLACE_PREPOSITION = /\s+(?:en|in|at|bei|à|a|em|na|no|di|te|op)$/;
/** "(and thought of you)", "(referred by …)", "(via Sam)": a remark in parentheses, not the title's. */
const REMARK_PARENTHESIS =
  /^(?:and|or|but|with|via|see|referred|recommended|thanks|und|oder|mit|über|empfohlen|et|ou|avec|via|recommandée?|y|o|con|recomendad[oa]|e|ed|segnalat[oa]|raccomandat[oa]|en|of|met|aanbevolen|via|com|indicad[oa])\s/;

/**
 * A parenthesis after the title that says something else: a remark ("(and thought of you)"),
 * a person ("(Jordan Lee)"), a town ("(Vicenza)") or the employer. A level, a stack, a
 * specialism or a contract ("(m/w/d)", "(Go)", "(Observability)", "(CDI)") stays.
 */
function dropForeignParenthesis(role: string, company: string | null): string {
  const m = /^(.+?)\s*\(([^()]+)\)$/.exec(role);
  const title = m?.[1]?.trim() ?? "";
  const inner = m?.[2]?.trim() ?? "";
  if (!hasHeadNoun(title)) return role;
  const foreign =
    REMARK_PARENTHESIS.test(inner) ||
    (isPersonName(inner) && isGivenName(inner.split(" ")[0] ?? "")) ||
    (isPlace(inner) && !REGION_TAIL.test(inner)) ||
    (company !== null && companiesAgree(inner, company));
  return foreign ? title : role;
}

/** "NCM Quantitative Developer" at Northgate Capital Markets: the employer's initials before the title. */
function dropCompanyInitials(role: string, company: string | null): string {
  const m = /^([A-Z]{2,5})\s+(?=\p{Lu})/u.exec(role);
  if (!m?.[1] || company === null) return role;
  const initials = company
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join("");
  const rest = role.slice(m[0].length);
  return initials === m[1] && hasHeadNoun(rest) ? rest : role;
}

/**
 * Drops what a subject or a calendar title put before the job: "Technical Interview, Machine
 * Learning Engineer", "Confidential - Head of Infrastructure", "Requisition 2025-11873, Cyber
 * Threat Intelligence Analyst", "Jordan Lee / Site Reliability Engineer", "Panel (Data Engineer)",
 * "Ihr Termin für Data Engineer".
 * A leading piece goes only when it has no job noun and a later piece has one.
 */
function dropLeadingPieces(role: string): string {
  const step = /^([^()]+?)\s*\(([^()]+)\)$/.exec(role);
  if (step?.[1] && step[2] && !hasHeadNoun(step[1]) && hasHeadNoun(step[2])) return step[2].trim();
  const slash = /^([^/]+?)\s+\/\s+(.+)$/.exec(role);
  if (slash?.[1] && slash[2] && isPersonName(slash[1].trim()) && !hasHeadNoun(slash[1]))
    return slash[2].trim();
  // "Ihr Termin für Data Engineer (m/w/d)": what the step is for; "Head of Engineering for
  // Payments" keeps its own.
  const purpose = /^(.+?)\s(?:for|für|pour|para|per|voor)\s(.+)$/.exec(role);
  if (purpose?.[1] && purpose[2] && !hasHeadNoun(purpose[1]) && hasHeadNoun(purpose[2]))
    return purpose[2].trim();
  const pieces = splitOutsideParentheses(role);
  const first = pieces.findIndex((p) => hasHeadNoun(p.text) && !PROCESS_STEP.test(p.text.trim()));
  if (first <= 0) return role;
  return pieces
    .slice(first)
    .map((p, i) => (i === 0 ? p.text : p.separator + p.text))
    .join("")
    .trim();
}

/**
 * Keeps what follows a comma or a spaced dash when it belongs to the title (", Search",
 * " – Embedded", ", Single-Cell"): a few capitalised words, no number, no place, not the
 * employer. Cuts the rest (", GS-2210-12, Announcement Number", " – need to move").
 */
function trimTails(role: string, company: string | null): string {
  const pieces = splitOutsideParentheses(role);
  let kept = pieces[0]?.text ?? "";
  // "Ingénieur(e) validation logiciel – Dispositifs médicaux": a title in sentence case has
  // its tail in sentence case too.
  const sentenceCase = isHeadFirstNoun(kept.split(" ")[0] ?? "") && /\s\p{Ll}/u.test(kept);
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece || !titleTail(piece.text, company, sentenceCase)) break;
    kept += piece.separator + piece.text;
  }
  return kept.trim();
}

/** "2nd Shift", "Night Shift": the shift a posting's title names. */
const SHIFT_TAIL = /^(?:\d(?:st|nd|rd|th)|day|night|evening|late|early|weekend) shift$/i;

/** A public body's name after a title, in the seven languages ("Department of Revenue", "Ministerio de …"). */
const PUBLIC_BODY_TAIL =
  /^(?:department|bureau|ministry|agency|administration|commission|authority) of\b|^(?:ministerium|amt|behörde) für\b|^(?:ministère|ministerio|ministério|ministero|ministerie) (?:de|da|do|del|della|dell['’]|van)\b/i;

function titleTail(tail: string, company: string | null, sentenceCase: boolean): boolean {
  const t = tail.trim();
  // "Solutions Engineer, EMEA": a sales region is part of the title; a city is not. "2nd Shift".
  if (REGION_TAIL.test(t) || SHIFT_TAIL.test(t)) return true;
  // "Online Assessment", "Technical Interview (Jordan Lee)": a calendar's step, with its guest.
  if (PROCESS_STEP.test(t.replace(/\s*\([^()]*\)$/, ""))) return false;
  // "– Technical" (interview), "– Stand?", "– Next steps": where the application is.
  if (STAGE_OR_STATUS_TAIL.test(fold(t))) return false;
  const words = t.split(/\s+/);
  // "Tier 2", "Level 3" are part of the title; "GS-2210-12", "CDI Paris 2025" are not.
  const numbered =
    /\d/.test(t) && !/^(?:tier|level|grade|band|niveau|nivel|stufe|n)\s?\d{1,2}$/i.test(t);
  if (t === "" || words.length > 4 || numbered || !/^[\p{Lu}(]/u.test(t)) return false;
  if (
    !sentenceCase &&
    words.some(
      (w) =>
        /^\p{Ll}/u.test(w) &&
        !/^(?:of|and|de|du|des|la|le|y|e|et|da|do|di|del|em|en|für|und|&)$/.test(w),
    )
  )
    return false;
  if (isPlace(t) || NOT_A_TITLE_TAIL.test(t) || (company !== null && companiesAgree(t, company)))
    return false;
  // "– Münsterland", "– Île-de-France": the region; "- Series A Healthtech", "– Scale-up
  // Fintech (exclusive)": the client a headhunter describes without naming it.
  if (REGION_NAME.test(t) || CLIENT_DESCRIPTION.test(t)) return false;
  // "Data Warehouse Developer, Department of Revenue": the public body that hires, not the title.
  if (PUBLIC_BODY_TAIL.test(t)) return false;
  // "Product Manager – Jordan Lee": a person's name is not part of the title.
  if (isPersonName(t) && isGivenName(t.split(" ")[0] ?? "")) return false;
  return !EVENT_NAME.test(t);
}

/** "A, B – C (D, E)" -> "A", ", B", " – C (D, E)": separators outside parentheses. */
function splitOutsideParentheses(text: string): { separator: string; text: string }[] {
  const out: { separator: string; text: string }[] = [];
  let depth = 0;
  let start = 0;
  let separator = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const sep = /^(?:,\s+|:\s+|\s+[–—-]\s+)/.exec(text.slice(i, i + 4))?.[0];
      if (sep) {
        out.push({ separator, text: text.slice(start, i) });
        separator = sep;
        start = i + sep.length;
        i = start - 1;
      }
    }
  }
  out.push({ separator, text: text.slice(start) });
  return out;
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
      const role = title === null ? null : validRole(title, company, false, true, true);
      if (role) return role;
    }
  }
  return null;
}

/**
 * A lower-case job noun that ends a sentence-case title ("Full-stack developer", then at most a
 * parenthesis); not a word that is also an adjective or a verb ("intern besetzt", "técnica").
 */
function lowerHeadEnds(word: string, next: string): boolean {
  return (
    (next === "" || next.startsWith("(")) && isHeadNoun(word) && !AMBIGUOUS_HEAD.test(fold(word))
  );
}
const AMBIGUOUS_HEAD =
  /^(?:intern|lead|head|partner|associate|owner|executive|agent|student|trainee|fellow|staff|tecnico|tecnica|technique|commercial|commerciale|responsable|responsabile|data|chef)$/;

/**
 * "Ingénieur·e plateforme senior pour …", "Concepteur(trice) de jeux": a title whose job noun
 * comes first goes on in lower case; validRole decides where it ends.
 */
function withLowerComplement(text: string, at: number, run: string): string {
  if (!isHeadFirstNoun(run.split(/\s/)[0] ?? "")) return run;
  LOWER_RUN_AT.lastIndex = at;
  const longer = LOWER_RUN_AT.exec(text)?.[1] ?? "";
  return longer.length > run.length ? longer : run;
}

/** "Full-stack developer (Python/Vue)": a sentence-case title goes on to its lower-case job noun. */
function withLowerHead(text: string, at: number, run: string): string {
  const m = LOWER_HEAD_AFTER.exec(text.slice(at + run.length, at + run.length + 80));
  if (!m?.[1] || !lowerHeadEnds(m[1], m[2] ?? "")) return run;
  return `${run} ${m[1]}${m[2] ? ` ${m[2]}` : ""}`;
}
const LOWER_HEAD_AFTER = /^[ \t]+(\p{Ll}[\p{L}-]*)(?:[ \t]+(\([^()\n]{1,40}\)))?/u;

/** The first title after a strong cue ("Bewerbung als …") and after a weak one ("application for …"). */
function roleAfterCue(
  text: string,
  company: string | null,
): { strong: string | null; weak: string | null; later: string[] } {
  const lowers: string[] = [];
  for (const { run } of cuedRuns(text, LOWER_ROLE_CUE, LOWER_RUN_AT, 8)) {
    // "la vacante que…", "la vacante abierta": the cue without a job after it.
    const role = validRole(run, company, true, hasRoleWord(run));
    // "nel ruolo di responsabile del team": a lone leader's word in lower case is a function.
    if (role && !(/^\p{Ll}\S*$/u.test(run.split(/\s/)[0] ?? "") && isLoneLeader(role)))
      lowers.push(role);
  }
  // "il cherche un poste de lead plateforme … au poste d'Ingénieur·e … chez Opaline": the
  // later ones are kept too, for the employer's sentence to decide between them.
  if (lowers.length > 0)
    return { strong: lowers[0] ?? null, weak: null, later: lowers.slice(1, 3) };
  let strong: string | null = null;
  let weak: string | null = null;
  for (const { cue, run, at } of cuedRuns(text, ROLE_CUE, TITLE_RUN_AT, 8)) {
    const isStrong = cue.groups?.strong !== undefined;
    if (isStrong ? strong !== null : weak !== null) continue;
    const read = withLowerHead(text, at, withLowerComplement(text, at, run));
    const role = validRole(read, company, false, isStrong);
    if (role && isStrong) strong = role;
    else if (role) weak = role;
    if (strong !== null && weak !== null) break;
  }
  return { strong, weak, later: [] };
}

/** "Responsable", "Jefe", "Directeur": one word that names who leads, without what. */
const isLoneLeader = (role: string) => !/\s/.test(role) && LEADER_TITLE.test(fold(role));

/**
 * "Senior Backend Engineer" over "Northwind Robotics · Berlin (Hybrid)": LinkedIn's and
 * Indeed's card of the job applied for. Only the first card: later ones are suggestions.
 */
function jobCardTitle(text: string, company: string | null): string | null {
  const m = JOB_CARD.exec(text);
  const title = m?.[1]?.trim() ?? "";
  // "Engineering Manager, Site Reliability" over "Copperline GmbH · Berlin" under a name: a
  // signature, the sender's own title.
  if (!m || !hasHeadNoun(title) || underName(text, m.index)) return null;
  return validRole(title, company, false, true, true);
}

/**
 * "la oferta “Analista Programador Java”", "«Développeur·se Backend Go»": a quoted title with a
 * job noun; two different ones are titles compared (a newsletter), not the job.
 */
function quotedTitle(text: string, company: string | null): string | null {
  let n = 0;
  let found: string | null = null;
  for (const m of text.matchAll(QUOTED_TITLE)) {
    if (++n > 20) break;
    const inner = m[1]?.trim() ?? "";
    if (!hasHeadNoun(inner)) continue;
    const role = validRole(inner, company, false, false, true);
    if (!role || role.length < inner.length - 1) continue;
    // "“Platform Engineer” overtook “DevOps Engineer”": titles compared, none applied for.
    if (found !== null && fold(found) !== fold(role)) return null;
    found = role;
  }
  return found;
}

/**
 * Capitalised runs with a job noun that the words around them make a job: after an article or
 * "for" ("een Lead Data Engineer", "for Manager, Cloud Security Engineering"), before a
 * position noun ("Senior DevOps Engineer openings"), or alone on a line ("IT Program Manager").
 * A person's title ("I'm the Engineering Manager", a recruiter's) is not the job.
 */
function titleRuns(text: string, company: string | null): { role: string; line: boolean }[] {
  const out: { role: string; line: boolean }[] = [];
  let n = 0;
  TITLE_RUN_GLOBAL.lastIndex = 0;
  for (let m = TITLE_RUN_GLOBAL.exec(text); m !== null; m = TITLE_RUN_GLOBAL.exec(text)) {
    if (++n > MAX_TITLE_RUNS || out.length >= 6) break;
    if (!hasHeadNoun(m[0])) continue;
    const start = m.index;
    const run = withLowerComplement(text, start, m[0]);
    TITLE_RUN_GLOBAL.lastIndex = start + run.length;
    const end = start + run.length;
    const { lineStart, lineEnd } = lineAround(text, start, end);
    const before = text.slice(Math.max(lineStart, start - 40), start);
    const after = text.slice(end, lineEnd);
    const line = /^[\s>*•·-]*$/.test(text.slice(lineStart, start)) && /^[\s.:!]*$/.test(after);
    const cued =
      RUN_BEFORE_CUE.test(before) && !RUN_BEFORE_PERSON.test(before) && !besideName(before);
    const nounAfter = RUN_AFTER_NOUN.test(after);
    // "your Developer Experience team", "our Reliability Engineering group": a team's name.
    if (TEAM_AFTER.test(after)) continue;
    if (!line && !cued && !nounAfter) continue;
    const role = validRole(withLowerHead(text, start, run), company, false, false);
    if (role === null) continue;
    // "Recruiting Coordinator", "Talent Partner": who writes, not the job; "our Head of
    // Engineering", "Director, Data Engineering" under a name: a person's title, unless a
    // position noun follows ("Engineering Manager role").
    if (kindFromTitle(role) === "recruiter" || /^hiring manager$/i.test(role)) continue;
    if (LEADER_TITLE.test(fold(role)) && !nounAfter && (!line || underName(text, lineStart)))
      continue;
    if (line && (underName(text, lineStart) || overEmployer(text, lineEnd, company))) continue;
    // "As Engineering Manager I wanted to…", "die als Data Analyst bei uns arbeitet": someone's.
    if (!line && heldBySomeone(text, start, end)) continue;
    out.push({ role, line });
  }
  return out;
}

/** "Meet Jordan, a Senior Data Engineer …": the title describes the person just named. */
function besideName(before: string): boolean {
  const name = APPOSITION_AFTER_NAME.exec(before)?.[1];
  return name !== undefined && isGivenName(name);
}

/** A signature's lines under the employer's: an address, a telephone, a web address. */
const MAX_LINES_UNDER_EMPLOYER = 3;

/**
 * Whether the line below is the employer's name alone and only a few lines without a job
 * follow: the title over it signs the mail ("Data Protection Officer" over "Marlowe & Finch
 * LLP"). A job card names a place with the employer ("Brightwater Health - Columbus, OH").
 */
function overEmployer(text: string, lineEnd: number, company: string | null): boolean {
  if (company === null) return false;
  const [employer = "", ...rest] = text
    .slice(lineEnd + 1)
    .trim()
    .split("\n");
  return (
    employer.trim() !== "" &&
    !/[-–—·|,]/.test(employer) &&
    companiesAgree(employer.trim(), company) &&
    rest.length <= MAX_LINES_UNDER_EMPLOYER &&
    !rest.some(hasHeadNoun)
  );
}

/** Whether the line above is a person's name: the title under it is theirs (a signature). */
function underName(text: string, lineStart: number): boolean {
  if (lineStart === 0) return false;
  const above =
    text
      .slice(Math.max(0, lineStart - 80), lineStart - 1)
      .split("\n")
      .pop() ?? "";
  const name = cleanName(splitSignatureLine(above)[0] ?? "");
  return isPersonName(name);
}

/** "Thank you – Senior Software Engineer interview", "Store Operations Manager - Portland". */
function roleInSubjectSegments(subject: string, company: string | null): string | null {
  for (const segment of subject.split(/\s+[–—|:-]\s+|:\s+/)) {
    let s = segment.trim();
    // "Hiring manager interview - …": the step names a person's title, not the job.
    if (PROCESS_STEP.test(s)) continue;
    for (let i = 0; i < 2; i++)
      s = s
        .replace(SUBJECT_SEGMENT_START, "")
        .replace(ROLE_PREFIX_NOISE, "")
        .replace(SUBJECT_SEGMENT_END, "");
    s = s.replace(EMPLOYER_AFTER, "");
    if (s.split(" ").length > 8 || !hasRoleWord(s)) continue;
    const role = validRole(s, company, false, false);
    if (role && role.length >= s.length - 1) return role;
  }
  return null;
}

function roleAfterSubjectCue(subject: string, company: string | null): string | null {
  const m = SUBJECT_ROLE_CUES.exec(subject);
  if (!m?.[1]) return null;
  // "Senior Data Engineer role – a quick note from …": the noun ended the title, a remark follows.
  if (/[–—-]\s*$/.test(m[0].slice(0, -m[1].length)) && /^\p{Ll}/u.test(m[1])) return null;
  // "Platform Engineer at Bluepeak", "Data Engineer II (R-20418)", "Quillstone Labs - Platform Engineer"
  let rest = m[1].replace(EMPLOYER_AFTER, "");
  const dashParts = rest.split(/\s+[–—|-]\s+/);
  if (dashParts.length > 1) {
    // Drop the company's piece; without a company, keep the piece that reads as a title.
    // "Backend Developer – Route Optimisation" stays whole.
    const kept = company
      ? dashParts.filter((p) => !companiesAgree(p, company))
      : dashParts.filter((p) => hasRoleWord(p)).slice(0, 1);
    if (kept.length > 0) rest = kept.join(" – ");
  }
  return validRole(rest, company, true, hasRoleWord(rest), true);
}

/** "(H/F)", "(m/w/d)", "(F/H/X)": the marker that ends a French, German or Dutch title. */
const GENDER_MARKER = /^\((?:[hfmwdvx]\/){1,3}[hfmwdvx]\)[,.;:]?$/i;
const sameKey = (a: string, b: string) => compactKey(a) === compactKey(b);
/** "confirmé(e)", "expérimentée", "sênior", "pleno", "junior": a level written in lower case after the title. Folded. */
const SENIORITY_WORD =
  /^(?:confirmee?|experimentee?|senior|junior|pleno|plena|semi-?senior|sr|jr|ssr|medior|principal|lead|stagiaire|trainee)$/;
/** Whether a folded word is a level, its inclusive ending ("confirmé·e", "expérimenté(e)") aside. */
const isSeniority = (folded: string) =>
  SENIORITY_WORD.test(folded.replace(/[,.;:!?]+$/, "").replace(/(?:[·./]e|\(e\))$/, ""));
/** "(a)", "(e)", "(ère)", "(trice)": the feminine ending of the word before, written apart. */
const INCLUSIVE_ENDING = /^\(\p{Ll}{1,5}\)$/u;
/** "Sr.", "Jr.", "Dipl.": a full stop that belongs to the word. */
const ABBREVIATION = /^(?:sr|jr|sen|jun|dipl|ing|cat)\.$/i;
/** "and", "und", "et", "y", "e", "en": what may join a title to the next person named. */
const CONJUNCTION = /^(?:and|und|et|y|e|en|&)$/i;
const startsWithGivenName = (word: string) => {
  const w = word.replace(/[,.;:!?]+$/, "");
  return /^\p{Lu}\p{Ll}+$/u.test(w) && isGivenName(w) && !hasHeadNoun(w) && !hasRoleWord(w);
};
/** "Stelle", "Rolle", "functie": a position noun that follows the title it names. Folded. */
const POSITION_NOUN_AFTER_TITLE =
  /^(?:stelle|stellen|rolle|vakanz|ausschreibung|stellenausschreibung|functie|vacature|positie)$/;
/** "Infelizmente decidimos", "Unfortunately we": a capitalised word that starts a sentence. */
const opensSentence = (word: string, after = "") =>
  /^\p{Lu}\p{Ll}+,?$/u.test(word) &&
  !hasRoleWord(word) &&
  (/,$/.test(word) || /^\p{Ll}{2,}/u.test(after)) &&
  !LOWER_ROLE_JOINERS.test(after);
/** "Responsable marketing digital": lower-case words a head-first title takes in a row. */
const MAX_LOWER_COMPLEMENT = 3;
/** Words that join two parts of one lower-case title when a capitalised part follows. */
const LOWER_ROLE_JOINERS = /^(?:en|in|del|della|dei|delle|di|da|do|dos|das|et|e|y)$/;

/** Trims a captured run to the job title: drops requisition numbers, trailing prose and the company. */
function validRole(
  raw: string | undefined,
  company: string | null,
  lower: boolean,
  strong: boolean,
  wholeLine = false,
): string | null {
  if (!raw) return null;
  let role = raw
    .replace(/\s+/g, " ")
    .replace(PAY_PLAN, "")
    .replace(
      /\s*[([](?:ref|reference|req|requisition|job|id|job id|job requisition|kennziffer|réf|référence|referencia|rif|vacaturenummer|referenz(?:nummer)?|ref\.?-?nr)\b[^)\]]*[)\]]/gi,
      "",
    )
    // "(R-20418)", "(#4411)", "(2026-118)"; a level such as "(N2)", "(L4)" stays.
    .replace(
      /\s*[([]\s*(?:#\s*[\w-]*\d[\w-]*|[A-Z]{0,4}-?\d{3,}[\w-]*|[A-Z]{1,4}-\d[\w-]*)\s*[)\]]/g,
      "",
    )
    // "(Ausschreibung JR-22917)": a parenthesis around a requisition code.
    .replace(/\s*\([^()]*\b[A-Z]{0,4}-?\d{4,}[^()]*\)/g, "")
    .replace(/\s*(?:[-–—#,]|\bref\.?|\breq\.?)\s*#?[A-Z]{0,4}-?\d[\w-]*\s*$/i, "")
    .trim();
  const tokens = role.split(" ");
  const kept: string[] = [];
  const connector =
    /^(?:of|for|and|de|du|des|la|le|en|für|und|y|del|the|in|à|van|voor|di|e|da|do|dos|das|della|em|et|&|[–—/-])$/i;
  // "Ingénieur·e plateforme senior", "Técnico/a de soporte": lower-case words after a head
  // that comes first are the title's, up to a word that ends a lower-case title.
  const headFirst = !lower && isHeadFirstNoun(tokens[0] ?? "");
  let lowerInARow = 0;
  let titleCase = false;
  let sentenceCase = false;
  // Inside "(32–36 uur)" or "(Node.js + React)" every word belongs to the title.
  let depth = 0;
  let parenthesisFrom = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? "";
    const folded = fold(token.replace(/[,.;:!?]+$/, ""));
    const next = tokens[i + 1] ?? "";
    const nextIsTitle =
      /^[\p{Lu}(]/u.test(next) && !(company && fold(company).startsWith(fold(next)));
    if (kept.length > 0 && depth === 0) {
      if (
        !wholeLine &&
        ((lower && (LOWER_ROLE_STOP.has(folded) || FIRST_PERSON_PLURAL_VERB.test(folded))) ||
          (headFirst && COMPLEMENT_STOP.has(folded)))
      ) {
        // "Profesor/a de Inglés en Secundaria", "Ingegnere del Software Embedded",
        // "Administrateur·rice Systèmes et Réseaux" keep going; "Ingeniero/a de Datos en
        // Grupo Alcorán" stops.
        if (!(LOWER_ROLE_JOINERS.test(folded) && nextIsTitle)) break;
      }
      // Between a determiner and "position" the whole run is the title ("Engineer in Test");
      // "Help Desk Analyst I": a level at the end, not the pronoun.
      const level =
        token === "I" && (next === "" || next.startsWith("(")) && !/,$/.test(kept.at(-1) ?? "");
      if (!lower && !level && ROLE_STOP.has(folded) && !(wholeLine && connector.test(token))) break;
      // "die Data Engineer Stelle ist …": German and Dutch write the position noun after the title.
      if (POSITION_NOUN_AFTER_TITLE.test(folded)) break;
      // "un Full Stack Developer e Marco mi ha detto": the sentence goes on to a person.
      if (CONJUNCTION.test(token) && startsWithGivenName(next)) break;
      // "d'Information", "l'Ingénierie": an elided article before a capital is a connector.
      const lowerWord = /^\p{Ll}(?!['’]?\p{Lu})/u.test(token) && !connector.test(token);
      lowerInARow = lowerWord ? lowerInARow + 1 : 0;
      // "Ingeniero/a de Plataforma queda …", "Sviluppatore iOS previsto …": once a capital
      // follows the head, the title is in title case and ends at a lower-case word.
      if (/^(?:\p{Lu}|\p{Ll}+\p{Lu})/u.test(token)) titleCase = true;
      if (
        !lower &&
        lowerWord &&
        !lowerHeadEnds(token, next) &&
        !(headFirst && !titleCase && lowerInARow <= MAX_LOWER_COMPLEMENT)
      )
        break;
      // "a vaga de Engenheiro de Dados Sénior na quinta-feira": after a lower-case cue too, a
      // title in title case ends at a lower-case word, unless it says the level ("confirmé");
      // "Ingénieur(e) validation logiciel – Dispositifs médicaux" is in sentence case.
      if (lower && titleCase && !sentenceCase && lowerWord && !isSeniority(folded)) break;
      if (lowerWord) sentenceCase = true;
    }
    kept.push(token);
    if (depth === 0 && token.startsWith("(")) parenthesisFrom = kept.length - 1;
    depth = Math.max(
      0,
      depth + (token.match(/\(/g) ?? []).length - (token.match(/\)/g) ?? []).length,
    );
    if (depth > 0) continue;
    // "Ingénieur systèmes (cadre A) n'a pas été retenue": the sentence goes on after the
    // parenthesis; "Engenheiro (a) de Software" is an inclusive ending.
    const closed = parenthesisFrom >= 0 ? kept.slice(parenthesisFrom).join(" ") : "";
    parenthesisFrom = -1;
    if (
      closed !== "" &&
      !wholeLine &&
      /^\p{Ll}/u.test(next) &&
      !INCLUSIVE_ENDING.test(closed) &&
      !connector.test(next)
    )
      break;
    // "Ingénieur DevOps (H/F) basé à Lyon": the gender marker closes the title.
    if (GENDER_MARKER.test(token) && (lower || headFirst) && !wholeLine) break;
    // "Software Engineer: Data Platform" in a subject or a line of its own: trimTails decides.
    if (/:$/.test(token) && wholeLine && /^\p{Lu}/u.test(next)) continue;
    if (/[.;:!?]$/.test(token) && !ABBREVIATION.test(token)) break;
    // "Site Reliability Engineer Sr. queda congelado": the sentence goes on after "Sr.".
    // "Desenvolvedor Sr. Infelizmente, …": a new sentence after it.
    if (ABBREVIATION.test(token) && (/^\p{Ll}/u.test(next) || opensSentence(next, tokens[i + 2])))
      break;
    // "Architecte Solutions, Réseaux Intelligents": a capitalised piece after the comma may
    // belong to the title (trimTails decides); prose after it does not.
    if (/,$/.test(token) && (lower || headFirst) && !wholeLine && !nextIsTitle) break;
  }
  while (kept.length > 0 && connector.test(kept[kept.length - 1] ?? "")) kept.pop();
  const last = kept[kept.length - 1] ?? "";
  role = kept
    .join(" ")
    .replace(ABBREVIATION.test(last) ? /[,;:!?]+$/ : /[,.;:!?]+$/, "")
    .replace(/\s*[–—-]\s*$/, "")
    .trim();
  // An unbalanced parenthesis means the run was cut inside "(Payments)".
  if ((role.match(/\(/g) ?? []).length !== (role.match(/\)/g) ?? []).length) {
    role = role.replace(/\s*\([^)]*$/, "").trim();
    const open = (role.match(/\(/g) ?? []).length;
    const close = (role.match(/\)/g) ?? []).length;
    if (open > close) role = role.replace(/^\(/, "").trim();
    if (close > open) role = role.replace(/\)$/, "").trim();
  }
  if (role.length < 2 || role.length > 100 || role.split(" ").length > 10) return null;
  // "iOS Engineer", "eCommerce Manager": a brand's lower-case initial counts as a capital.
  if (!/^[\p{L}\d]/u.test(role) || (!lower && !/^(?:[\p{Lu}\d]|\p{Ll}\p{Lu})/u.test(role)))
    return null;
  // "la posizione di ...": a cue inside the run; the next cue match reads the title itself.
  if (lower && LEADING_ROLE_ARTICLE.test(role)) return null;
  // The employer's name is not the job; a title with a job noun stays one even when the
  // company read also starts with it ("QA Automation Engineer en Olivar Digital").
  if (company && companiesAgree(role, company) && (!hasHeadNoun(role) || sameKey(role, company)))
    return null;
  if (!strong && !hasRoleWord(role)) return null;
  if (NOT_A_COMPANY.has(fold(role)) || NOT_A_NAME.has(fold(role))) return null;
  return /^\p{Ll}\p{Lu}/u.test(role) ? role : role.charAt(0).toUpperCase() + role.slice(1);
}
