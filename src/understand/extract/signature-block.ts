import { hasTitleWord } from "./job-titles.ts";
import { cleanName, isPersonName } from "./names.ts";
import { isGivenName } from "./person-evidence.ts";
import { matchSignOff } from "./sign-off.ts";

/** A signature block is a handful of lines: name, title, company, contact details. */
const MAX_SIGNATURE_LINES = 8;
/** Signatures close the message; a sign-off further up than this is part of the prose. */
const SIGNATURE_SEARCH_LINES = 30;

/** Footer lines that end a signature (platform badges, disclaimers, history). */
const FOOTER_LINE =
  /^(?:sent (?:via|with|from|using|by)|powered by|gesendet (?:von|mit|über)|envoyé (?:de|depuis|via|avec)|enviado (?:desde|con)|inviato da|verzonden (?:met|vanaf)|this (?:e-?mail|message) (?:was|is|and|has)|please do not reply|do not reply|diese (?:e-mail|nachricht)|ce message|ce courriel|este (?:mensaje|correo)|questa e-?mail|dit bericht|confidential|disclaimer|unsubscribe|privacy|datenschutz|get outlook|you are receiving|>|-{3,}|_{3,}|on .+wrote:?$|am .+schrieb|le .+a écrit|el .+escribió)/i;

/** The "-- " line that opens a signature, and its dash variants. */
const SIGNATURE_DELIMITER = /^(?:--|—|–|-- )$/;

interface SignatureBlock {
  /** Index of the first line that is not prose (the sign-off, or the name). */
  start: number;
  lines: string[];
  /** "Best, Maya": the name on the sign-off line itself. */
  inlineName: string | null;
}

/** The closing signature: the lines after the last sign-off, else a final block opening with a name. */
export function findSignatureBlock(lines: string[]): SignatureBlock | null {
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
  const firstText = lines.findIndex((l) => l.trim() !== "");
  for (let i = end - 1; i >= Math.max(0, end - 15); i--) {
    const line = lines[i] ?? "";
    const above = i > 0 ? (lines[i - 1] ?? "") : "";
    // The name opens a block: a blank line or the "-- " delimiter above it, or the end of a
    // sentence and a title below ("Sid" over "--" over "Siddharth Rao": the block, not the nickname).
    const opens =
      above === "" ||
      SIGNATURE_DELIMITER.test(above) ||
      (/[.!?]$/.test(above) && hasTitleWord(lines[i + 1] ?? ""));
    // "Wishing you luck with what comes next," over "Jess": a closing of the writer's own
    // words, then a given name alone on its line.
    const closedByName = /,$/.test(above) && isGivenName(cleanName(line)) && !line.includes(" ");
    if (line === "" || line.length > 80 || !(opens || closedByName)) continue;
    // A signature closes a message: the first line ("Olá Jordan,") is the greeting.
    if (i <= firstText) continue;
    const first = cleanName(splitSignatureLine(line.replace(/^[-—–]+\s*/, ""))[0] ?? "");
    if (isPersonName(first) || closedByName) {
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
    if (SIGNATURE_DELIMITER.test(raw)) continue;
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

/** Splits a signature line at "|", "·", dashes and commas, keeping a legal form with its name. */
export function splitSignatureLine(line: string): string[] {
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
