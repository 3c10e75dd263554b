import { env } from "cloudflare:workers";
import PostalMime from "postal-mime";
import { findUserAddresses, type NewUser } from "../../src/db/users.ts";
import { readRecipient } from "../../src/domain/inbox-address.ts";
import { createJordan, deliver } from "./deliver.ts";
import type { TestMessage } from "./email-message.ts";
import { fixtureRaw } from "./fixtures.ts";
import { digestJob, runJobs } from "./queue.ts";
import { JORDAN } from "./users.ts";

/** What the fake Email Sending binding was asked to send, as the Worker built it. */
export interface SentMail {
  from: string;
  fromName: string | null;
  to: string[];
  bcc: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** For raw messages: the envelope they were sent with. */
  envelope: { from: string; to: string } | null;
  /** Files attached through the builder (exports, calendars), their content as text. */
  attachments: { filename: string; type: string; content: string }[];
}

/** Makes one send fail: throw this error for messages the predicate picks. */
export interface SendFailureRule {
  when: (mail: SentMail) => boolean;
  error: () => unknown;
}

/**
 * An Email Sending binding that keeps everything it is asked to send, and fails when told to.
 * Builders are kept as given; raw messages (`new EmailMessage`) are parsed back with postal-mime,
 * so a test reads the MIME Rebound wrote.
 */
export function fakeMailBinding(rules: SendFailureRule[] = []) {
  const sent: SentMail[] = [];
  const attempts: SentMail[] = [];
  const binding = {
    async send(message: EmailMessageBuilder | EmailMessage) {
      const mail = await toSentMail(message);
      attempts.push(mail);
      const rule = rules.find((r) => r.when(mail));
      if (rule) throw rule.error();
      sent.push(mail);
      return { messageId: `<platform-${attempts.length}@email.cloudflare.net>` };
    },
  };
  return { sent, attempts, env: { ...env, EMAIL: binding as unknown as SendEmail } as Env };
}

function addressOf(value: string | EmailAddress): string {
  return (typeof value === "string" ? value : value.email).toLowerCase();
}

function list(value: EmailMessageBuilder["to"]): string[] {
  if (!value) return [];
  return (Array.isArray(value) ? value : [value]).map(addressOf);
}

/** The key workerd keeps an EmailMessage's raw MIME under. */
const RAW_KEY = "EmailMessage::raw";

