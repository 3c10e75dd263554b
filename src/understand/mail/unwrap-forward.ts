import { cleanLine } from "./clean-text.ts";
import { cleanNote } from "./forward/clean-note.ts";
import { looksLikeHeaderBlock, readHeaderBlock } from "./forward/header-block.ts";
import { MAX_HEADER_LINE_CHARS, readHeaderLine } from "./forward/header-rows.ts";
import { buildForward, type InlineForward } from "./forward/inline-forward.ts";
import { forwardFromLibrary } from "./forward/library-fallback.ts";
import { stripQuoteMarkers } from "./forward/quoting.ts";
import { separatorKind, separatorWithHeaders } from "./forward/separators.ts";
import { subjectPrefix } from "./forward/subject-prefixes.ts";
import { MAX_NAME_CHARS, MAX_SUBJECT_CHARS } from "./parse-email.ts";
import type { Mailbox, ParsedEmail, UnwrappedEmail } from "./parsed-email.ts";

/** Separators sit right under the user's short note; nothing real starts further down. */
const MAX_SCAN_CHARS = 32 * 1024;

/** A forward of a forward of a forward (Outlook -> Gmail -> Rebound) unwraps this deep at most. */
const MAX_NESTED_FORWARDS = 3;

/** Whether a mailbox is the user's: one of their addresses, or their name. */
export type IsOwnMailbox = (mailbox: Mailbox) => boolean;

/**
 * Takes a forward apart into the user's note and the original message; never throws.
 * `isOwn`, when the user is known, says whose a message is: only the user forwards. A message
 * the user sends to the inbox on top of someone else's quoted message is a forward, whatever
 * its subject prefix says; a message someone else sends is theirs, whatever it quotes.
 */
export function unwrapForward(email: ParsedEmail, isOwn?: IsOwnMailbox): UnwrappedEmail {
  const unwrapped = unwrapUnbounded(email, isOwn);
  const { original } = unwrapped;
  // Whatever the forward said, what extraction reads is one clean, clipped line per field.
  return {
    ...unwrapped,
    note: unwrapped.note.slice(0, MAX_NOTE_CHARS),
    original: {
      ...original,
      from: original.from ? cleanMailbox(original.from) : null,
      to: original.to.slice(0, MAX_LISTED).map(cleanMailbox),
      cc: original.cc.slice(0, MAX_LISTED).map(cleanMailbox),
      replyTo: original.replyTo.slice(0, MAX_LISTED).map(cleanMailbox),
      subject: cleanLine(original.subject.slice(0, MAX_SUBJECT_CHARS * 4)).slice(
        0,
        MAX_SUBJECT_CHARS,
      ),
      date: original.date === null ? null : cleanLine(original.date).slice(0, 100),
      body: original.body.slice(0, MAX_BODY_CHARS),
    },
  };
}

/**
 * What classification and extraction read of the original, at most: the newest message sits
 * at the top, and a rejection is a few KB. Their cost grows with the text (some patterns are
 * tried at every occurrence of a key word), so this bounds the CPU a message can cost.
 */
export const MAX_BODY_CHARS = 8 * 1024;
/** The user's note above a forward, at most (notes are a few lines). */
export const MAX_NOTE_CHARS = 4 * 1024;

/** People listed in a forwarded header that are read at all. */
const MAX_LISTED = 50;

function cleanMailbox(mailbox: Mailbox): Mailbox {
  return {
    name: cleanLine(mailbox.name.slice(0, MAX_NAME_CHARS * 4)).slice(0, MAX_NAME_CHARS),
    address: mailbox.address,
  };
}

function unwrapUnbounded(email: ParsedEmail, isOwn: IsOwnMailbox | undefined): UnwrappedEmail {
  const attached = email.attachedMessages[0];
  if (attached) {
    return {
      format: "attachment",
      note: cleanNote(email.text.slice(0, MAX_SCAN_CHARS)),
      original: {
        from: attached.from[0] ?? null,
        to: attached.to,
        cc: attached.cc,
        replyTo: attached.replyTo,
        subject: attached.subject,
        date: attached.date,
        body: attached.text,
      },
    };
  }
  const inline = writtenBySomeoneElse(email, isOwn)
    ? null
    : (findInlineForward(email.text, email.subject) ?? ownReplyAsForward(email, isOwn));
  if (inline) {
    return { format: "inline", note: inline.note, original: inline.original };
  }
  return {
    format: "none",
    note: "",
    original: {
      from: email.from[0] ?? null,
      to: email.to,
      cc: email.cc,
      replyTo: email.replyTo,
      subject: email.subject,
      date: email.date,
      body: email.text,
    },
  };
}

