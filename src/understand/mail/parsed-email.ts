/** One mailbox: a decoded display name (may be "") and an address (lower-cased), if any. */
export interface Mailbox {
  name: string;
  address: string | null;
}

/**
 * A message as the rest of Rebound sees it: parsed once, decoded, plain data.
 * Domain code never touches raw MIME or the runtime's message object.
 */
export interface ParsedEmail {
  messageId: string | null;
  /** Every From mailbox (a well-formed message has exactly one). */
  from: Mailbox[];
  to: Mailbox[];
  cc: Mailbox[];
  replyTo: Mailbox[];
  subject: string;
  /** ISO 8601 when the Date header parses, otherwise the raw value, or null. */
  date: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Lower-cased header name -> every value, in order. */
  headers: ReadonlyMap<string, readonly string[]>;
  /** The text body; derived from the HTML part when the message has no text part. */
  text: string;
  html: string | null;
  /** Messages attached whole (message/rfc822), parsed the same way. */
  attachedMessages: ParsedEmail[];
  /** The message carries a text/calendar part (an invitation); absent when not parsed for it. */
  calendar?: boolean;
  /** That invitation's organiser and attendees: the interview panel, with their addresses. */
  invitation?: Invitation | undefined;
}

/** The people an attached calendar invitation names. */
export interface Invitation {
  organizer: Mailbox | null;
  attendees: Mailbox[];
}

/** The original message found inside a forward. */
export interface ForwardedOriginal {
  from: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  /** Where answers go: the header's Reply-To, or a forwarded block's "Reply-To:" row. */
  replyTo: Mailbox[];
  subject: string;
  date: string | null;
  /** Body of the original, newest part first, as plain text. */
  body: string;
}

/** How a forward was recognised; "none" means the message was not a forward. */
export type ForwardFormat = "inline" | "attachment" | "none";

/** A message with any forward taken apart: the user's note and the original. */
export interface UnwrappedEmail {
  format: ForwardFormat;
  /** What the user wrote above the forwarded block ("" when nothing or not a forward). */
  note: string;
  /** The forwarded original, or the message itself when it was not a forward. */
  original: ForwardedOriginal;
}
