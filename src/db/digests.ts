import type { DigestData } from "../digest/digest-data.ts";
import { MESSAGE_KINDS, type MessageKind } from "../drafts/message-kinds.ts";

/** A user as the digest run sees them. */
export interface DigestRecipient {
  id: string;
  ownerAddress: string;
  inboxAddress: string;
  displayName: string | null;
  timeZone: string;
  digestHour: number;
}

/** Every user who has not paused Rebound; one query. */
export async function listDigestRecipients(db: D1Database): Promise<DigestRecipient[]> {
  const { results } = await db
    .prepare(
      `SELECT id, owner_address AS ownerAddress, inbox_address AS inboxAddress,
              display_name AS displayName, time_zone AS timeZone, digest_hour AS digestHour
       FROM users WHERE paused = 0 ORDER BY id`,
    )
    .all<DigestRecipient>();
  return results;
}

/** A claim older than this is taken to have died mid-run and may be claimed again. */
const STALE_CLAIM_MINUTES = 50;

/**
 * Claims the user's digest for a local date; returns its id, or null when another run has
 * it or it was already sent. A failed digest is claimed again (the retry, an hour later).
 */
export async function claimDigest(
  db: D1Database,
  userId: string,
  localDate: string,
  now: Date,
): Promise<string | null> {
  const stale = new Date(now.getTime() - STALE_CLAIM_MINUTES * 60_000).toISOString();
  const row = await db
    .prepare(
      `INSERT INTO digests (id, user_id, local_date, status, claimed_at)
       VALUES (?1, ?2, ?3, 'claimed', ?4)
       ON CONFLICT (user_id, local_date) DO UPDATE SET
         status = 'claimed', attempts = digests.attempts + 1, claimed_at = excluded.claimed_at,
         error = NULL
       WHERE digests.status = 'failed' OR (digests.status = 'claimed' AND digests.claimed_at < ?5)
       RETURNING id`,
    )
    .bind(crypto.randomUUID(), userId, localDate, now.toISOString(), stale)
    .first<{ id: string }>();
  return row?.id ?? null;
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
}

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
  const [incoming, due, upcoming, missing, attention, week] = await db.batch([
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
                d.subject, d.body, CASE WHEN d.state = 'failed' THEN d.state_reason END AS failure
         FROM drafts d JOIN contacts c ON c.id = d.contact_id
         LEFT JOIN companies co ON co.id = d.company_id
         WHERE d.user_id = ?1 AND d.state IN ('pending', 'failed') AND d.due_at <= ?2
           AND c.do_not_contact = 0
         ORDER BY d.due_at, d.id LIMIT 30`,
      )
      .bind(user.id, nowIso),
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
           AND c.created_at > ?2
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
        `SELECT
           (SELECT count(*) FROM inbound_messages WHERE user_id = ?1 AND created_at > ?2
              AND category = 'rejection') AS rejections,
           (SELECT count(*) FROM inbound_messages WHERE user_id = ?1 AND created_at > ?2
              AND route = 'reply' AND category IN ('feedback', 'referral_offer')) AS conversations,
           (SELECT count(*) FROM drafts WHERE user_id = ?1 AND state = 'sent' AND sent_at > ?2) AS sent,
           (SELECT count(*) FROM inbound_messages WHERE user_id = ?1 AND created_at > ?2
              AND route = 'reply' AND coalesce(category, '') <> 'auto_reply') AS replies,
           (SELECT count(*) FROM applications WHERE user_id = ?1 AND created_at > ?2) AS weekApplications,
           (SELECT count(*) FROM applications WHERE user_id = ?1) AS totalApplications,
           (SELECT count(*) FROM inbound_messages WHERE user_id = ?1
              AND route = 'reply' AND category IN ('feedback', 'referral_offer')) AS totalConversations,
           (SELECT count(*) FROM inbound_messages WHERE user_id = ?1
              AND route = 'reply' AND coalesce(category, '') <> 'auto_reply') AS totalReplies,
           (SELECT count(*) FROM digests WHERE user_id = ?1 AND status = 'sent') AS digestsSent`,
      )
      .bind(user.id, weekAgo),
  ]);
  const rows = <T>(result: D1Result | undefined) => (result?.results ?? []) as T[];
  const counts = rows<WeekRow>(week)[0] ?? EMPTY_WEEK;
  return {
    user: {
      displayName: user.displayName,
      timeZone: user.timeZone,
      forwardingAddress: user.inboxAddress,
      ownerAddress: user.ownerAddress,
      digestHour: user.digestHour,
    },
    localDate,
    firstDigest: counts.digestsSent === 0,
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
      subject: r.subject,
      body: r.body,
      why: MESSAGE_KINDS[r.kind]?.purpose ?? "",
      failure: r.failure,
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
        applications: counts.totalApplications,
        conversations: counts.totalConversations,
        replies: counts.totalReplies,
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
  totalApplications: number;
  totalConversations: number;
  totalReplies: number;
  digestsSent: number;
}

const EMPTY_WEEK: WeekRow = {
  rejections: 0,
  conversations: 0,
  sent: 0,
  replies: 0,
  weekApplications: 0,
  totalApplications: 0,
  totalConversations: 0,
  totalReplies: 0,
  digestsSent: 0,
};

export interface SentDigest {
  subject: string;
  messageId: string;
  platformMessageId: string | null;
  replyTokenHash: string;
  replyTokenExpiresAt: string;
  items: { number: number; draftId: string; version: number }[];
  /** Numbers that stand for several drafts (the LinkedIn card). */
  groups?: { number: number; members: number[] }[];
  /** People listed as missing an address, by number. */
  people?: { number: number; contactId: string }[];
}

/** Marks a claimed digest sent and stores what each number meant; one transaction. */
export async function recordDigestSent(
  db: D1Database,
  digestId: string,
  sent: SentDigest,
  now: Date,
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `UPDATE digests SET status = 'sent', sent_at = ?2, subject = ?3, message_id = ?4,
           platform_message_id = ?5, reply_token_hash = ?6, reply_token_expires_at = ?7
         WHERE id = ?1 AND status = 'claimed'`,
      )
      .bind(
        digestId,
        now.toISOString(),
        sent.subject,
        sent.messageId,
        sent.platformMessageId,
        sent.replyTokenHash,
        sent.replyTokenExpiresAt,
      ),
    db
      .prepare(
        `INSERT INTO digest_items (digest_id, number, draft_id, version)
         SELECT ?1, json_extract(value, '$.number'), json_extract(value, '$.draftId'),
                json_extract(value, '$.version')
         FROM json_each(?2)`,
      )
      .bind(digestId, JSON.stringify(sent.items)),
    db
      .prepare(
        `INSERT INTO digest_groups (digest_id, number, member_number)
         SELECT ?1, json_extract(g.value, '$.number'), m.value
         FROM json_each(?2) g, json_each(json_extract(g.value, '$.members')) m`,
      )
      .bind(digestId, JSON.stringify(sent.groups ?? [])),
    db
      .prepare(
        `INSERT INTO digest_people (digest_id, number, contact_id)
         SELECT ?1, json_extract(value, '$.number'), json_extract(value, '$.contactId')
         FROM json_each(?2) WHERE json_extract(value, '$.contactId') <> ''`,
      )
      .bind(digestId, JSON.stringify(sent.people ?? [])),
  ]);
}

/** Closes a claimed digest that had nothing to say, or records why sending failed. */
export async function finishDigest(
  db: D1Database,
  digestId: string,
  status: "empty" | "failed",
  error: string | null,
): Promise<void> {
  await db
    .prepare("UPDATE digests SET status = ?2, error = ?3 WHERE id = ?1 AND status = 'claimed'")
    .bind(digestId, status, error)
    .run();
}