async function toSentMail(message: EmailMessageBuilder | EmailMessage): Promise<SentMail> {
  if (RAW_KEY in message) {
    const raw = (message as unknown as Record<string, ReadableStream | string>)[RAW_KEY] ?? "";
    const text = typeof raw === "string" ? raw : await new Response(raw).text();
    const parsed = await PostalMime.parse(text);
    return {
      from: parsed.from?.address?.toLowerCase() ?? "",
      fromName: parsed.from?.name || null,
      to: (parsed.to ?? []).map((a) => (a.address ?? "").toLowerCase()),
      bcc: [],
      replyTo: parsed.replyTo?.[0]?.address?.toLowerCase() ?? null,
      subject: parsed.subject ?? "",
      text: (parsed.text ?? "").replace(/\r\n/g, "\n"),
      html: parsed.html ?? null,
      headers: Object.fromEntries(parsed.headers.map((h) => [h.key, h.value])),
      envelope: { from: (message as EmailMessage).from, to: (message as EmailMessage).to },
      attachments: [],
    };
  }
  const m = message as EmailMessageBuilder;
  return {
    from: addressOf(m.from),
    fromName: typeof m.from === "string" ? null : m.from.name,
    to: list(m.to),
    bcc: list(m.bcc),
    replyTo: m.replyTo ? addressOf(m.replyTo) : null,
    subject: m.subject,
    text: m.text ?? "",
    html: m.html ?? null,
    headers: Object.fromEntries(
      Object.entries(m.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    ),
    envelope: null,
    attachments: (m.attachments ?? []).map((a) => ({
      filename: a.filename,
      type: a.type,
      content: typeof a.content === "string" ? a.content : new TextDecoder().decode(a.content),
    })),
  };
}

/** A job seeker who forwarded a rejection, with a digest sent: the start of every reply test. */
export interface SeekerWithDigest {
  userId: string;
  /** The forwarding address (with its secret). */
  inbox: string;
  /** The address contacts write to (with its secret), and the bare inbox (no secret). */
  contactInbox: string;
  bareInbox: string;
  /** The digest's Reply-To: inbox+token@domain. */
  replyAddress: string;
  digestId: string;
  digestSubject: string;
  digestText: string;
  /** Each digest number's draft, kind and recipient. */
  items: { number: number; draftId: string; kind: string; contact: string | null }[];
}

const NORTHWIND = "fwd-gmail-web-en-northwind-panel-note.eml";

/**
 * Creates Jordan, forwards a rejection through the real email() handler, makes its drafts due
 * and sends today's digest through the real digest run; returns what the digest offered.
 */
export async function seekerWithDigest(
  settings: Partial<NewUser> = {},
  fixture = NORTHWIND,
): Promise<SeekerWithDigest> {
  const { userId, inbox } = await createJordan(env.DB, { digestHour: 0, ...settings });
  await deliver(fixtureRaw(fixture), { from: JORDAN.owner, to: inbox });
  await makeDraftsDue(userId);
  return sendDigest(userId, inbox);
}

/** The number the digest gave a person (digest_people), or null. */
export async function personNumber(
  seeker: SeekerWithDigest,
  contactId: string,
): Promise<number | null> {
  const row = await env.DB.prepare(
    "SELECT number FROM digest_people WHERE digest_id = ?1 AND contact_id = ?2",
  )
    .bind(seeker.digestId, contactId)
    .first<{ number: number }>();
  return row?.number ?? null;
}

/** Moves every planned draft but the 90-day check-in to the past, so the digest offers it. */
export async function makeDraftsDue(userId: string): Promise<void> {
  await env.DB.prepare(
    `UPDATE drafts SET due_at = '2020-01-01T00:00:00.000Z'
     WHERE user_id = ?1 AND state = 'pending' AND kind <> 'check_in_90_day'`,
  )
    .bind(userId)
    .run();
}

/**
 * Runs this user's digest job now through the real queue() handler, as if the hourly run had
 * found them due, and returns the digest (tests move a sent digest's day back for "tomorrow").
 */
export async function sendDigest(userId: string, inbox: string): Promise<SeekerWithDigest> {
  await env.DB.prepare("UPDATE users SET next_digest_at = '' WHERE id = ?1").bind(userId).run();
  const mail = fakeMailBinding();
  await runJobs([digestJob(userId, new Date())], mail.env);
  // The digest answers at the bare inbox plus its token, whatever address mail was forwarded to.
  const [local, domain] = readRecipient(inbox).inbox.split("@");
  for (const parsed of mail.sent) {
    const replyAddress = parsed.replyTo ?? "";
    if (!replyAddress.startsWith(`${local}+`) || !replyAddress.endsWith(`@${domain}`)) continue;
    const digest = await env.DB.prepare(
      "SELECT id FROM digests WHERE user_id = ?1 AND status = 'sent' ORDER BY sent_at DESC LIMIT 1",
    )
      .bind(userId)
      .first<{ id: string }>();
    const { results } = await env.DB.prepare(
      `SELECT i.number, i.draft_id AS draftId, d.kind, c.name AS contact
       FROM digest_items i JOIN drafts d ON d.id = i.draft_id JOIN contacts c ON c.id = d.contact_id
       WHERE i.digest_id = ?1 ORDER BY i.number`,
    )
      .bind(digest?.id)
      .all<SeekerWithDigest["items"][number]>();
    const addresses = await findUserAddresses(env.DB, userId);
    return {
      userId,
      inbox,
      contactInbox: addresses?.contactAddress ?? "",
      bareInbox: `${local}@${domain}`,
      replyAddress,
      digestId: digest?.id ?? "",
      digestSubject: parsed.subject,
      digestText: parsed.text,
      items: results,
    };
  }
  throw new Error("no digest was sent to this user");
}

/** The number the digest gave a kind of draft (to a person, when given). */
export function numberOf(seeker: SeekerWithDigest, kind: string, contact?: string): number {
  const item = seeker.items.find(
    (i) => i.kind === kind && (contact === undefined || i.contact === contact),
  );
  if (!item) throw new Error(`no ${kind} draft${contact ? ` to ${contact}` : ""} in the digest`);
  return item.number;
}

export interface ReplyOptions {
  from?: string;
  envelopeFrom?: string;
  to?: string;
  messageId?: string;
  /** Quote the digest below the reply, Gmail-style, unless false. */
  quoteDigest?: boolean;
  extraHeaders?: string;
  /** Replaces the whole From header line. */
  fromHeader?: string;
}

/** A reply to the digest the way Gmail writes one: the user's text, then the quoted digest. */
export function replyMime(
  seeker: SeekerWithDigest,
  text: string,
  options: ReplyOptions = {},
): string {
  const from = options.from ?? JORDAN.owner;
  const quoted =
    options.quoteDigest === false
      ? ""
      : `\r\nOn Sat, 5 Dec 2026 at 08:00, Rebound <${env.SERVICE_ADDRESS}> wrote:\r\n${seeker.digestText
          .split("\n")
          .map((l) => `> ${l}`)
          .join("\r\n")}\r\n`;
  return [
    options.fromHeader ?? `From: Jordan Lee <${from}>`,
    `To: ${options.to ?? seeker.replyAddress}`,
    `Subject: Re: ${seeker.digestSubject}`,
    `Date: ${nextReplyDate()}`,
    `Message-ID: ${options.messageId ?? `<reply-${crypto.randomUUID()}@mail.gmail.com>`}`,
    "MIME-Version: 1.0",
    ...(options.extraHeaders ? [options.extraHeaders] : []),
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 8bit",
    "",
    text.replace(/\r?\n/g, "\r\n"),
    quoted,
  ].join("\r\n");
}

/** Delivers a reply to the digest through the Worker's email() handler. */
let repliesWritten = 0;
/** Each reply written a second later than the one before, as a person's would be. */
function nextReplyDate(): string {
  repliesWritten += 1;
  return new Date(Date.UTC(2026, 11, 5, 8, 12) + repliesWritten * 1000)
    .toUTCString()
    .replace("GMT", "+0000");
}

export async function replyToDigest(
  seeker: SeekerWithDigest,
  text: string,
  bindings: Env,
  options: ReplyOptions = {},
): Promise<TestMessage> {
  return deliver(
    replyMime(seeker, text, options),
    {
      from: options.envelopeFrom ?? options.from ?? JORDAN.owner,
      to: options.to ?? seeker.replyAddress,
    },
    bindings,
  );
}

/** Every draft of a user with its state and version, to prove nothing changed. */
export async function draftStates(userId: string) {
  const { results } = await env.DB.prepare(
    "SELECT id, state, version, due_at, body FROM drafts WHERE user_id = ?1 ORDER BY id",
  )
    .bind(userId)
    .all();
  const contacts = await env.DB.prepare(
    "SELECT id, do_not_contact FROM contacts WHERE user_id = ?1 ORDER BY id",
  )
    .bind(userId)
    .all();
  const user = await env.DB.prepare("SELECT paused, target_companies FROM users WHERE id = ?1")
    .bind(userId)
    .first();
  return { drafts: results, contacts: contacts.results, user };
}

/** A draft's state after the reply. */
export async function draft(draftId: string) {
  return env.DB.prepare(
    "SELECT state, state_reason, version, subject, body, delivered_via, sent_at, due_at FROM drafts WHERE id = ?1",
  )
    .bind(draftId)
    .first<{
      state: string;
      state_reason: string | null;
      version: number;
      subject: string;
      body: string;
      delivered_via: string | null;
      sent_at: string | null;
      due_at: string;
    }>();
}
