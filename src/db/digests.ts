import type { DigestData } from "../domain/digest-data.ts";
import { MESSAGE_KINDS, type MessageKind } from "../domain/message-kind.ts";
import { outgoingSubject } from "../domain/outgoing-subject.ts";
import { MAX_UNANSWERED_TOUCHES, NUDGE_KINDS } from "../domain/touch.ts";
import { ANSWERED_MESSAGE_JOIN } from "./deliveries.ts";

/** A user as the digest run sees them. */
export interface DigestRecipient {
  id: string;
  ownerAddress: string;
  inboxAddress: string;
  displayName: string | null;
  timeZone: string;
  digestHour: number;
  /** The private address the user forwards to (the inbox plus their forwarding secret). */
  forwardingAddress?: string;
}

/** A claim older than this is taken to have died mid-run and may be claimed again. */
const STALE_CLAIM_MINUTES = 50;

/**
 * Claims the user's digest for a local date; returns its id, or null when another run has
 * it or it was already sent. A failed digest is claimed again (the retry, an hour later), and
 * so is a claim left stale by a run that died before sending. A stale claim whose send had
 * started (intent recorded) is settled as sent instead: it may have gone out, and a digest
 * is never sent twice. One round trip.
 */
export async function claimDigest(
  db: D1Database,
  userId: string,
  localDate: string,
  now: Date,
): Promise<string | null> {
  const stale = new Date(now.getTime() - STALE_CLAIM_MINUTES * 60_000).toISOString();
  const [, claimed] = await db.batch([
    db
      .prepare(
        `UPDATE digests SET status = 'sent', sent_at = coalesce(sent_at, send_started_at),
           error = 'its send was not recorded; taken as sent so that it is never sent twice'
         WHERE user_id = ?1 AND local_date = ?2 AND status = 'claimed'
           AND send_started_at IS NOT NULL AND claimed_at < ?3`,
      )
      .bind(userId, localDate, stale),
    db
      .prepare(
        `INSERT INTO digests (id, user_id, local_date, status, claimed_at)
         VALUES (?1, ?2, ?3, 'claimed', ?4)
         ON CONFLICT (user_id, local_date) DO UPDATE SET
           status = 'claimed', attempts = digests.attempts + 1, claimed_at = excluded.claimed_at,
           error = NULL, send_started_at = NULL
         WHERE digests.status = 'failed'
            OR (digests.status = 'claimed' AND digests.claimed_at < ?5
                AND digests.send_started_at IS NULL)
         RETURNING id`,
      )
      .bind(crypto.randomUUID(), userId, localDate, now.toISOString(), stale),
  ]);
  return (claimed?.results[0] as { id: string } | undefined)?.id ?? null;
}

interface DraftRow {
  draft_id: string;
  version: number;
  kind: MessageKind;
  channel: "email" | "linkedin" | "call";
  name: string | null;
  email: string | null;
  company: string | null;
  subject: string;
  body: string;
  failure: string | null;
  answer_subject: string | null;
  language: string | null;
}

/**
 * A nudge waits while its contact has left two sent nudges unanswered (PRODUCT.md, advice 6):
 * the limit counts what went out, not what is planned (plan/plan-follow-ups.ts). ?1 is the user.
 */
const SILENT_AFTER_TWO = `(
  SELECT count(*) FROM drafts s
  WHERE s.user_id = ?1 AND s.contact_id = d.contact_id AND s.state = 'sent'
    AND s.kind IN (SELECT value FROM json_each(?3))
    AND s.sent_at > coalesce((
      SELECT max(m.received_at) FROM inbound_messages m
      WHERE m.user_id = ?1 AND m.contact_id = d.contact_id AND m.route = 'reply'
        AND coalesce(m.category, '') <> 'auto_reply'), '')
) >= ${MAX_UNANSWERED_TOUCHES}`;

/** The totals the user's last digest stored (?1 is the user), and the instant they were read. */
const LAST_TOTALS = `(SELECT totals FROM digests WHERE user_id = ?1 AND totals IS NOT NULL
  ORDER BY local_date DESC LIMIT 1)`;
const LAST_TOTALS_AT = `coalesce(json_extract(${LAST_TOTALS}, '$.at'), '')`;

