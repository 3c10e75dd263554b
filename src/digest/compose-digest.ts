import { type Channel, MESSAGE_KINDS } from "../drafts/message-kinds.ts";
import type { AttentionItem, DigestData, DraftItem, IncomingItem } from "./digest-data.ts";

/**
 * The daily digest as both renderers see it: every word already chosen, every piece of data
 * already cleaned to one line where it must be one line. Renderers only lay it out.
 */
export interface Digest {
  subject: string;
  /** The line mail clients show after the subject. */
  preheader: string;
  /** "Your Rebound digest" plus the local date in words. */
  title: string;
  date: string;
  greeting: string;
  /** In display order; the drafts section shows `items`. */
  sections: DigestSection[];
  /** The drafts, numbered 1..n in the order the data gave them. */
  items: DigestDraft[];
  /** Closing lines under everything: how often Rebound writes (run-digests adds what Claude cost this month). */
  footer: string[];
}

export type DigestSection =
  | { kind: "lines"; id: LineSectionId; heading: string; intro: string | null; lines: DigestLine[] }
  | { kind: "drafts"; id: "drafts"; heading: string; intro: string }
  | { kind: "commands"; id: "commands"; heading: string; intro: string; commands: ReplyCommand[] };

export type LineSectionId = "incoming" | "upcoming" | "missing" | "attention" | "progress";

export interface DigestLine {
  text: string;
  /** "warm" lines are good news (feedback, a referral, an interview); shown a little brighter. */
  tone: "plain" | "warm";
}

export interface DigestDraft {
  number: number;
  draftId: string;
  version: number;
  channel: Channel;
  /** "Feedback request to Maya Ortiz (Northwind Robotics)" */
  title: string;
  to: Recipient;
  why: string;
  /** Set for kinds Rebound never sends itself: what the user does with the text instead. */
  handoff: string | null;
  /** The email subject; null for LinkedIn notes and call scripts, which have none. */
  subject: string | null;
  /** The full text, its own line breaks kept (normalised to "\n"). */
  body: string;
  /** The language the draft is written in (ISO 639-1: "de"), when known. */
  language?: string | null;
}

export interface Recipient {
  name: string;
  /** A plain, valid address (safe for a mailto: link), or null. */
  email: string | null;
  /** Why there is no address to show: "LinkedIn", "phone", or "no email address yet". */
  via: string | null;
}

export interface ReplyCommand {
  example: string;
  meaning: string;
}

/** What a reply's numbers mean: stored with the digest so a command acts on what was shown. */
export interface NumberedDraft {
  number: number;
  draftId: string;
  version: number;
}

/** Subjects and names from strangers' mail are cut here; a digest line is not a letter. */
const MAX_ONE_LINE_CHARS = 160;

const COMMANDS: readonly ReplyCommand[] = [
  { example: "approve 1 3", meaning: "approve drafts 1 and 3" },
  { example: "approve all", meaning: "approve every draft in this email" },
  { example: "skip 2", meaning: "drop draft 2" },
  { example: "edit 4", meaning: "send draft 4 with the text on the lines after it instead" },
  { example: "snooze 5 2w", meaning: "offer draft 5 again in two weeks" },
  { example: "never 6", meaning: "never write to the person in draft 6 again" },
  { example: "targets: Acme, Globex", meaning: "companies you'd like introductions to" },
  { example: "pause", meaning: "stop drafts and digests until you reply resume" },
  { example: "help", meaning: "get the full list of commands" },
];

/**
 * Composes the digest, or returns null when there is nothing to say. Worth an email: a draft
 * to approve, a message that needs the user's attention, or anything that came in other than
 * out-of-office replies. Follow-ups coming up and missing addresses alone are not: they wait
 * for the next digest with something in it (nothing is lost, since what came in is counted
 * from the last digest sent, and upcoming drafts fall due and appear as drafts).
 */
