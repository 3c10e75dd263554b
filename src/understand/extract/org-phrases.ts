import { validCompany } from "./company-name.ts";
import { hasTitleWord } from "./job-titles.ts";
import { cleanName, isTeamPhrase } from "./names.ts";
import { TEAM_WORDS } from "./word-lists.ts";

const TEAM_PREFIX = new RegExp(
  `^(?:the|your|ihr|dein|euer|das|die|l['’]|la|le|el|los|il|lo|het)?\\s*(?:(?:${TEAM_WORDS})(?:[\\s-]+|$))+(?:(?:at|@|bei|der|des|von|of|from|chez|du|for|van|di|della)\\s+|de\\s+|d['’]\\s*)(.+)$`,
  "i",
);
const TEAM_SUFFIX = new RegExp(`^(.+?)(?:['’]s)?(?:[\\s-]+(?:${TEAM_WORDS}))+$`, "i");
const LEADING_ARTICLE = /^(?:the|your|ihr|dein|das|die|der|l['’]|el|la|le|lo|het)\s+/i;

/** "The Northwind Robotics Team", "Recruiting at Bluepeak", "Harborline Talent Acquisition" -> the company. */
export function orgFromTeamPhrase(raw: string): string | null {
  const phrase = cleanName(raw);
  if (phrase === "" || phrase.length > 100) return null;
  const found = TEAM_PREFIX.exec(phrase)?.[1] ?? TEAM_SUFFIX.exec(phrase)?.[1];
  if (!found) return null;
  const org = found.replace(LEADING_ARTICLE, "").trim();
  if (org === "" || isTeamPhrase(org) || hasTitleWord(org)) return null;
  return validCompany(org);
}

/** The organisation a display name stands for ("Northwind Robotics", "Bluepeak Careers"). */
export function orgFromPhrase(raw: string): string | null {
  const team = orgFromTeamPhrase(raw);
  if (team) return team;
  const phrase = cleanName(raw).replace(LEADING_ARTICLE, "");
  if (phrase === "" || isTeamPhrase(phrase) || hasTitleWord(phrase)) return null;
  return validCompany(phrase);
}