/** Everything a user's digest shows, in one round trip. */
export async function loadDigestData(
  db: D1Database,
  user: DigestRecipient,
  localDate: string,
  now: Date,
): Promise<DigestData> {
  const nowIso = now.toISOString();
  const day = 86_400_000;
  const weekAgo = new Date(now.getTime() - 7 * day).toISOString();
  const weekAhead = new Date(now.getTime() + 7 * day).toISOString();
  // Since the last digest that went out; for the first digest, everything since sign-up.
  const since = `coalesce((SELECT max(sent_at) FROM digests WHERE user_id = ?1 AND status = 'sent'), '')`;
  const [incoming, due, upcoming, missing, attention, week, toConfirm] = await db.batch([
    db
      .prepare(
        `SELECT m.category, m.reason, co.name AS company, a.role, m.route, m.subject,
                coalesce(c.name, m.original_from, m.sender) AS sender
         FROM inbound_messages m
         LEFT JOIN companies co ON co.id = m.company_id
         LEFT JOIN applications a ON a.id = m.application_id
         LEFT JOIN contacts c ON c.id = m.contact_id
         WHERE m.user_id = ?1 AND m.created_at > ${since} AND m.status = 'processed'
         ORDER BY m.received_at LIMIT 50`,
      )
      .bind(user.id),
    db
      .prepare(
        `SELECT d.id AS draft_id, d.version, d.kind, d.channel, c.name, c.email, co.name AS company,
                d.subject, d.body, CASE WHEN d.state = 'failed' THEN d.state_reason END AS failure,
                CASE WHEN m.route = 'reply' THEN m.subject ELSE m.original_subject END AS answer_subject,
                d.language
         FROM drafts d JOIN contacts c ON c.id = d.contact_id
         LEFT JOIN companies co ON co.id = d.company_id
         ${ANSWERED_MESSAGE_JOIN}
         WHERE d.user_id = ?1 AND d.state IN ('pending', 'failed') AND d.due_at <= ?2
           AND c.do_not_contact = 0 AND c.pending = 0
           AND NOT (d.kind IN (SELECT value FROM json_each(?3)) AND ${SILENT_AFTER_TWO})
         ORDER BY d.due_at, d.id LIMIT 30`,
      )
      .bind(user.id, nowIso, JSON.stringify(NUDGE_KINDS)),
    db
      .prepare(
        `SELECT d.kind, c.name, co.name AS company, d.due_at
         FROM drafts d JOIN contacts c ON c.id = d.contact_id
         LEFT JOIN companies co ON co.id = d.company_id
         WHERE d.user_id = ?1 AND d.state = 'pending' AND d.due_at > ?2 AND d.due_at <= ?3
         ORDER BY d.due_at LIMIT 20`,
      )
      .bind(user.id, nowIso, weekAhead),
    db
      .prepare(
        `SELECT c.id AS contactId, c.name, co.name AS company FROM contacts c
         LEFT JOIN companies co ON co.id = c.company_id
         WHERE c.user_id = ?1 AND c.email IS NULL AND c.do_not_contact = 0 AND c.name IS NOT NULL
           AND c.pending = 0 AND c.created_at > ?2
         ORDER BY c.created_at LIMIT 20`,
      )
      .bind(user.id, new Date(now.getTime() - 14 * day).toISOString()),
    db
      .prepare(
        `SELECT m.status, m.subject, m.error, m.category, m.confidence FROM inbound_messages m
         WHERE m.user_id = ?1 AND m.created_at > ${since}
           AND (m.status = 'failed' OR m.needs_review = 1)
         ORDER BY m.received_at LIMIT 20`,
      )
      .bind(user.id),
    db
      .prepare(
        // The totals since sign-up: the last stored totals plus what came in after them (never
        // the user's whole history; the first digest after sign-up counts from nothing).
        `SELECT
           (SELECT count(*) FROM inbound_messages WHERE user_id = ?1 AND created_at > ?2
              AND category = 'rejection') AS rejections,
           (SELECT count(*) FROM inbound_messages WHERE user_id = ?1 AND created_at > ?2
              AND route = 'reply' AND category IN ('feedback', 'referral_offer')) AS conversations,
           (SELECT count(*) FROM drafts WHERE user_id = ?1 AND state = 'sent' AND sent_at > ?2) AS sent,
           (SELECT count(*) FROM inbound_messages WHERE user_id = ?1 AND created_at > ?2
              AND route = 'reply' AND coalesce(category, '') <> 'auto_reply') AS replies,
           (SELECT count(*) FROM applications WHERE user_id = ?1 AND created_at > ?2) AS weekApplications,
           ${LAST_TOTALS} AS lastTotals,
           (SELECT count(*) FROM applications WHERE user_id = ?1
              AND created_at > ${LAST_TOTALS_AT} AND created_at <= ?3) AS newApplications,
           (SELECT count(*) FROM inbound_messages WHERE user_id = ?1
              AND created_at > ${LAST_TOTALS_AT} AND created_at <= ?3
              AND route = 'reply' AND category IN ('feedback', 'referral_offer')) AS newConversations,
           (SELECT count(*) FROM inbound_messages WHERE user_id = ?1
              AND created_at > ${LAST_TOTALS_AT} AND created_at <= ?3
              AND route = 'reply' AND coalesce(category, '') <> 'auto_reply') AS newReplies,
           EXISTS (SELECT 1 FROM digests WHERE user_id = ?1 AND status = 'sent') AS anySent`,
      )
      .bind(user.id, weekAgo, nowIso),
    db
      .prepare(
        `SELECT c.id, c.name, c.email, coalesce(i.name, i.email) AS introduced_by,
                c.named_in_passing, co.name AS company
         FROM contacts c LEFT JOIN contacts i ON i.id = c.introduced_by AND i.user_id = c.user_id
         LEFT JOIN companies co ON co.id = c.company_id AND co.user_id = c.user_id
         WHERE c.user_id = ?1 AND c.pending = 1 AND c.do_not_contact = 0
         ORDER BY c.created_at LIMIT 20`,
      )
      .bind(user.id),
  ]);
  const rows = <T>(result: D1Result | undefined) => (result?.results ?? []) as T[];
  const counts = rows<WeekRow>(week)[0] ?? EMPTY_WEEK;
  const total = addTotals(counts, nowIso);
  return {
    user: {
      displayName: user.displayName,
      timeZone: user.timeZone,
      // The address forwards are accepted at: the bare inbox refuses them (README, "Addresses").
      forwardingAddress: user.forwardingAddress ?? user.inboxAddress,
      ownerAddress: user.ownerAddress,
      digestHour: user.digestHour,
    },
    localDate,
    firstDigest: !counts.anySent,
    incoming: rows<{
      category: string;
      reason: string | null;
      company: string | null;
      role: string | null;
      route: "forward" | "reply";
      subject: string;
      sender: string | null;
    }>(incoming).map((r) => ({
      category: r.category,
      reason: r.reason,
      company: r.company,
      role: r.role,
      from: r.sender,
      subject: r.subject,
      route: r.route,
    })),
    drafts: rows<DraftRow>(due).map((r) => ({
      draftId: r.draft_id,
      version: r.version,
      kind: r.kind,
      channel: r.channel,
      recipientName: r.name,
      recipientEmail: r.email,
      company: r.company,
      // The subject exactly as it will be sent, so what the user approves is what goes out.
      subject: outgoingSubject({
        subject: r.subject,
        version: r.version,
        answerSubject: r.answer_subject,
      }),
      body: r.body,
      why: MESSAGE_KINDS[r.kind]?.purpose ?? "",
      failure: r.failure,
      language: r.language,
    })),
    upcoming: rows<{
      kind: MessageKind;
      name: string | null;
      company: string | null;
      due_at: string;
    }>(upcoming).map((r) => ({
      kind: r.kind,
      recipientName: r.name,
      company: r.company,
      dueDate: r.due_at.slice(0, 10),
    })),
    missingAddresses: rows<{ contactId: string; name: string; company: string | null }>(missing),
    attention: rows<{
      status: string;
      subject: string;
      error: string | null;
      category: string | null;
      confidence: number | null;
    }>(attention).map((r) =>
      r.status === "failed"
        ? { problem: "failed" as const, subject: r.subject, detail: r.error ?? "processing failed" }
        : {
            problem: "unsure" as const,
            subject: r.subject,
            detail: `looks like ${(r.category ?? "something").replaceAll("_", " ")}, but Rebound is not sure`,
          },
    ),
    peopleToConfirm: rows<{
      id: string;
      name: string | null;
      email: string | null;
      introduced_by: string | null;
      named_in_passing: number;
      company: string | null;
    }>(toConfirm).map((r) => ({
      contactId: r.id,
      name: r.name,
      email: r.email,
      introducedBy: r.introduced_by,
      namedInPassing: r.named_in_passing === 1,
      company: r.company,
    })),
    week: {
      rejections: counts.rejections,
      conversations: counts.conversations,
      sent: counts.sent,
      replies: counts.replies,
    },
    progress: {
      week: {
        applications: counts.weekApplications,
        conversations: counts.conversations,
        replies: counts.replies,
      },
      total: {
        applications: total.applications,
        conversations: total.conversations,
        replies: total.replies,
      },
    },
  };
}

