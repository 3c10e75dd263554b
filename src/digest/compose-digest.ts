import type { AttentionItem, DigestData, DraftItem, IncomingItem } from "../domain/digest-data.ts";
import { type Channel, MESSAGE_KINDS, type MessageKind } from "../domain/message-kind.ts";
import { hasUnfilledSlot } from "../drafts/render-draft.ts";

/**
 * The daily digest as both renderers see it: every word already chosen, every piece of data
 * already cleaned to one line where it must be one line. Renderers only lay it out.
 *
 * Read on a phone, top to bottom: what came in since the last digest, the one to three
 * messages that matter most with a worked reply right under them, progress, then the full
 * texts (emails first, all LinkedIn notes in one compact card), then the rest.
 */
export interface Digest {
  subject: string;
  /** The line mail clients show after the subject. */
  preheader: string;
  /** "Your Rebound digest" plus the local date in words. */
  title: string;
  date: string;
  greeting: string;
  /** Five lines for the first digest after sign-up; null afterwards. */
  welcome: string[] | null;
  /** "Since your last digest: 4 rejections came in (…)." and good news, one line each. */
  news: DigestLine[];
  /** The one to three drafts that matter most today (emails), in number order. */
  highlights: DigestDraft[];
  /** A worked reply using this digest's own numbers, shown right under the highlights. */
  example: ReplyCommand[];
  /** Applications, conversations and replies: this week and in total; null when all zero. */
  progress: ProgressRow[] | null;
  /** Emails (and call scripts), in number order, full text. */
  emails: DigestDraft[];
  /** Every LinkedIn note of the day in one card; `number` approves them all. */
  linkedin: LinkedInCard | null;
  /** Line sections after the drafts: needs attention, coming up, missing addresses. */
  sections: DigestSection[];
  /** Every draft, numbered 1..n (emails, then notes). */
  items: DigestDraft[];
  /** People without an address, numbered after the drafts, for `address N name@…`. */
  people: NumberedPerson[];
  /** People only a contact's mail introduced, numbered after those, for `confirm N` / `not N`. */
  toConfirm: PersonToConfirmItem[];
  /** The short command list at the bottom. */
  commands: ReplyCommand[];
  /** Closing lines under everything: how often Rebound writes (run-digests adds what Claude cost this month). */
  footer: string[];
}

export interface LinkedInCard {
  /** The group number: "approve 4" approves every note in the card. */
  number: number | null;
  heading: string;
  intro: string;
  notes: DigestDraft[];
}

export type DigestSection = {
  kind: "lines";
  id: LineSectionId;
  heading: string;
  intro: string | null;
  lines: DigestLine[];
};

export type LineSectionId = "attention" | "confirm" | "upcoming" | "missing";

export interface DigestLine {
  text: string;
  /** "warm" lines are good news (feedback, a referral, an interview); shown a little brighter. */
  tone: "plain" | "warm";
}

export interface ProgressRow {
  label: string;
  week: number;
  total: number;
}