export function composeDigest(data: DigestData): Digest | null {
  const incoming = data.incoming.filter((m) => !isAutoReply(m));
  if (data.drafts.length === 0 && data.attention.length === 0 && incoming.length === 0) {
    return null;
  }
  const items = numberDrafts(data.drafts);
  const sections: DigestSection[] = [];
  const incomingLines = describeIncoming(data.incoming);
  if (incomingLines.length > 0) {
    sections.push(lineSection("incoming", "What came in", null, incomingLines));
  }
  if (items.length > 0) {
    sections.push({
      kind: "drafts",
      id: "drafts",
      heading: "Drafts to approve",
      intro: "Nothing goes out until you approve it: reply with the numbers (see “How to reply”).",
    });
  }
  if (data.upcoming.length > 0) {
    sections.push(
      lineSection(
        "upcoming",
        "Coming up this week",
        "Each will come to you as a draft to approve on the day.",
        data.upcoming.map((u) => ({
          text: `${formatShortDate(u.dueDate)}: ${kindLabel(u.kind)} ${toWhom(u.recipientName, u.company)}`,
          tone: "plain",
        })),
      ),
    );
  }
  if (data.missingAddresses.length > 0) {
    sections.push(
      lineSection(
        "missing",
        "Missing email addresses",
        "Rebound would write to these people but has no address for them. Forward a message " +
          "from them, or add the address, and their drafts will follow.",
        data.missingAddresses.map((p) => ({
          text: withCompany(oneLine(p.name) || "Someone", p.company),
          tone: "plain",
        })),
      ),
    );
  }
  if (data.attention.length > 0) {
    sections.push(
      lineSection(
        "attention",
        "Needs your attention",
        null,
        data.attention.map((a) => ({ text: describeAttention(a), tone: "plain" })),
      ),
    );
  }
  const progress = describeWeek(data.week);
  if (progress) {
    sections.push(lineSection("progress", "Your week", null, [{ text: progress, tone: "warm" }]));
  }
  sections.push(
    items.length > 0
      ? {
          kind: "commands",
          id: "commands",
          heading: "How to reply",
          intro: "Reply to this email with one command per line:",
          commands: [...COMMANDS],
        }
      : {
          kind: "commands",
          id: "commands",
          heading: "How to reply",
          intro: "Nothing to approve today. Reply with a command if you need one:",
          commands: COMMANDS.filter((c) => c.example === "help"),
        },
  );
  const date = formatLongDate(data.localDate);
  const firstName = oneLine(data.user.displayName ?? "").split(" ")[0] ?? "";
  return {
    subject: digestSubject(data),
    preheader: preheader(items, incomingLines, progress),
    title: "Your Rebound digest",
    date,
    greeting: firstName ? `Hello ${firstName},` : "Hello,",
    sections,
    items,
    footer: ["Rebound writes once a day, and only when there is something to say."],
  };
}

/** The number -> draft/version map of a digest, in number order. */
export function digestNumberMap(digest: Digest): NumberedDraft[] {
  return digest.items.map(({ number, draftId, version }) => ({ number, draftId, version }));
}

/** "Rebound: 3 drafts to approve, 1 reply, 1 message needs your attention". */
export function digestSubject(data: DigestData): string {
  const replies = data.incoming.filter((m) => m.route === "reply" && !isAutoReply(m)).length;
  const forwarded = data.incoming.filter((m) => m.route === "forward").length;
  const drafts = new Set(data.drafts.map((d) => d.draftId)).size;
  const parts: string[] = [];
  if (drafts > 0) parts.push(`${count(drafts, "draft", "drafts")} to approve`);
  if (replies > 0) parts.push(count(replies, "reply", "replies"));
  // Forwarded mail is worth naming only when it is all there is to report.
  if (parts.length === 0 && forwarded > 0) {
    parts.push(`${count(forwarded, "forwarded message", "forwarded messages")} read`);
  }
  if (data.attention.length > 0) {
    const n = data.attention.length;
    parts.push(`${count(n, "message", "messages")} ${n === 1 ? "needs" : "need"} your attention`);
  }
  return `Rebound: ${parts.join(", ")}`;
}

