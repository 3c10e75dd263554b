import { ownWords } from "../understand/mail/newest-part.ts";

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
 * The first words of Rebound's own mail that carries a reply address: if a client (or an
 * auto-responder) copies it without marking it as a quote, the text stops where it starts.
 * The digest quotes strangers' mail; a confirmation's help and a deletion code mail show
 * commands ("approve 1", "delete my data confirm …") that only the owner may type.
 */
const DIGEST_STARTS: readonly RegExp[] = [
  /^your rebound digest\b/i,
  /^drafts to approve\s*$/i,
  /^how to reply\s*$/i,
  /^rebound writes once a day\b/i,
  // Confirmations (compose-confirmation.ts) and the help they carry (help-text.ts).
  /^here is what rebound did\b/i,
  /^here are the commands rebound understands\b/i,
  /^rebound found no command in your reply\b/i,
  /^nothing changed: rebound could not\b/i,
  /^reply to a digest with one command per line\b/i,
  // "delete my data" answers (delete-my-data.ts).
  /^you asked rebound to delete your data\b/i,
  /^that code is wrong or has expired\b/i,
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