export interface DigestDraft {
  number: number;
  draftId: string;
  version: number;
  channel: Channel;
  kind: MessageKind;
  /** "Feedback request to Maya Ortiz (Northwind Robotics)" */
  title: string;
  /** "Feedback request to Maya Ortiz": for a card that shows the company elsewhere. */
  shortTitle: string;
  /** The recipient's company, one line, or null. */
  company: string | null;
  to: Recipient;
  /** A few words: why this draft exists. */
  why: string;
  /** Set for kinds Rebound never sends itself, or a failed send: what the user does instead. */
  handoff: string | null;
  /** The email subject; null for LinkedIn notes and call scripts, which have none. */
  subject: string | null;
  /** The full text, its own line breaks kept (normalised to "\n"). */
  body: string;
  /** The language the draft is written in (ISO 639-1: "de"), when known. */
  language?: string | null;
  /** True when the text holds an `[[add: …]]` gap: `fill N …` or `edit N` before approving. */
  hasGap: boolean;
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

export interface NumberedPerson {
  number: number;
  contactId: string;
  name: string;
}

/** A person waiting for the user's word: who, at which address, and whose email named them. */
export interface PersonToConfirmItem extends NumberedPerson {
  /** A plain, valid address, or null. */
  email: string | null;
  /** The contact whose email named them, one line; null when that contact is gone. */
  introducedBy: string | null;
  /** Named only in passing in an email about `company`, rather than introduced by a contact. */
  namedInPassing: boolean;
  /** The company that email was about, one line, or null. */
  company: string | null;
}

/** What a reply's numbers mean: stored with the digest so a command acts on what was shown. */
export interface NumberedDraft {
  number: number;
  draftId: string;
  version: number;
}

/** Subjects and names from strangers' mail are cut here; a digest line is not a letter. */
const MAX_ONE_LINE_CHARS = 160;
/** The top of the digest names at most this many messages: more is a list, not a priority. */
const MAX_HIGHLIGHTS = 3;

/** Which drafts matter most today, lower first: answering someone who helped beats a cold note. */
const PRIORITY: Partial<Record<MessageKind, number>> = {
  thanks_for_feedback: 0,
  thanks_for_referral: 0,
  introduction: 1,
  feedback_request: 2,
  referral_request: 2,
  appreciation: 3,
  keep_on_file_follow_up: 3,
  role_fit_question: 4,
  networking_meeting: 4,
  on_hold_check_back: 5,
  check_in_90_day: 5,
  stay_in_touch: 6,
  call_script: 7,
};

/** "Why" in a few words, per kind; a kind without one shows the start of its purpose. */
const SHORT_WHY: Partial<Record<MessageKind, string>> = {
  appreciation: "few candidates thank; it stands out",
  feedback_request: "one question, once per company",
  referral_request: "they were warm: ask for a door",
  linkedin_note: "stay in their network",
  keep_on_file_follow_up: "they offered to keep you on file",
  networking_meeting: "15 minutes can lead to the next person",
  stay_in_touch: "stay on their radar, gently",
  check_in_90_day: "new hires often leave within 90 days",
  on_hold_check_back: "the search was paused: check back",
  role_fit_question: "turn the no into a direction",
  thanks_for_feedback: "they answered: close the loop",
  thanks_for_referral: "they helped: thank them",
  introduction: "introduce yourself while it is fresh",
  call_script: "you prefer calling",
};

/** The full command list at the bottom of the digest; `help` mails the long version. */
const COMMANDS: readonly ReplyCommand[] = [
  { example: "approve 1 3", meaning: "send drafts 1 and 3 (approve all: every one)" },
  { example: "skip 2", meaning: "drop draft 2" },
  { example: "edit 4", meaning: "your own text on the lines below replaces draft 4" },
  { example: "fill 4 your words", meaning: "fill the [[add: …]] gap in draft 4 and send it" },
  { example: "snooze 5 2w", meaning: "offer draft 5 again in two weeks" },
  { example: "never 6", meaning: "never write to that person again" },
  { example: "settings", meaning: "see and change name, time zone, hour, delivery, language" },
  { example: "export", meaning: "your contacts and applications (vCard, CSV, JSON)" },
  { example: "calendar", meaning: "your follow-ups as a calendar (.ics)" },
  { example: "pause", meaning: "no drafts or digests until you reply resume" },
  { example: "help", meaning: "every command, explained" },
];

/**
 * Composes the digest, or returns null when there is nothing to say. Worth an email: a draft
 * to approve, a message that needs the user's attention, anything that came in other than
 * out-of-office replies. Follow-ups coming up and missing
 * addresses alone are not: they wait for the next digest with something in it.
 */
export function composeDigest(data: DigestData): Digest | null {
  const incoming = data.incoming.filter((m) => !isAutoReply(m));
  const welcome = data.firstDigest ? welcomeLines(data) : null;
  // The welcome rides on the first digest with something in it: "nothing to say, no email".
  if (data.drafts.length === 0 && data.attention.length === 0 && incoming.length === 0) {
    return null;
  }
  const { emails, linkedin, items } = numberDrafts(data.drafts);
  const highlights = emails.slice(0, MAX_HIGHLIGHTS);
  // Numbers run down the page: drafts, people to confirm, then people missing an address.
  const toConfirm = numberPeopleToConfirm(data.peopleToConfirm ?? [], nextNumber(items, linkedin));
  const people = numberPeople(
    data.missingAddresses,
    nextNumber(items, linkedin) + toConfirm.length,
  );
  const news = describeIncoming(data.incoming, data.firstDigest === true);
  const sections: DigestSection[] = [];
  if (data.attention.length > 0) {
    sections.push({
      kind: "lines",
      id: "attention",
      heading: "Needs a look",
      intro: null,
      lines: data.attention.map((a) => ({ text: describeAttention(a), tone: "plain" })),
    });
  }
  if (toConfirm.length > 0) sections.push(confirmSection(toConfirm));
  if (data.upcoming.length > 0) {
    sections.push({
      kind: "lines",
      id: "upcoming",
      heading: "Coming up this week",
      intro: null,
      lines: data.upcoming.map((u) => ({
        text: `${formatShortDate(u.dueDate)}: ${kindLabel(u.kind)} ${toWhom(u.recipientName, u.company)}`,
        tone: "plain",
      })),
    });
  }
  if (people.length > 0) {
    const first = people[0];
    sections.push({
      kind: "lines",
      id: "missing",
      heading: "Missing an email address",
      intro: `Rebound would write to them but has no address. Reply "address ${first?.number} name@example.com", or forward a message from them.`,
      lines: people.map((p) => ({ text: `${p.number}. ${p.name}`, tone: "plain" })),
    });
  }
  const progress = progressRows(data);
  const date = formatLongDate(data.localDate);
  const firstName = oneLine(data.user.displayName ?? "").split(" ")[0] ?? "";
  return {
    subject: digestSubject(data, emails, linkedin, welcome !== null),
    preheader: news[0]?.text ?? (items.length > 0 ? "Nothing goes out until you approve it." : ""),
    title: "Your Rebound digest",
    date,
    greeting: firstName ? `Good morning, ${firstName}.` : "Good morning.",
    welcome,
    news,
    highlights,
    example: workedExample(emails, linkedin),
    progress,
    emails,
    linkedin,
    sections,
    items,
    people,
    toConfirm,
    commands: withConfirmCommands(
      items.length > 0 ? [...COMMANDS] : COMMANDS.filter((c) => !/^\w+ \d/.test(c.example)),
      toConfirm,
    ),
    footer: ["Rebound writes once a day, and only when there is something to say."],
  };
}

/** The number -> draft/version map of a digest, in number order. */
export function digestNumberMap(digest: Digest): NumberedDraft[] {
  return digest.items.map(({ number, draftId, version }) => ({ number, draftId, version }));
}

/** Group numbers: one number that stands for several drafts (the LinkedIn card). */
export function digestGroups(digest: Digest): { number: number; members: number[] }[] {
  const card = digest.linkedin;
  return card?.number ? [{ number: card.number, members: card.notes.map((n) => n.number) }] : [];
}

/**
 * The subject says what today holds, in words: good news first, then who the emails are
 * for and how many LinkedIn notes wait. "Rachel sent feedback · emails to Grace and Felix, 8 LinkedIn notes".
 */
export function digestSubject(
  data: DigestData,
  emails: readonly DigestDraft[] = numberDrafts(data.drafts).emails,
  linkedin: LinkedInCard | null = numberDrafts(data.drafts).linkedin,
  welcome = data.firstDigest === true,
): string {
  const parts: string[] = [];
  const good = data.incoming.find((m) => m.route === "reply" && GOOD_NEWS[m.category]);
  if (good) parts.push(`${firstNameOf(good.from) || "Someone"} ${GOOD_NEWS[good.category]}`);
  const names = unique(emails.map((e) => firstNameOf(e.to.name)).filter(Boolean));
  const what: string[] = [];
  if (emails.length > 0) {
    // Up to three first names read as a plan for the morning; more is just a number.
    const who = names.length > 0 && names.length <= 3 ? ` to ${listWords(names)}` : "";
    what.push(`${emails.length === 1 ? "an email" : `${emails.length} emails`}${who}`);
  }
  const notes = linkedin?.notes.length ?? 0;
  if (notes > 0) what.push(count(notes, "LinkedIn note", "LinkedIn notes"));
  if (what.length > 0) {
    const ready = `${listWords(what)} ready`;
    parts.push(parts.length === 0 ? capitalise(ready) : ready);
  }
  if (parts.length === 0) {
    const rejections = data.incoming.filter(isRejection).length;
    if (rejections > 0) parts.push(`${count(rejections, "rejection", "rejections")} filed`);
  }
  if (data.attention.length > 0) {
    const n = data.attention.length;
    parts.push(`${count(n, "message", "messages")} ${n === 1 ? "needs" : "need"} a look`);
  }
  // ASCII only: some clients and the sending API mishandle other characters in headers.
  const body = parts.join("; ");
  if (welcome)
    return body ? `Welcome to Rebound: ${lowerFirst(body)}` : "Welcome to Rebound: how it works";
  return body || "Your Rebound digest";
}

/** What a reply from someone means, in a few words after their first name. */
const GOOD_NEWS: Record<string, string> = {
  feedback: "sent feedback",
  referral_offer: "offered to help",
  interview_invite: "wrote about an interview",
  offer: "wrote about an offer",
};

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

/** The chart's rows, or null when nothing has been counted yet. */
function progressRows(data: DigestData): ProgressRow[] | null {
  const p = data.progress;
  if (!p) return null;
  const rows: ProgressRow[] = [
    { label: "Applications", week: p.week.applications, total: p.total.applications },
    { label: "Conversations", week: p.week.conversations, total: p.total.conversations },
    { label: "Replies", week: p.week.replies, total: p.total.replies },
  ];
  return rows.some((r) => r.total > 0) ? rows : null;
}

/** Five lines for a new user: where to forward, what to add, when, how to answer, how to change. */
function welcomeLines(data: DigestData): string[] {
  const u = data.user;
  const forward = u.forwardingAddress ?? "your Rebound address";
  const from = u.ownerAddress ? ` from ${u.ownerAddress}` : "";
  const hour = u.digestHour ?? 8;
  return [
    `Forward each rejection to ${forward}${from}, from any mail app.`,
    'A line above it helps: "great rapport with Maya".',
    `A digest like this comes at ${String(hour).padStart(2, "0")}:00 (${u.timeZone}) when there is something to do.`,
    'Nothing goes out until you approve it: reply "approve 1", or tap a button.',
    'Reply "settings" to change name, time zone, hour or delivery; "help" for more.',
  ];
}

/** Emails first (most important first), then LinkedIn notes in one card under one extra number. */
function numberDrafts(drafts: readonly DraftItem[]): {
  emails: DigestDraft[];
  linkedin: LinkedInCard | null;
  items: DigestDraft[];
} {
  const seen = new Set<string>();
  const unique: DraftItem[] = [];
  for (const draft of drafts) {
    // One number per draft, even if the data listed a draft twice.
    if (seen.has(draft.draftId)) continue;
    seen.add(draft.draftId);
    unique.push(draft);
  }
  const rank = (d: DraftItem) => (d.failure ? 1 : (PRIORITY[d.kind] ?? 8));
  const direct = unique
    .filter((d) => d.channel !== "linkedin")
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map(({ d }) => d);
  const notes = unique.filter((d) => d.channel === "linkedin");
  const emails = direct.map((d, i) => describeDraft(d, i + 1));
  let linkedin: LinkedInCard | null = null;
  const items = [...emails];
  if (notes.length > 0) {
    const group = notes.length > 1 ? emails.length + 1 : null;
    const first = (group ?? emails.length) + 1;
    const described = notes.map((d, i) => describeDraft(d, first + i));
    items.push(...described);
    linkedin = {
      number: group,
      heading: count(notes.length, "LinkedIn note", "LinkedIn notes"),
      intro:
        group === null
          ? "Send it yourself with your invitation on LinkedIn; approving mails it to you with a link to their profile."
          : `"approve ${group}" mails you all ${notes.length} in full in one email, each with a link to find the person on LinkedIn.`,
      notes: described,
    };
  }
  return { emails, linkedin, items };
}

function nextNumber(items: readonly DigestDraft[], linkedin: LinkedInCard | null): number {
  const last = Math.max(0, linkedin?.number ?? 0, ...items.map((i) => i.number));
  return last + 1;
}

function numberPeople(people: DigestData["missingAddresses"], first: number): NumberedPerson[] {
  return people.map((p, i) => ({
    number: first + i,
    contactId: p.contactId ?? "",
    name: withCompany(oneLine(p.name) || "Someone", p.company),
  }));
}

function numberPeopleToConfirm(
  people: NonNullable<DigestData["peopleToConfirm"]>,
  first: number,
): PersonToConfirmItem[] {
  return people.map((p, i) => ({
    number: first + i,
    contactId: p.contactId,
    name: oneLine(p.name ?? "") || validAddress(p.email) || "Someone without a name",
    email: validAddress(p.email),
    introducedBy: oneLine(p.introducedBy ?? "") || null,
    namedInPassing: p.namedInPassing === true,
    company: oneLine(p.company ?? "") || null,
  }));
}

/**
 * "People to confirm": who named whom, and why Rebound asks. A contact's email is matched by
 * its From line, which anyone can forge, so the people it names wait for the user.
 */
function confirmSection(people: readonly PersonToConfirmItem[]): DigestSection {
  const first = people[0]?.number ?? 1;
  return {
    kind: "lines",
    id: "confirm",
    heading: "People to confirm",
    intro: `${whyAsked(people)} Reply "confirm ${first}" to draft what Rebound planned for them (for you to approve), or "not ${first}" to remove them.`,
    lines: people.map((p) => ({ text: describePersonToConfirm(p), tone: "plain" })),
  };
}

/** Why Rebound asks: an introduction whose sender anyone can forge, a name only in passing, or both. */
function whyAsked(people: readonly PersonToConfirmItem[]): string {
  const introduced = people.some((p) => !p.namedInPassing);
  const inPassing = people.some((p) => p.namedInPassing);
  const forged =
    "A contact's email named them, and anyone can forge an email's sender, so Rebound drafts nothing to them until you say so.";
  const passing =
    "An email only named them in passing, so Rebound is not sure they are someone you met, and drafts nothing to them until you say so.";
  if (!inPassing) return forged;
  if (!introduced) return passing;
  return "Rebound drafts nothing to these people until you say so: a contact's email named them (and anyone can forge an email's sender), or an email only named them in passing.";
}

/** "8. Lena Fischer <lena@globex.example>, introduced by Maya Ortiz's email". */
export function describePersonToConfirm(p: PersonToConfirmItem): string {
  const who = p.email && p.email !== p.name ? `${p.name} <${p.email}>` : p.name;
  return `${p.number}. ${who}, ${whereNamed(p)}`;
}

/**
 * "introduced by Maya Ortiz's email"; "named in Wen Castellanos's email about Corvid Payments"
 * for someone an email only named in passing.
 */
export function whereNamed(p: PersonToConfirmItem): string {
  if (!p.namedInPassing) {
    return `introduced by ${p.introducedBy ? `${p.introducedBy}'s email` : "a contact's email"}`;
  }
  const email = p.introducedBy ? `${p.introducedBy}'s email` : "an email";
  return `named in ${email}${p.company ? ` about ${p.company}` : ""}`;
}

/** `confirm N` and `not N` join the list (before "help") when someone waits for the user. */
function withConfirmCommands(
  commands: ReplyCommand[],
  people: readonly PersonToConfirmItem[],
): ReplyCommand[] {
  const first = people[0];
  if (!first) return commands;
  const at = commands.findIndex((c) => c.example === "settings");
  commands.splice(
    at < 0 ? commands.length : at,
    0,
    {
      example: `confirm ${first.number}`,
      meaning: "a person to confirm is real: draft what Rebound planned for them",
    },
    { example: `not ${first.number}`, meaning: "remove that person and anything planned for them" },
  );
  return commands;
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
  const body = multiLine(draft.body);
  const subject = draft.channel === "email" ? oneLine(draft.subject) || "(no subject)" : null;
  return {
    number,
    draftId: draft.draftId,
    version: draft.version,
    channel: draft.channel,
    kind: draft.kind,
    title: `${capitalise(label)} ${toWhom(name || to.name, draft.company)}`,
    shortTitle: `${capitalise(label)} ${toWhom(name || to.name, name ? null : draft.company)}`,
    company: name ? oneLine(draft.company ?? "") || null : null,
    to,
    why: shortWhy(draft),
    handoff: draft.failure
      ? `Not sent last time: ${oneLine(draft.failure)} Approve it again to retry.`
      : draft.channel === "call"
        ? "A voicemail script: Rebound never calls anyone."
        : null,
    subject,
    body,
    language: draft.language ?? null,
    hasGap: hasUnfilledSlot(`${subject ?? ""}\n${body}`),
  };
}

function shortWhy(draft: DraftItem): string {
  const known = SHORT_WHY[draft.kind];
  if (known) return known;
  const why = oneLine(draft.why) || (MESSAGE_KINDS[draft.kind]?.purpose ?? "");
  const clause = why.split(/[:.;]/)[0] ?? why;
  return clause.split(" ").slice(0, 8).join(" ");
}

/** A reply the user could send as it is, built from this digest's own numbers. */
function workedExample(emails: readonly DigestDraft[], linkedin: LinkedInCard | null) {
  const lines: ReplyCommand[] = [];
  const ready = emails.filter((e) => !e.hasGap).slice(0, 2);
  const gap = emails.find((e) => e.hasGap);
  if (ready.length > 0) {
    lines.push({
      example: `approve ${ready.map((e) => e.number).join(" ")}`,
      meaning: ready.length > 1 ? "send these as they are" : "send it as it is",
    });
  }
  if (linkedin?.number) {
    lines.push({
      example: `approve ${linkedin.number}`,
      meaning: `all ${linkedin.heading}, in one mail`,
    });
  } else if (linkedin?.notes[0]) {
    lines.push({ example: `approve ${linkedin.notes[0].number}`, meaning: "the LinkedIn note" });
  }
  if (gap) {
    lines.push({
      example: `fill ${gap.number} your words`,
      meaning: "fill its [[add: …]] gap and send it",
    });
  }
  const other = emails.find((e) => !ready.includes(e) && e !== gap);
  if (other) lines.push({ example: `skip ${other.number}`, meaning: "not this one" });
  return lines;
}

/** One line of what came in since the last digest, then good news one line each. */
function describeIncoming(incoming: readonly IncomingItem[], first: boolean): DigestLine[] {
  const warm: DigestLine[] = [];
  const plain: DigestLine[] = [];
  const rejections = incoming.filter((m) => isRejection(m));
  const others = incoming.filter((m) => !isRejection(m) && !isAutoReply(m));
  const autoReplies = incoming.filter(isAutoReply).length;
  const parts: string[] = [];
  if (rejections.length > 0) {
    const companies = unique(rejections.map((m) => oneLine(m.company ?? "")).filter(Boolean));
    parts.push(
      `${count(rejections.length, "rejection", "rejections")}${companies.length > 0 ? ` (${companies.join(", ")})` : ""}`,
    );
  }
  const replies = others.filter((m) => m.route === "reply").length;
  if (replies > 0) parts.push(count(replies, "reply", "replies"));
  const forwards = others.filter((m) => m.route === "forward").length;
  if (forwards > 0) parts.push(count(forwards, "other message", "other messages"));
  if (autoReplies > 0)
    parts.push(count(autoReplies, "out-of-office reply", "out-of-office replies"));
  if (parts.length > 0) {
    plain.push({
      text: `${first ? "Since you joined" : "Since your last digest"}: ${listWords(parts)}.`,
      tone: "plain",
    });
  }
  for (const m of others) {
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
      default:
        if (m.route === "reply") plain.push({ text: `${who} replied: ${subject}.`, tone: "plain" });
    }
  }
  return [...plain.slice(0, 1), ...warm, ...plain.slice(1)];
}

function describeAttention(item: AttentionItem): string {
  const subject = quoted(item.subject);
  const detail = oneLine(item.detail);
  return item.problem === "failed"
    ? `Could not process ${subject}${detail ? ` (${detail})` : ""}. Rebound kept the message.`
    : `${subject}: ${detail || "Rebound is not sure what this is"}. Check its drafts before approving.`;
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

function firstNameOf(name: string | null): string {
  const clean = oneLine(name ?? "");
  if (clean.includes("@") || clean.startsWith("someone ")) return "";
  return clean.split(" ")[0] ?? "";
}

function quoted(subject: string): string {
  return `“${oneLine(subject) || "(no subject)"}”`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function lowerFirst(text: string): string {
  // "Rachel sent feedback" keeps its capital; "3 emails…" and "An email…" read on after a colon.
  return /^An? /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
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
