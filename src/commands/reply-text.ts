import { ownWords } from "../inbound/newest-part.ts";

/**
 * Lines that end what a person typed on a phone or in a desktop client: a signature marker
 * or a client's tagline. Everything from the first of them on is not a command.
 */
const SIGNATURE_STARTS: readonly RegExp[] = [
  /^--\s*$/,
  /^__+\s*$/,
  /^sent from (my|mail for|yahoo|outlook|samsung|the )/i,
  /^sent (with|via) /i,
  /^get outlook for /i,
  /^(von meinem|gesendet von) /i,
  /^envoy[ée] (de|depuis) /i,
  /^enviado (desde|do|de) /i,
  /^inviato da /i,
  /^verzonden (vanaf|met) /i,
  /^wys[łl]ane z /i,
  /^skickat fr[åa]n /i,
];

/**
 * The digest's own words: if a client quoted the digest without marking it as a quote, the
 * text stops where the digest starts. Its drafts quote strangers' mail, never to be obeyed.
 */
const DIGEST_STARTS: readonly RegExp[] = [
  /^your rebound digest\b/i,
  /^drafts to approve\s*$/i,
  /^how to reply\s*$/i,
  /^rebound writes once a day\b/i,
];

/** Replies longer than this are read only this far: commands are short. */
const MAX_COMMAND_TEXT_CHARS = 20_000;

/** What the user typed in a reply to a digest: no quoted text, no reply header, no signature. */
export function commandText(body: string): string {
  const own = ownWords(body.slice(0, MAX_COMMAND_TEXT_CHARS * 2));
  const kept: string[] = [];
  for (const line of own.split("\n")) {
    const trimmed = line.trim();
    if (SIGNATURE_STARTS.some((re) => re.test(trimmed))) break;
    if (DIGEST_STARTS.some((re) => re.test(trimmed))) break;
    kept.push(line);
  }
  return kept.join("\n").trim().slice(0, MAX_COMMAND_TEXT_CHARS);
}
