import { isRuleLine } from "./separators.ts";

/** Mobile and webmail footers a user's note ends with; never part of what they wrote. */
const NOTE_BOILERPLATE_PREFIXES: readonly string[] = [
  "sent from my ",
  "sent from outlook",
  "sent from mail for ",
  "sent from yahoo mail",
  "sent from the all new aol app",
  "sent from samsung",
  "sent with proton mail",
  "sent via ",
  "get outlook for ",
  "von meinem ",
  "gesendet von meinem ",
  "gesendet mit ",
  "outlook für ios herunterladen",
  "outlook für android herunterladen",
  "envoyé de mon ",
  "envoyé depuis mon ",
  "envoyé à partir de ",
  "obtenir outlook pour ",
  "télécharger outlook pour ",
  "enviado desde mi ",
  "enviado desde outlook",
  "enviado do meu ",
  "obtener outlook para ",
  "inviato da ",
  "scarica outlook per ",
  "verzonden vanaf mijn ",
  "verstuurd vanaf mijn ",
  "download outlook voor ",
  "skickat från min ",
  "sendt fra min ",
];

/** The user's note: trimmed, with mobile footers, a "-- " signature and trailing rules removed. */
export function cleanNote(text: string): string {
  const kept: string[] = [];
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed === "--" || isNoteBoilerplate(trimmed)) {
      break;
    }
    kept.push(line);
  }
  while (kept.length > 0) {
    const last = (kept[kept.length - 1] ?? "").trim();
    if (last !== "" && !isRuleLine(last) && !/^[-_=*]+$/.test(last)) {
      break;
    }
    kept.pop();
  }
  return kept.join("\n").trim();
}

function isNoteBoilerplate(trimmed: string): boolean {
  if (trimmed.length === 0 || trimmed.length > 100) {
    return false;
  }
  const lower = trimmed.toLowerCase();
  if (lower.endsWith(" gesendet") && lower.startsWith("von ")) {
    return true;
  }
  return NOTE_BOILERPLATE_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
