import { firstColon } from "./header-rows.ts";

/** "Respuesta automática:" is the longest subject prefix we know. */
const MAX_SUBJECT_PREFIX_CHARS = 24;

/** Subject prefixes mail clients add when forwarding (Fwd, FW, WG, TR, RV, I, ENC, VB, PD, …). */
const FORWARD_SUBJECT_PREFIXES: ReadonlySet<string> = new Set([
  "fwd",
  "fw",
  "wg",
  "tr",
  "rv",
  "i",
  "enc",
  "vb",
  "pd",
  "vl",
  "doorst",
  "wtr",
  "redir",
  "videresend",
  "ilt",
  "转发",
  "轉寄",
  "転送",
]);

/**
 * Subject prefixes of replies (Re, AW, SV, Antw, R, RES, Réf, Odp, …) and of automatic replies,
 * which quote the message they answer just as a reply does.
 */
const REPLY_SUBJECT_PREFIXES: ReadonlySet<string> = new Set([
  ...["re", "aw", "sv", "antw", "antwort", "r", "res", "rif", "ref", "réf", "odp", "ynt"],
  ...["回复", "答复", "回覆"],
  ...["auto", "autoreply", "automatic reply", "auto-reply", "out of office", "ooo"],
  ...["automatische antwort", "abwesenheitsnotiz", "abwesend", "réponse automatique"],
  ...["absence", "respuesta automática", "fuera de la oficina", "risposta automatica"],
  ...["automatisch antwoord", "afwezig", "resposta automática", "automatiskt svar"],
]);

/** "Fwd:", "RE:", "AW:" … at the start of a subject, as "forward" / "reply", or null. */
export function subjectPrefix(subject: string): "forward" | "reply" | null {
  const token = leadingSubjectToken(subject);
  if (token === null) {
    return null;
  }
  if (FORWARD_SUBJECT_PREFIXES.has(token)) {
    return "forward";
  }
  return REPLY_SUBJECT_PREFIXES.has(token) ? "reply" : null;
}

function leadingSubjectToken(subject: string): string | null {
  const trimmed = subject.trimStart().replace(/^\[[^\]]{0,40}\]\s*/, "");
  const colon = firstColon(trimmed.slice(0, MAX_SUBJECT_PREFIX_CHARS + 1));
  if (colon <= 0) {
    return null;
  }
  return trimmed
    .slice(0, colon)
    .trim()
    .toLowerCase()
    .replace(/\[\d+\]$|\.$/, "");
}

/** The forward's subject without its "Fwd:"/"FW:" prefixes, for when the header block has none. */
export function stripSubjectPrefixes(subject: string): string {
  let rest = subject.trim();
  for (let i = 0; i < 5; i++) {
    const token = leadingSubjectToken(rest);
    if (token === null || !FORWARD_SUBJECT_PREFIXES.has(token)) {
      break;
    }
    rest = rest.slice(firstColon(rest) + 1).trim();
  }
  return rest;
}