/** "This week: 1 rejection turned into a conversation, 3 messages sent, 1 reply." or null. */
export function describeWeek(week: DigestData["week"]): string | null {
  const parts: string[] = [];
  if (week.conversations > 0) {
    parts.push(
      week.conversations === 1
        ? "1 rejection turned into a conversation"
        : `${week.conversations} rejections turned into conversations`,
    );
  }
  if (week.sent > 0) parts.push(`${count(week.sent, "message", "messages")} sent`);
  if (week.replies > 0) parts.push(count(week.replies, "reply", "replies"));
  // Zeroes discourage; a week with nothing to count is left out. Rejections are not a score.
  return parts.length > 0 ? `This week: ${parts.join(", ")}.` : null;
}

function numberDrafts(drafts: readonly DraftItem[]): DigestDraft[] {
  const seen = new Set<string>();
  const items: DigestDraft[] = [];
  for (const draft of drafts) {
    // One number per draft, even if the data listed a draft twice.
    if (seen.has(draft.draftId)) continue;
    seen.add(draft.draftId);
    items.push(describeDraft(draft, items.length + 1));
  }
  return items;
}

function describeDraft(draft: DraftItem, number: number): DigestDraft {
  const name = oneLine(draft.recipientName ?? "");
  const email = validAddress(draft.recipientEmail);
  const to: Recipient = {
    name:
      name || email || (draft.company ? `someone at ${oneLine(draft.company)}` : "your contact"),
    email,
    via:
      draft.channel === "linkedin"
        ? "LinkedIn"
        : draft.channel === "call"
          ? "phone"
          : email
            ? null
            : "no email address yet",
  };
  const label = MESSAGE_KINDS[draft.kind]?.label ?? "message";
  return {
    number,
    draftId: draft.draftId,
    version: draft.version,
    channel: draft.channel,
    title: `${capitalise(label)} ${toWhom(name || to.name, draft.company)}`,
    to,
    why: oneLine(draft.why) || (MESSAGE_KINDS[draft.kind]?.purpose ?? ""),
    handoff: draft.failure
      ? `Not sent last time: ${oneLine(draft.failure)} Approve it again to retry.`
      : draft.channel === "linkedin"
        ? "Send this yourself on LinkedIn, as the note of your invitation: Rebound never posts for you."
        : draft.channel === "call"
          ? "Call script: read or adapt it when you call. Rebound never calls anyone."
          : null,
    subject: draft.channel === "email" ? oneLine(draft.subject) || "(no subject)" : null,
    body: multiLine(draft.body),
    language: draft.language ?? null,
  };
}

/** Rejections in one line; replies from people one line each, good news first. */
function describeIncoming(incoming: readonly IncomingItem[]): DigestLine[] {
  const warm: DigestLine[] = [];
  const plain: DigestLine[] = [];
  const rejections = incoming.filter((m) => isRejection(m));
  if (rejections.length > 0) {
    const companies = unique(rejections.map((m) => oneLine(m.company ?? "")).filter(Boolean));
    const head =
      rejections.length === 1 ? "1 rejection came in" : `${rejections.length} rejections came in`;
    plain.push({
      text: companies.length > 0 ? `${head}: ${companies.join(", ")}.` : `${head}.`,
      tone: "plain",
    });
  }
  for (const m of incoming) {
    if (isRejection(m)) continue;
    const who = withCompany(oneLine(m.from ?? "") || "Someone", m.company);
    const subject = quoted(m.subject);
    switch (m.category) {
      case "keep_on_file":
        warm.push({
          text: `${oneLine(m.company ?? "") || "A company"} will keep you on file. A follow-up is drafted.`,
          tone: "warm",
        });
        break;
      case "feedback":
        warm.push({ text: `${who} sent you feedback. Asking paid off.`, tone: "warm" });
        break;
      case "referral_offer":
        warm.push({
          text: `${who} offered to help with a reference or an introduction. A door is opening.`,
          tone: "warm",
        });
        break;
      case "interview_invite":
        warm.push({
          text: `${who} wrote about an interview: ${subject}. Good luck!`,
          tone: "warm",
        });
        break;
      case "offer":
        warm.push({
          text: `${who} wrote about an offer: ${subject}. Congratulations!`,
          tone: "warm",
        });
        break;
      case "auto_reply":
        plain.push({ text: `Out-of-office reply from ${who}.`, tone: "plain" });
        break;
      default:
        plain.push({
          text:
            m.route === "reply"
              ? `${who} replied: ${subject}.`
              : `Forwarded and filed: ${subject}${m.company ? ` (${oneLine(m.company)})` : ""}.`,
          tone: "plain",
        });
    }
  }
  return [...warm, ...plain];
}