interface WeekRow {
  rejections: number;
  conversations: number;
  sent: number;
  replies: number;
  weekApplications: number;
  /** The totals the last digest stored (JSON of `DigestTotals`), or null. */
  lastTotals: string | null;
  newApplications: number;
  newConversations: number;
  newReplies: number;
  anySent: number;
}

const EMPTY_WEEK: WeekRow = {
  rejections: 0,
  conversations: 0,
  sent: 0,
  replies: 0,
  weekApplications: 0,
  lastTotals: null,
  newApplications: 0,
  newConversations: 0,
  newReplies: 0,
  anySent: 0,
};

/** The progress chart's totals since sign-up as of `at`: what a digest stores for the next. */
export interface DigestTotals {
  at: string;
  applications: number;
  conversations: number;
  replies: number;
}

/** The last stored totals (none, or unreadable: zero) plus what came in after them. */
function addTotals(counts: WeekRow, at: string): DigestTotals {
  let last: Partial<DigestTotals> = {};
  try {
    last = counts.lastTotals ? (JSON.parse(counts.lastTotals) as Partial<DigestTotals>) : {};
  } catch {
    last = {};
  }
  const n = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : 0);
  return {
    at,
    applications: n(last.applications) + counts.newApplications,
    conversations: n(last.conversations) + counts.newConversations,
    replies: n(last.replies) + counts.newReplies,
  };
}

