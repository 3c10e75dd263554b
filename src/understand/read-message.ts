import { isAutoReply } from "./auto-reply-headers.ts";
import { type SelfMatcher, selfMatcher } from "./extract/self-matcher.ts";
import { readHeaderBlock } from "./mail/forward/header-block.ts";
import { stripQuoteMarkers, unquote } from "./mail/forward/quoting.ts";
import { separatorKind } from "./mail/forward/separators.ts";
import { historyStart, newestPart } from "./mail/newest-part.ts";
import type { Mailbox, ParsedEmail, UnwrappedEmail } from "./mail/parsed-email.ts";
import { type IsOwnMailbox, unwrapForward } from "./mail/unwrap-forward.ts";
import type { ClassifyInput } from "./model/features.ts";
import type { SelfIdentity } from "./understand-email.ts";

/** The user's own messages stacked in a thread are stepped over at most this many times. */
const MAX_OWN_MESSAGES = 4;

/** A message made ready for the classifier and the extractors. */
export interface ReadMessage {
  unwrapped: UnwrappedEmail;
  /** The newest message not written by the user, older quoted replies removed. */
  newest: string;
  /** The newest message and everything the classifier reads about it. */
  input: ClassifyInput;
  /** The newest message was the user's and nothing older was found: nobody else spoke. */
  onlyOwn: boolean;
}

/**
 * Unwraps a forward, finds the newest message not written by the user (stepping past the
 * user's own follow-up at the top of a thread), and gathers the structure around it.
 */
export function readMessage(email: ParsedEmail, self: SelfIdentity): ReadMessage {
  const matcher = selfMatcher(self);
  const isOwn = ownMailboxes(matcher);
  const isSelf = (mailbox: Mailbox | null | undefined) => mailbox != null && isOwn(mailbox);
  // An attribution ("On …, Jordan Lee <inbox> wrote:") names one writer: the user, if it names them.
  const isOwnOlder = (older: OlderMessage | null) =>
    older !== null &&
    (isSelf(older.from) ||
      (older.attribution !== null &&
        matcher.maskSelfNames(older.attribution) !== older.attribution));
  const unwrapped = unwrapForward(email, isOwn);
  const original = unwrapped.original;
  const headers =
    unwrapped.format === "attachment"
      ? (email.attachedMessages[0]?.headers ?? new Map<string, readonly string[]>())
      : unwrapped.format === "none"
        ? email.headers
        : new Map<string, readonly string[]>();

  let body = original.body;
  let sender = original.from;
  let skippedOwn = false;
  let onlyOwn = false;
  let ownOnTop = isSelf(sender);
  for (let step = 0; step < MAX_OWN_MESSAGES && ownOnTop; step++) {
    const older = olderMessage(body);
    if (older === null) {
      onlyOwn = true;
      break;
    }
    skippedOwn = true;
    body = older.body;
    sender = older.from;
    ownOnTop = isOwnOlder(older);
  }
  const newest = newestPart(body);
  // Whether the newest message answers one of the user's own (a reply to a feedback request, a
  // thank-you): an employer's answer to the user reads differently from a first decision.
  // Only the user's listed addresses count here: the contact readers take an answer to the
  // user as job-search mail, and a name alone (a friend answering "Jordan Lee <inbox>") is weaker.
  const repliesToOwn = matcher.isSelfAddress(olderMessage(body)?.from?.address ?? null);
  const first = (name: string) => (headers.get(name)?.[0] ?? "").trim().toLowerCase();
  const precedence = first("precedence");
  return {
    unwrapped,
    newest,
    onlyOwn,
    input: {
      subject: original.subject,
      body: newest,
      senderAddress: sender?.address ?? null,
      senderName: sender?.name ?? "",
      // A forward's own headers say nothing about the original; only a direct or attached one does.
      autoReplyHeader: unwrapped.format === "inline" ? false : isAutoReply(headers),
      autoReplied: first("auto-submitted") === "auto-replied",
      format: unwrapped.format,
      listHeaders:
        headers.has("list-id") ||
        headers.has("list-unsubscribe") ||
        precedence === "bulk" ||
        precedence === "list",
      calendar: hasCalendar(email),
      quotedHistory: newest.length + 40 < body.trim().length,
      skippedOwn,
      repliesToOwn,
    },
  };
}

/**
 * Whether a mailbox is the user's: one of their addresses, an address spelling their full name,
 * or their name over an address the settings do not list (the inbox itself, a work account).
 */
function ownMailboxes(matcher: SelfMatcher): IsOwnMailbox {
  return (mailbox: Mailbox) =>
    matcher.isSelfAddress(mailbox.address) ||
    matcher.spellsSelf(mailbox.address) ||
    matcher.isSelfName(mailbox.name);
}

/** Whether the message or its attached original carries a calendar invitation. */
function hasCalendar(email: ParsedEmail): boolean {
  if (email.calendar) return true;
  return email.attachedMessages.some((m) => m.calendar === true);
}

/** A message quoted below a newer one. */
export interface OlderMessage {
  from: Mailbox | null;
  body: string;
  /** The attribution line that introduced it ("On …, Maya <maya@x.com> wrote:"), if one did. */
  attribution: string | null;
}

const ADDRESS = /[^\s<>"(),;:[\]]+@[^\s<>"(),;:[\]]+\.[a-z]{2,}/i;

/**
 * The message quoted below the newest one in `body`: who wrote it and its text (one level of
 * quote markers removed), or null when nothing older is there.
 */
export function olderMessage(body: string): OlderMessage | null {
  const lines = body.split("\n");
  let cut = historyStart(body);
  if (cut < 0) {
    // No reply header: ">"-quoted lines alone still hold the older message.
    const quoted = lines.findIndex((line) => stripQuoteMarkers(line).depth > 0);
    if (quoted < 0) return null;
    return { from: null, body: unquote(lines.slice(quoted).join("\n"), 1), attribution: null };
  }
  const opening = (lines[cut] ?? "").trim();
  const kind = separatorKind(opening);
  if (kind !== null) cut += 1;
  const block = readHeaderBlock(lines, cut);
  if (block.fields.size > 0) {
    const from = block.fields.get("from") ?? "";
    const address = ADDRESS.exec(from)?.[0]?.toLowerCase() ?? null;
    const name = from
      .replace(ADDRESS, "")
      .replace(/[<>"[\]]|mailto:/g, "")
      .trim();
    return { from: { name, address }, body: lines.slice(block.end).join("\n"), attribution: null };
  }
  // An attribution ("On …, Maya <maya@x.com> wrote:"): the older message is quoted below it.
  const address = ADDRESS.exec(opening)?.[0]?.toLowerCase() ?? null;
  const rest = lines.slice(cut + 1).join("\n");
  const depths = lines
    .slice(cut + 1)
    .filter((line) => line.trim() !== "")
    .slice(0, 3)
    .map((line) => stripQuoteMarkers(line).depth);
  const depth = depths.length === 0 ? 0 : Math.min(...depths);
  return {
    from: { name: "", address },
    body: depth > 0 ? unquote(rest, depth) : rest,
    attribution: opening,
  };
}
