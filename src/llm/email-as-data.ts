import type { Mailbox, UnwrappedEmail } from "../understand/mail/parsed-email.ts";

/** A user's note is a line or two; beyond this it is a pasted thread, and the body matters more. */
const MAX_NOTE_SHARE = 0.25;
/** Headers of a real rejection take a few hundred characters; a huge Cc list is cut. */
const MAX_HEADER_SHARE = 0.2;

/** Invisible characters used to hide text from people while a model still reads it. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * Text from a message made safe to place inside a delimited block: angle brackets become
 * look-alikes, so nothing in an email can close the block or open a fake one, and invisible
 * characters go. Addresses survive literally ("‹maya@example.org›"), so they can be checked.
 */
export function neutralise(text: string): string {
  return text.replace(INVISIBLE, "").replaceAll("<", "‹").replaceAll(">", "›");
}

export interface EmailData {
  /** The note and the email, neutralised and cut to the bound: exactly what the model sees. */
  note: string;
  email: string;
  /** Characters left out to respect the bound (0 when everything fitted). */
  cutChars: number;
}

/** The forwarded message as the model will see it, within `maxChars` in all. */
export function emailAsData(unwrapped: UnwrappedEmail, maxChars: number): EmailData {
  const o = unwrapped.original;
  const headers = [
    `From: ${mailboxes(o.from ? [o.from] : [])}`,
    `To: ${mailboxes(o.to)}`,
    ...(o.cc.length > 0 ? [`Cc: ${mailboxes(o.cc)}`] : []),
    `Subject: ${o.subject}`,
    `Date: ${o.date ?? "unknown"}`,
  ]
    .map(neutralise)
    .join("\n")
    .slice(0, Math.floor(maxChars * MAX_HEADER_SHARE));
  const note = neutralise(unwrapped.note.trim());
  const body = neutralise(o.body.trim());
  const noteShown = note.slice(0, Math.floor(maxChars * MAX_NOTE_SHARE));
  const bodyRoom = Math.max(0, maxChars - noteShown.length - headers.length - 2);
  const bodyShown = body.slice(0, bodyRoom);
  const cutChars = note.length - noteShown.length + (body.length - bodyShown.length);
  return { note: noteShown, email: `${headers}\n\n${bodyShown}`, cutChars };
}

function mailboxes(list: readonly Mailbox[]): string {
  if (list.length === 0) return "(none)";
  return list
    .map((m) => (m.name && m.address ? `${m.name} <${m.address}>` : (m.address ?? m.name)))
    .join(", ");
}

/** Whether an address appears, as written, in what the model was shown. */
export function appearsIn(data: EmailData, address: string): boolean {
  const needle = address.toLowerCase();
  return data.email.toLowerCase().includes(needle) || data.note.toLowerCase().includes(needle);
}
