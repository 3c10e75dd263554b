import { validCompany } from "./company-name.ts";
import { hasTitleWord } from "./job-titles.ts";
import { cleanName, isTeamPhrase } from "./names.ts";
import { isGivenName } from "./person-evidence.ts";
import { fold, words } from "./text.ts";
import { PLATFORM_NAMES, TEAM_WORDS } from "./word-lists.ts";

const TEAM_PREFIX = new RegExp(
  `^(?:the|your|ihr|dein|euer|das|die|l['’]|la|le|el|los|il|lo|het)?\\s*(?:(?:${TEAM_WORDS})(?:[\\s-]+|$))+(?:(?:at|@|bei|der|des|von|of|from|chez|du|for|van|di|della)\\s+|de\\s+|d['’]\\s*)(.+)$`,
  "i",
);
const TEAM_SUFFIX = new RegExp(`^(.+?)(?:['’]s)?(?:[\\s-]+(?:${TEAM_WORDS}))+$`, "i");
/** A first name, then "from" in the seven languages, before a team's firm. */
const SIGNER_FROM = /^(\p{Lu}[\p{L}'’-]+)\s+(?:from|von|vom|de|du|di|dal|van|da|do|del)\s+(.+)$/u;
const LEADING_ARTICLE = /^(?:the|your|ihr|dein|das|die|der|l['’]|el|la|le|lo|het)\s+/i;

/** "The Northwind Robotics Team", "Recruiting at Bluepeak", "Harborline Talent Acquisition" -> the company. */
export function orgFromTeamPhrase(raw: string): string | null {
  const phrase = cleanName(raw);
  if (phrase === "" || phrase.length > 100) return null;
  // "Maja from the Brighthive People team": the writer's first name, then her team's firm.
  const signer = SIGNER_FROM.exec(phrase);
  const team = signer?.[1] && signer[2] && isGivenName(signer[1]) ? signer[2] : phrase;
  const found = TEAM_PREFIX.exec(team)?.[1] ?? TEAM_SUFFIX.exec(team)?.[1];
  if (!found) return null;
  const org = found.replace(LEADING_ARTICLE, "").trim();
  if (org === "" || isTeamPhrase(org) || hasTitleWord(org)) return null;
  return validCompany(org);
}

/**
 * Words a sending system puts around the employer's name in a display name ("Halvorsen Energy
 * Workday Notification", "Graybrook Foods Application Update", "Carreiras Grupo Albuquerque",
 * "Werkenbij Havenlicht", "Corrigan State University Employment", "Copperline Onboarding"):
 * never part of the name.
 */
const DISPLAY_NOISE = words(
  "workday|notification|notifications|notificacion|notificaciones|notificacao|notificacoes|" +
    "notificatie|notificaties|notifica|notifiche|benachrichtigung|benachrichtigungen|update|updates|" +
    "application|applications|applicant|employment|site|portal|career|careers|carreiras|carreira|" +
    "carrera|carreras|carriere|carrieres|karriere|jobs|job|empleo|empleos|emprego|empregos|vagas|" +
    "candidatos|candidates|candidate|candidaturas|candidature|candidatures|kandidaten|recrutamento|" +
    "recrutement|reclutamiento|recruiting|recruitment|werkenbij|werken|vacatures|stellenangebote|" +
    "stellenportal|talent|acquisition|team|hr|rh|rrhh|hiring|people|mailer|system|alerts|" +
    "alert|info|news|no-reply|noreply|donotreply|do|not|reply|de|do|da|bij|at|@|apply|weekly|daily|" +
    "digest|newsletter|community|events|event|life|inside|insider|bewerbermanagement|campus|" +
    "experienced|graduate|graduates|early|professionals|students|interns|&|selezione|selección|" +
    "seleccion|selecao|seleção|resourcing|personale|personal|werving|experience|global|calendar|" +
    "kalender|calendrier|calendario|agenda|alertas|alertes|avisos|meldingen|" +
    // "Copperline Onboarding", "Onboarding Hafenwerk": the new-hire portal's words, after an offer.
    "onboarding|preboarding|pre-boarding|einarbeitung|integration|incorporacion|inserimento|" +
    "integracao|admissao|indiensttreding|" +
    // "Karriereportal", "Bewerberportal", "carrièreportaal", "portail carrières", "portale carriere".
    "bewerber|bewerbungs|stellen|vacature|portaal|portail|portale",
);

/** "Karriereportal", "Recruitingteam", "carrièreportaal": two of those words written as one. */
function isNoiseCompound(folded: string): boolean {
  for (let i = 3; i <= folded.length - 3; i++)
    if (DISPLAY_NOISE.has(folded.slice(0, i)) && DISPLAY_NOISE.has(folded.slice(i))) return true;
  return false;
}

/** Drops the sending system's words and brackets around an employer's name in a display name. */
export function stripDisplayNoise(raw: string): string {
  // "USAJOBS [DO NOT REPLY]", "Wrenfield Capital | Campus & Experienced", "Acme (via Workday)"
  const parts =
    raw
      .replace(/\s*[[(][^\])]*[\])]?\s*$/u, "")
      .split(/\s+[|·–—]\s+|\s+-\s+/)[0]
      ?.trim()
      .split(/\s+/) ?? [];
  const noise = (w: string | undefined) =>
    w !== undefined &&
    (DISPLAY_NOISE.has(fold(w)) || PLATFORM_NAMES.has(fold(w)) || isNoiseCompound(fold(w)));
  // "Candidate Experience", "Talent Acquisition": a sending team, no firm at all.
  if (parts.every((w) => noise(w))) return "";
  while (parts.length > 1 && noise(parts[parts.length - 1])) parts.pop();
  while (parts.length > 1 && noise(parts[0])) parts.shift();
  return parts.join(" ");
}

/** The organisation a display name stands for ("Northwind Robotics", "Bluepeak Careers"). */
export function orgFromPhrase(raw: string): string | null {
  const team = orgFromTeamPhrase(raw);
  if (team) return orgFromDisplay(team);
  return orgFromDisplay(raw);
}

function orgFromDisplay(raw: string): string | null {
  const phrase = stripDisplayNoise(cleanName(raw).replace(LEADING_ARTICLE, ""));
  if (phrase === "" || isTeamPhrase(phrase) || hasTitleWord(phrase)) return null;
  return validCompany(phrase);
}