function describeAttention(item: AttentionItem): string {
  const subject = quoted(item.subject);
  const detail = oneLine(item.detail);
  return item.problem === "failed"
    ? `Could not process ${subject}${detail ? ` (${detail})` : ""}. Rebound kept the message.`
    : `${subject}: ${detail || "Rebound is not sure what this is"}. Check its drafts before approving.`;
}

function preheader(items: readonly DigestDraft[], incoming: DigestLine[], progress: string | null) {
  if (items.length > 0) {
    const names = unique(items.map((i) => i.to.name));
    const shown = names.slice(0, 3);
    const more = names.length - shown.length;
    return `Drafts for ${shown.join(", ")}${more > 0 ? ` and ${count(more, "other", "others")}` : ""}.`;
  }
  return incoming[0]?.text ?? progress ?? "";
}

function lineSection(
  id: LineSectionId,
  heading: string,
  intro: string | null,
  lines: DigestLine[],
): DigestSection {
  return { kind: "lines", id, heading, intro, lines };
}

function isAutoReply(m: IncomingItem): boolean {
  return m.category === "auto_reply";
}

function isRejection(m: IncomingItem): boolean {
  return m.route === "forward" && m.category === "rejection";
}

function kindLabel(kind: DraftItem["kind"]): string {
  return capitalise(MESSAGE_KINDS[kind]?.label ?? "message");
}

function toWhom(name: string | null, company: string | null): string {
  const who = oneLine(name ?? "");
  const at = oneLine(company ?? "");
  if (who && at) return `to ${who} (${at})`;
  if (who) return `to ${who}`;
  if (at) return `to someone at ${at}`;
  return "to your contact";
}

function withCompany(who: string, company: string | null): string {
  const at = oneLine(company ?? "");
  return at && !who.includes(at) ? `${who} (${at})` : who;
}

function quoted(subject: string): string {
  return `“${oneLine(subject) || "(no subject)"}”`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Control and bidi-override characters let a stranger's text disguise itself; they go. */
const INVISIBLE = /(?![\n\t])[\p{Cc}\p{Bidi_Control}]/gu;

/** One line of a stranger's text: no line breaks, no disguises, not too long. */
export function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").replace(INVISIBLE, "").trim();
  const chars = Array.from(line);
  return chars.length > MAX_ONE_LINE_CHARS
    ? `${chars
        .slice(0, MAX_ONE_LINE_CHARS - 1)
        .join("")
        .trimEnd()}…`
    : line;
}

/** A draft's text with its own line breaks, "\n" only, trailing spaces and disguises removed. */
function multiLine(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/^\n+|\n+$/g, "");
}

/** RFC 5322 dot-atom addresses only: nothing that could escape a mailto: link or an attribute. */
const PLAIN_ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** The address if it is a plain, valid one (254 characters at most, RFC 5321), else null. */
export function validAddress(address: string | null): string | null {
  const trimmed = (address ?? "").trim();
  return trimmed.length <= 254 && PLAIN_ADDRESS.test(trimmed) ? trimmed : null;
}

/** "Monday 23 November 2026"; the date as given if it is not a calendar date. */
function formatLongDate(isoDate: string): string {
  return formatDate(isoDate, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

/** "Thu 26 Nov" */
function formatShortDate(isoDate: string): string {
  return formatDate(isoDate, { weekday: "short", day: "numeric", month: "short" });
}

function formatDate(isoDate: string, options: Intl.DateTimeFormatOptions): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return oneLine(isoDate);
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" })
    .format(date)
    .replace(",", "");
}
