import PostalMime, { addressParser, type Email } from "postal-mime";
import { cleanLine, cleanMessageId, cleanText } from "./clean-text.ts";
import { htmlToText } from "./html-to-text.ts";
import { readInvitation } from "./invitation.ts";
import type { Invitation, Mailbox, ParsedEmail } from "./parsed-email.ts";

/** Forwards of forwards of attachments stop here; deeper parts are ignored. */
const MAX_ATTACHED_MESSAGE_DEPTH = 3;
/** A hostile message with thousands of parts is refused rather than walked. */
const MAX_MIME_NESTING = 40;
/** Rejections have small headers; this guards the parser, not real mail. */
const MAX_HEADER_BYTES = 256 * 1024;
/**
 * What extraction reads, at most. A rejection is a few KB (the longest text among the 697
 * fixture and corpus messages is 1.9 K characters); a long thread's newest message comes
 * first. Everything after the parse (unwrapping, quote and signature reading, classification,
 * planning) scans this text, some steps several times, so this bounds a hostile body's cost.
 */
export const MAX_TEXT_CHARS = 16 * 1024;
/** HTML converted to text, at most (an HTML-only message's markup is several times its text). */
const MAX_HTML_CHARS = 256 * 1024;
export const MAX_SUBJECT_CHARS = 500;
export const MAX_NAME_CHARS = 200;
/** Addresses per To/Cc/Reply-To header that are read at all. */
const MAX_ADDRESSES_PER_HEADER = 50;
const MAX_REFERENCES = 20;

/** Parses raw MIME once into the plain value the rest of Rebound works with. */
export async function parseEmail(raw: ArrayBuffer | Uint8Array | string): Promise<ParsedEmail> {
  return parseAtDepth(raw, 0);
}

async function parseAtDepth(
  raw: ArrayBuffer | Uint8Array | string,
  depth: number,
): Promise<ParsedEmail> {
  const email = await PostalMime.parse(raw, {
    forceRfc822Attachments: true,
    attachmentEncoding: "arraybuffer",
    maxNestingDepth: MAX_MIME_NESTING,
    maxHeadersSize: MAX_HEADER_BYTES,
  });
  const attachedMessages: ParsedEmail[] = [];
  if (depth < MAX_ATTACHED_MESSAGE_DEPTH) {
    for (const attachment of email.attachments) {
      if (attachment.mimeType !== "message/rfc822" || typeof attachment.content === "string") {
        continue;
      }
      attachedMessages.push(await parseAtDepth(attachment.content, depth + 1));
    }
  }
  const calendarPart = email.attachments.find((a) => a.mimeType.toLowerCase() === "text/calendar");
  const invitation = calendarPart ? await readInvitation(calendarPart.content) : undefined;
  return toParsedEmail(email, attachedMessages, invitation);
}

function toParsedEmail(
  email: Email,
  attachedMessages: ParsedEmail[],
  invitation: Invitation | undefined,
): ParsedEmail {
  const headers = new Map<string, string[]>();
  for (const { key, value } of email.headers) {
    const values = headers.get(key) ?? [];
    values.push(value);
    headers.set(key, values);
  }
  return {
    messageId: cleanMessageId(email.messageId),
    // Every From header counts: a message with two of them is suspicious, not merged.
    from: (headers.get("from") ?? []).slice(0, 2).flatMap(parseMailboxes),
    to: flattenAddresses(email.to),
    cc: flattenAddresses(email.cc),
    replyTo: flattenAddresses(email.replyTo),
    subject: cleanLine((email.subject ?? "").slice(0, MAX_SUBJECT_CHARS * 4)).slice(
      0,
      MAX_SUBJECT_CHARS,
    ),
    date: email.date ? cleanLine(email.date).slice(0, 100) : null,
    inReplyTo: cleanMessageId(email.inReplyTo),
    references: ((email.references ?? "").slice(0, 8192).match(/<[^<>\s]+>/g) ?? [])
      .slice(-MAX_REFERENCES)
      .flatMap((id) => cleanMessageId(id) ?? []),
    headers,
    text: normaliseText(
      email.text?.trim()
        ? email.text.slice(0, MAX_TEXT_CHARS)
        : htmlToText((email.html ?? "").slice(0, MAX_HTML_CHARS)),
    ).slice(0, MAX_TEXT_CHARS),
    html: email.html ?? null,
    attachedMessages,
    calendar: email.attachments.some((a) => a.mimeType.toLowerCase() === "text/calendar"),
    invitation,
  };
}

/** Parses an address header value ("José <j@x>, b@y") into mailboxes. */
export function parseMailboxes(value: string): Mailbox[] {
  return flattenAddresses(addressParser(value.slice(0, 16 * 1024), { flatten: true }));
}

function flattenAddresses(addresses: Email["to"]): Mailbox[] {
  const out: Mailbox[] = [];
  for (const entry of joinSplitDisplayNames(addresses ?? [])) {
    const members = entry.group ?? [entry];
    for (const member of members) {
      if (out.length >= MAX_ADDRESSES_PER_HEADER) return out;
      out.push({
        name: cleanLine((member.name ?? "").slice(0, MAX_NAME_CHARS * 4)).slice(0, MAX_NAME_CHARS),
        address: normaliseAddress(member.address),
      });
    }
  }
  return out;
}

type AddressEntry = NonNullable<Email["to"]>[number];

/**
 * Kessler, Ines <ines.kessler@…> written without quotes: the address parser splits the directory's
 * "Surname, Given" at its comma into a nameless-address "Kessler" and "Ines" <…>. A name with no
 * address right before a mailbox whose name has no comma is the first half of that mailbox's
 * display name, in any language.
 */
export function joinSplitDisplayNames(entries: readonly AddressEntry[]): AddressEntry[] {
  const out: AddressEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as AddressEntry;
    const next = entries[i + 1];
    if (
      next !== undefined &&
      isBareName(entry) &&
      !next.group &&
      next.address &&
      next.name &&
      !next.name.includes(",")
    ) {
      out.push({ ...next, name: `${entry.name.trim()}, ${next.name.trim()}` });
      i++;
    } else out.push(entry);
  }
  return out;
}

/** An entry that is a name only: no address, no group, no "@" in it. */
function isBareName(entry: AddressEntry): boolean {
  return !entry.group && !entry.address && entry.name.trim() !== "" && !entry.name.includes("@");
}

/** Lower-cased addr-spec, or null when it is not one. */
export function normaliseAddress(address: string | undefined | null): string | null {
  const trimmed = (address ?? "").trim().toLowerCase();
  return /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(trimmed) ? trimmed : null;
}

function normaliseText(text: string): string {
  return cleanText(text).replace(/\u00a0/g, " ");
}
