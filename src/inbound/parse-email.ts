import PostalMime, { addressParser, type Email } from "postal-mime";
import { htmlToText } from "./html-to-text.ts";
import type { Mailbox, ParsedEmail } from "./parsed-email.ts";

/** Forwards of forwards of attachments stop here; deeper parts are ignored. */
const MAX_ATTACHED_MESSAGE_DEPTH = 3;
/** A hostile message with thousands of parts is refused rather than walked. */
const MAX_MIME_NESTING = 40;
/** Rejections have small headers; this guards the parser, not real mail. */
const MAX_HEADER_BYTES = 256 * 1024;

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
  return toParsedEmail(email, attachedMessages);
}

function toParsedEmail(email: Email, attachedMessages: ParsedEmail[]): ParsedEmail {
  const headers = new Map<string, string[]>();
  for (const { key, value } of email.headers) {
    const values = headers.get(key) ?? [];
    values.push(value);
    headers.set(key, values);
  }
  return {
    messageId: cleanMessageId(email.messageId),
    // Every From header counts: a message with two of them is suspicious, not merged.
    from: (headers.get("from") ?? []).flatMap(parseMailboxes),
    to: flattenAddresses(email.to),
    cc: flattenAddresses(email.cc),
    replyTo: flattenAddresses(email.replyTo),
    subject: (email.subject ?? "").trim(),
    date: email.date ?? null,
    inReplyTo: cleanMessageId(email.inReplyTo),
    references: (email.references ?? "").match(/<[^<>\s]+>/g) ?? [],
    headers,
    text: normaliseText(email.text?.trim() ? email.text : htmlToText(email.html ?? "")),
    html: email.html ?? null,
    attachedMessages,
    calendar: email.attachments.some((a) => a.mimeType.toLowerCase() === "text/calendar"),
  };
}

/** Parses an address header value ("José <j@x>, b@y") into mailboxes. */
export function parseMailboxes(value: string): Mailbox[] {
  return flattenAddresses(addressParser(value, { flatten: true }));
}

function flattenAddresses(addresses: Email["to"]): Mailbox[] {
  const out: Mailbox[] = [];
  for (const entry of addresses ?? []) {
    const members = entry.group ?? [entry];
    for (const member of members) {
      out.push({ name: (member.name ?? "").trim(), address: normaliseAddress(member.address) });
    }
  }
  return out;
}

/** Lower-cased addr-spec, or null when it is not one. */
export function normaliseAddress(address: string | undefined | null): string | null {
  const trimmed = (address ?? "").trim().toLowerCase();
  return /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(trimmed) ? trimmed : null;
}

function cleanMessageId(value: string | undefined): string | null {
  const match = (value ?? "").match(/<[^<>\s]+>/);
  return match ? match[0] : value?.trim() || null;
}

function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ");
}
