import type { ForwardedOriginal } from "../parsed-email.ts";
import { cleanNote } from "./clean-note.ts";
import type { HeaderBlock } from "./header-block.ts";
import { parseForwardedMailbox, parseForwardedMailboxList } from "./header-mailboxes.ts";
import { quoteDepthOfBlock, unquote } from "./quoting.ts";
import { stripSubjectPrefixes } from "./subject-prefixes.ts";

/** A forward found in the text: what the user wrote above it, and the message they forwarded. */
export interface InlineForward {
  note: string;
  original: ForwardedOriginal;
}

/** Splits the text at a forward's marker line: the note above, the header block and body below. */
export function buildForward(
  text: string,
  lines: readonly string[],
  markerIndex: number,
  block: HeaderBlock,
  outerSubject: string,
): InlineForward {
  const depth = quoteDepthOfBlock(lines, markerIndex, block.start, block.end);
  const note = cleanNote(lines.slice(0, markerIndex).join("\n"));
  const bodyOffset = offsetOfLine(lines, block.end);
  const rawBody = bodyOffset < text.length ? text.slice(bodyOffset) : "";
  const body = depth > 0 ? unquote(rawBody, depth) : rawBody;
  const fields = block.fields;
  const subject = fields.get("subject");
  return {
    note,
    original: {
      from: fields.has("from") ? parseForwardedMailbox(fields.get("from") ?? "") : null,
      to: parseForwardedMailboxList(fields.get("to") ?? ""),
      cc: parseForwardedMailboxList(fields.get("cc") ?? ""),
      replyTo: parseForwardedMailboxList(fields.get("replyTo") ?? ""),
      subject:
        subject !== undefined && subject !== "" ? subject : stripSubjectPrefixes(outerSubject),
      date: fields.get("date") || null,
      body: body.trim(),
    },
  };
}

function offsetOfLine(lines: readonly string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index && i < lines.length; i++) {
    offset += (lines[i] ?? "").length + 1;
  }
  return offset;
}
