import { companiesAgree } from "./company-name.ts";
import { NOT_A_COMPANY } from "./company-patterns.ts";
import { cuedRuns } from "./cued-runs.ts";
import { hasRoleWord } from "./job-titles.ts";
import {
  DETERMINER_CUE,
  LABELLED_ROLE,
  LEADING_ROLE_ARTICLE,
  LOWER_ROLE_CUE,
  LOWER_ROLE_STOP,
  LOWER_RUN_AT,
  POSITION_AFTER,
  POSITION_WORD,
  ROLE_BOILERPLATE,
  ROLE_CUE,
  ROLE_NUMBER_SUFFIX,
  ROLE_PLACE_SUFFIX,
  ROLE_PREFIX_NOISE,
  ROLE_STOP,
  SUBJECT_ROLE_CUES,
  SUBJECT_SEGMENT_END,
  SUBJECT_SEGMENT_START,
  TITLE_RUN_AT,
} from "./role-patterns.ts";
import { fold } from "./text.ts";
import { NOT_A_NAME } from "./word-lists.ts";

/** The job title: from the message, else the subject, else the older history below it. */
export function findRole(
  message: string,
  subject: string,
  body: string,
  company: string | null,
): string | null {
  const found =
    labelledRole(body, company) ??
    roleInText(message, company) ??
    roleInSubject(subject, company) ??
    (body !== message ? roleInText(body, company) : null);
  return found === null ? null : tidyRole(found, company);
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
    if (role && hasRoleWord(role)) return role;
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
    .replace(ROLE_PLACE_SUFFIX, "")
    .replace(ROLE_NUMBER_SUFFIX, "")
    // "Data Engineer Senior en Pulpo", "DevOps Engineer en Norteia Energía": the employer
    // after the title; "Profesor/a de Inglés en Secundaria" keeps its one-word complement.
    .replace(/\s+(?:en|presso|bei|chez|bij|at|na|no|em)\s+(\p{Lu}[^,;]*)$/u, (m, after: string) =>
      (company !== null && companiesAgree(after, company)) || after.trim().includes(" ") ? "" : m,
    )
    .trim();
  // "Scheduling (Applied Scientist)" lost its opener with the prefix: the closer goes too.
  const opened = (role.match(/\(/g) ?? []).length;
  if ((role.match(/\)/g) ?? []).length > opened && role.endsWith(")")) role = role.slice(0, -1);
  if (role === "" || ROLE_BOILERPLATE.test(role)) return null;
  return role;
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
      const role = title === null ? null : validRole(title, company, false, true, true);
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
  return validRole(rest, company, true, hasRoleWord(rest), true);
}

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
      if (lower && !wholeLine && LOWER_ROLE_STOP.has(folded)) {
        // "Profesor/a de Inglés en Secundaria" keeps going; "Ingeniero/a de Datos en Grupo Alcorán" stops.
        const next = tokens[i + 1] ?? "";
        const continues =
          /^(?:en|in)$/.test(folded) &&
          /^\p{Lu}/u.test(next) &&
          !(company && fold(company).startsWith(fold(next)));
        if (!continues) break;
      }
      // Between a determiner and "position" the whole run is the title ("Engineer in Test").
      if (!lower && ROLE_STOP.has(folded) && !(wholeLine && connector.test(token))) break;
      if (!lower && /^\p{Ll}(?!\p{Lu})/u.test(token) && !connector.test(token)) break;
    }
    kept.push(token);
    if (/[.;:!?]$/.test(token) && !/^(?:sr|jr|sen|jun|dipl|ing)\.$/i.test(token)) break;
    if (/,$/.test(token) && lower && !wholeLine) break;
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
  // "iOS Engineer", "eCommerce Manager": a brand's lower-case initial counts as a capital.
  if (!/^[\p{L}\d]/u.test(role) || (!lower && !/^(?:[\p{Lu}\d]|\p{Ll}\p{Lu})/u.test(role)))
    return null;
  // "la posizione di ...": a cue inside the run; the next cue match reads the title itself.
  if (lower && LEADING_ROLE_ARTICLE.test(role)) return null;
  if (company && companiesAgree(role, company)) return null;
  if (!strong && !hasRoleWord(role)) return null;
  if (NOT_A_COMPANY.has(fold(role)) || NOT_A_NAME.has(fold(role))) return null;
  return /^\p{Ll}\p{Lu}/u.test(role) ? role : role.charAt(0).toUpperCase() + role.slice(1);
}