/** What a digest is about to send: enough for a reply to act on it even if 'sent' is never recorded. */
export interface DigestIntent {
  subject: string;
  messageId: string;
  replyTokenHash: string;
  replyTokenExpiresAt: string;
  /** Each number: the draft and version shown, its subject as it will go out, its recipient. */
  items: {
    number: number;
    draftId: string;
    version: number;
    subject: string | null;
    recipientEmail: string | null;
  }[];
  /** Numbers that stand for several drafts (the LinkedIn card). */
  groups?: { number: number; members: number[] }[];
  /** People listed as missing an address, by number. */
  people?: { number: number; contactId: string }[];
  /** The totals since sign-up this digest shows, for the next digest to count on from. */
  totals?: DigestTotals | undefined;
}

/**
 * Records, before the send, what the digest will say: its reply token, its numbers, and the
 * moment sending started. One transaction; only a digest this run still holds is changed.
 */
export async function recordDigestIntent(
  db: D1Database,
  digestId: string,
  intent: DigestIntent,
  now: Date,
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `UPDATE digests SET subject = ?2, message_id = ?3, reply_token_hash = ?4,
           reply_token_expires_at = ?5, send_started_at = ?6, totals = ?7
         WHERE id = ?1 AND status = 'claimed'`,
      )
      .bind(
        digestId,
        intent.subject,
        intent.messageId,
        intent.replyTokenHash,
        intent.replyTokenExpiresAt,
        now.toISOString(),
        intent.totals ? JSON.stringify(intent.totals) : null,
      ),
    db.prepare("DELETE FROM digest_items WHERE digest_id = ?1").bind(digestId),
    db.prepare("DELETE FROM digest_groups WHERE digest_id = ?1").bind(digestId),
    db.prepare("DELETE FROM digest_people WHERE digest_id = ?1").bind(digestId),
    db
      .prepare(
        `INSERT INTO digest_items (digest_id, number, draft_id, version, subject, recipient_email)
         SELECT ?1, json_extract(value, '$.number'), json_extract(value, '$.draftId'),
                json_extract(value, '$.version'), json_extract(value, '$.subject'),
                json_extract(value, '$.recipientEmail')
         FROM json_each(?2)`,
      )
      .bind(digestId, JSON.stringify(intent.items)),
    db
      .prepare(
        `INSERT INTO digest_groups (digest_id, number, member_number)
         SELECT ?1, json_extract(g.value, '$.number'), m.value
         FROM json_each(?2) g, json_each(json_extract(g.value, '$.members')) m`,
      )
      .bind(digestId, JSON.stringify(intent.groups ?? [])),
    db
      .prepare(
        `INSERT INTO digest_people (digest_id, number, contact_id)
         SELECT ?1, json_extract(value, '$.number'), json_extract(value, '$.contactId')
         FROM json_each(?2) WHERE json_extract(value, '$.contactId') <> ''`,
      )
      .bind(digestId, JSON.stringify(intent.people ?? [])),
  ]);
}

/** Marks a digest whose send returned as sent; `note` records a send whose outcome is unknown. */
export async function markDigestSent(
  db: D1Database,
  digestId: string,
  platformMessageId: string | null,
  note: string | null,
  now: Date,
): Promise<void> {
  await db
    .prepare(
      `UPDATE digests SET status = 'sent', sent_at = ?2, platform_message_id = ?3, error = ?4
       WHERE id = ?1 AND status = 'claimed'`,
    )
    .bind(digestId, now.toISOString(), platformMessageId, note)
    .run();
}

/**
 * Closes a claimed digest that had nothing to say, or records why sending failed (definitely:
 * nothing left). Its reply token is withdrawn and its items forgotten; the retry writes new ones.
 */
export async function finishDigest(
  db: D1Database,
  digestId: string,
  status: "empty" | "failed",
  error: string | null,
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `UPDATE digests SET status = ?2, error = ?3, send_started_at = NULL,
           reply_token_hash = NULL, reply_token_expires_at = NULL
         WHERE id = ?1 AND status = 'claimed'`,
      )
      .bind(digestId, status, error),
    db
      .prepare(
        `DELETE FROM digest_items WHERE digest_id = ?1
           AND EXISTS (SELECT 1 FROM digests WHERE id = ?1 AND status <> 'sent')`,
      )
      .bind(digestId),
  ]);
}
