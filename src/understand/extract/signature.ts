import { isRobotAddress } from "../robot-address.ts";
import { hasLegalSuffix, validCompany } from "./company-name.ts";
import { EMAIL_IN_TEXT } from "./email-in-text.ts";
import { hasTitleWord } from "./job-titles.ts";
import { addressFitsName, cleanName, isPersonName, isTeamPhrase, namesMatch } from "./names.ts";
import { orgFromTeamPhrase } from "./org-phrases.ts";
import type { SenderInfo } from "./sender.ts";
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
  email: string | null;
  /** "The Northwind Robotics Team": a company, no person. */
  teamCompany: string | null;
  /** The newest message above the signature: the prose. */
  prose: string;
}

const PHONE_LIKE = /(?:\d[\s()./-]*){6,}/;
const URL_LIKE = /https?:\/\/|www\.|^[\w.-]+\.[a-z]{2,6}(?:\/\S*)?$/i;
/** "Hafenstraße 12, 20457 Hamburg", "12 rue des Tanneurs", "Brauhausplatz 3 · 83022 Rosenheim". */
const STREET_LIKE = /\s\d{1,5}[a-zA-Z]?\s*(?:[,·|]|$)|^\d/;

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
    const team = teamAfterTitle(line);
    for (let i = 0; i < parts.length; i++) {
      if (team !== null && parts[i] === team) continue;
      readSignaturePart(parts[i] ?? "", sig, sender, i > 0);
    }
  }
  return sig;
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

/** "Title, Team | Company": a comma piece after the title, with a company still to come. */
const TITLE_COMMA_TEAM = /^([^,|·•∙]+),\s*([^,|·•∙–—]+?)\s*(?:[|·•∙]|\s[–—-]\s)\s*\S/u;

/** "Engineering Manager, Data | Quillfeather" -> "Data": the writer's team, not the employer. */
function teamAfterTitle(line: string): string | null {
  const m = TITLE_COMMA_TEAM.exec(line);
  return m?.[1] && m[2] && hasTitleWord(m[1]) ? m[2].trim() : null;
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