function findInlineForward(text: string, subject: string): InlineForward | null {
  const prefix = subjectPrefix(subject);
  const found =
    scanForForward(text, subject, prefix !== "reply") ??
    (prefix === "forward" ? forwardFromLibrary(text, subject) : null);
  if (!found) {
    return null;
  }
  // A forward of a forward with nothing written in between (Outlook -> Gmail -> Rebound):
  // the message that matters is the innermost one.
  let original = found.original;
  for (let depth = 1; depth < MAX_NESTED_FORWARDS; depth++) {
    const inner = scanForForward(original.body, original.subject, true);
    if (inner?.note !== "") {
      break;
    }
    original = inner.original;
  }
  return { note: found.note, original };
}

/**
 * A person (a hiring manager, a recruiter) writing to the inbox: what they wrote on top is their
 * own message, never a note of the user's, and a header block below it (Outlook's "From: …
 * Sent: …", in any language) quotes an older message, usually the user's own that they answer.
 * Unknown when the user is not known or the message names no sender.
 */
function writtenBySomeoneElse(email: ParsedEmail, isOwn: IsOwnMailbox | undefined): boolean {
  const writer = email.from[0];
  return isOwn !== undefined && writer?.address != null && !isOwn(writer);
}

/**
 * "RE:" on a message the user sent to the inbox themself, quoting a header block from someone
 * they did not write to: a reply turned into a forward (Outlook's Reply, readdressed). A reply
 * to that person with the inbox copied stays a reply: its top is the user's answer, not a note.
 */
function ownReplyAsForward(
  email: ParsedEmail,
  isOwn: IsOwnMailbox | undefined,
): InlineForward | null {
  const sender = email.from[0];
  if (!isOwn || !sender?.address || !isOwn(sender) || subjectPrefix(email.subject) !== "reply") {
    return null;
  }
  const found = scanForForward(email.text, email.subject, true);
  const quotedFrom = found?.original.from;
  const quoted = quotedFrom?.address?.toLowerCase();
  if (!found || !quotedFrom || !quoted || isOwn(quotedFrom)) {
    return null;
  }
  const written = [...email.to, ...email.cc].some((m) => m.address?.toLowerCase() === quoted);
  return written ? null : found;
}

/** Finds the first forwarded block: a forward separator, or an Outlook-style header block. */
function scanForForward(
  text: string,
  subject: string,
  allowAmbiguous: boolean,
): InlineForward | null {
  const lines = text.slice(0, MAX_SCAN_CHARS).split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.length > MAX_HEADER_LINE_CHARS) {
      continue;
    }
    const { text: content } = stripQuoteMarkers(line);
    const trimmed = content.trim();
    if (trimmed === "") {
      continue;
    }
    const kind = separatorKind(trimmed);
    if (kind === "forward") {
      const block = readHeaderBlock(lines, i + 1);
      return buildForward(text, lines, i, block, subject);
    }
    const glued = kind === null ? separatorWithHeaders(trimmed) : null;
    if (glued && (glued.kind === "forward" || allowAmbiguous)) {
      const block = readHeaderBlock(lines, i + 1, glued.headers);
      if (glued.kind === "forward" || block.fields.has("from")) {
        return buildForward(text, lines, i, block, subject);
      }
    }
    if ((kind === "original" || kind === "rule") && allowAmbiguous) {
      const block = readHeaderBlock(lines, i + 1);
      if (block.fields.has("from")) {
        return buildForward(text, lines, i, block, subject);
      }
      continue;
    }
    if (allowAmbiguous && readHeaderLine(trimmed)?.field === "from") {
      const block = readHeaderBlock(lines, i);
      if (looksLikeHeaderBlock(block)) {
        return buildForward(text, lines, i, block, subject);
      }
      // A From line further down this block can only see fewer fields: skip past it.
      i = Math.max(i, block.end - 1);
    }
  }
  return null;
}
