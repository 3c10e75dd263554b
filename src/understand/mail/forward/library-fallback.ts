import EmailForwardParser, {
  type EmailForwardMailbox,
  type EmailForwardResult,
} from "email-forward-parser";
import { normaliseAddress } from "../parse-email.ts";
import type { Mailbox } from "../parsed-email.ts";
import { cleanNote } from "./clean-note.ts";
import { decodeName } from "./header-mailboxes.ts";
import type { InlineForward } from "./inline-forward.ts";
import { libraryView } from "./library-view.ts";
import { separatorKind } from "./separators.ts";
import { stripSubjectPrefixes } from "./subject-prefixes.ts";

/**
 * email-forward-parser's regexes backtrack badly (1000 blank lines cost ~90 ms, a long
 * "From:" line ~100 ms), so it only ever sees this much of the text, sanitised: a few ms.
 */
const LIBRARY_VIEW_CHARS = 4 * 1024;

let forwardParser: EmailForwardParser | null = null;

/**
 * Last resort for what our own scan does not know (Outlook 2019's "On …, "Name" <addr>
 * wrote:" separator, Yahoo's run-together headers, rarer locales): email-forward-parser,
 * given a short sanitised view it cannot backtrack on, and only when the subject says
 * "forward" (the library's own guard against reading replies as forwards).
 */
export function forwardFromLibrary(text: string, subject: string): InlineForward | null {
  const view = libraryView(text, LIBRARY_VIEW_CHARS);
  let result: EmailForwardResult;
  try {
    forwardParser ??= new EmailForwardParser();
    result = forwardParser.read(view, subject);
  } catch {
    return null;
  }
  const { email } = result;
  if (!result.forwarded || email.body === undefined || !(email.from.address || email.from.name)) {
    return null;
  }
  const body = email.body.trim();
  // The view is cut and sanitised; take the body from the real text when it can be found.
  const firstLine = body.split("\n", 1)[0]?.trim().slice(0, 60) ?? "";
  const at = firstLine.length >= 8 ? text.indexOf(firstLine) : -1;
  return {
    note: cleanNote(stripTrailingSeparator(result.message ?? "")),
    original: {
      from: libraryMailbox(email.from),
      to: libraryMailboxes(email.to),
      cc: libraryMailboxes(email.cc),
      replyTo: [],
      subject: email.subject ?? stripSubjectPrefixes(subject),
      date: email.date ?? null,
      body: at >= 0 ? text.slice(at).trim() : body,
    },
  };
}

function stripTrailingSeparator(message: string): string {
  const lines = message.split("\n");
  while (lines.length > 0) {
    const last = (lines[lines.length - 1] ?? "").trim();
    if (last !== "" && separatorKind(last) === null) {
      break;
    }
    lines.pop();
  }
  return lines.join("\n");
}

function libraryMailbox(mailbox: EmailForwardMailbox): Mailbox {
  const address = normaliseAddress(mailbox.address);
  const name = decodeName(mailbox.name ?? (address ? "" : (mailbox.address ?? "")));
  return { name: address && name.toLowerCase() === address ? "" : name, address };
}

function libraryMailboxes(
  value: EmailForwardMailbox | EmailForwardMailbox[] | null | undefined,
): Mailbox[] {
  if (!value) {
    return [];
  }
  return (Array.isArray(value) ? value : [value])
    .map(libraryMailbox)
    .filter((mailbox) => mailbox.address !== null || mailbox.name !== "");
}
