import type { Channel, MessageKind } from "../domain/message-kind.ts";

/** A draft claimed for sending, with what delivery needs to address and thread it. */
export interface ClaimedDraft {
  id: string;
  kind: MessageKind;
  channel: Channel;
  subject: string;
  body: string;
  version: number;
  contactName: string | null;
  contactEmail: string | null;
  linkedinUrl: string | null;
  company: string | null;
  /** The message this draft answers, when it came from the same person. */
  answers: { messageId: string | null; subject: string } | null;
  /** What the latest digest showing this draft said: its recipient, and (same version) its subject. */
  pinned: { recipientEmail: string | null; subject: string | null; version: number } | null;
}

interface ClaimedRow extends Omit<ClaimedDraft, "answers" | "pinned"> {
  answerMessageId: string | null;
  answerSubject: string | null;
  pinnedEmail: string | null;
  pinnedSubject: string | null;
  pinnedVersion: number | null;
}

/**
 * The message a draft answers (alias m), joined to a draft d and its contact c: the contact's
 * own reply, or the forwarded original they sent. Shared by the digest and delivery, so both
 * compute the same subject.
 */
export const ANSWERED_MESSAGE_JOIN = `LEFT JOIN inbound_messages m ON m.id = d.inbound_id AND m.user_id = d.user_id
           AND ((m.route = 'reply' AND m.contact_id = d.contact_id)
                OR (m.route = 'forward' AND m.original_from = c.email))`;

/** The latest digest item that showed draft d, for one of its columns. */
const latestItem = (column: string) =>
  `(SELECT i.${column} FROM digest_items i JOIN digests g ON g.id = i.digest_id
    WHERE i.draft_id = d.id AND g.user_id = d.user_id ORDER BY g.claimed_at DESC, i.rowid DESC LIMIT 1)`;

/**
 * Claims approved drafts for sending (approved -> sending) and reads them back, in one
 * transaction. Only the drafts this call moved are returned (they carry this claim's mark),
 * so two deliveries racing for one draft cannot both send it. Delivery claims one at a time.
 */
export async function claimApprovedDrafts(
  db: D1Database,
  userId: string,
  draftIds: readonly string[],
  now: Date,
): Promise<ClaimedDraft[]> {
  if (draftIds.length === 0) return [];
  const claim = `sending:${crypto.randomUUID()}`;
  const [, claimed] = await db.batch([
    db
      .prepare(
        `UPDATE drafts SET state = 'sending', state_reason = ?3, updated_at = ?4
         WHERE user_id = ?1 AND state = 'approved' AND id IN (SELECT value FROM json_each(?2))`,
      )
      .bind(userId, JSON.stringify(draftIds), claim, now.toISOString()),
    db
      .prepare(
        `SELECT d.id, d.kind, d.channel, d.subject, d.body, d.version,
                c.name AS contactName, c.email AS contactEmail, c.linkedin_url AS linkedinUrl,
                co.name AS company,
                CASE WHEN m.route = 'reply' THEN m.message_id END AS answerMessageId,
                CASE WHEN m.route = 'reply' THEN m.subject ELSE m.original_subject END AS answerSubject,
                ${latestItem("recipient_email")} AS pinnedEmail,
                ${latestItem("subject")} AS pinnedSubject,
                ${latestItem("version")} AS pinnedVersion
         FROM drafts d
         JOIN contacts c ON c.id = d.contact_id
         LEFT JOIN companies co ON co.id = d.company_id
         ${ANSWERED_MESSAGE_JOIN}
         WHERE d.user_id = ?1 AND d.state = 'sending' AND d.state_reason = ?2
         ORDER BY d.due_at, d.id`,
      )
      .bind(userId, claim),
  ]);
  return ((claimed?.results ?? []) as unknown as ClaimedRow[]).map(
    ({ answerMessageId, answerSubject, pinnedEmail, pinnedSubject, pinnedVersion, ...draft }) => ({
      ...draft,
      answers: answerSubject ? { messageId: answerMessageId, subject: answerSubject } : null,
      pinned:
        pinnedVersion === null
          ? null
          : { recipientEmail: pinnedEmail, subject: pinnedSubject, version: pinnedVersion },
    }),
  );
}

/** How a send ended, as the draft records it. */
export type SendOutcome =
  | {
      state: "sent";
      via: "direct" | "handoff";
      platformMessageId: string | null;
      note: string | null;
    }
  | { state: "failed" | "unknown"; reason: string };

/**
 * Marks drafts about to go out together in one mail (the day's LinkedIn notes): should their
 * outcomes not be recorded, the sweep takes every one of them as unknown, never as not yet
 * attempted, so none is handed over twice.
 */
export async function markSendingTogether(
  db: D1Database,
  userId: string,
  draftIds: readonly string[],
): Promise<void> {
  await db
    .prepare(
      `UPDATE drafts SET state_reason = ?3
       WHERE user_id = ?1 AND state = 'sending' AND id IN (SELECT value FROM json_each(?2))`,
    )
    .bind(userId, JSON.stringify(draftIds), `sending-group:${crypto.randomUUID()}`)
    .run();
}

/** Records a send's end (sending -> sent | failed | unknown); only a draft still sending moves. */
export async function recordSendOutcome(
  db: D1Database,
  userId: string,
  draftId: string,
  outcome: SendOutcome,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const statement =
    outcome.state === "sent"
      ? db
          .prepare(
            `UPDATE drafts SET state = 'sent', sent_at = ?3, updated_at = ?3, delivered_via = ?4,
               platform_message_id = ?5, state_reason = ?6
             WHERE id = ?1 AND user_id = ?2 AND state = 'sending'`,
          )
          .bind(draftId, userId, at, outcome.via, outcome.platformMessageId, outcome.note)
      : db
          .prepare(
            `UPDATE drafts SET state = ?3, state_reason = ?4, updated_at = ?5
             WHERE id = ?1 AND user_id = ?2 AND state = 'sending'`,
          )
          .bind(draftId, userId, outcome.state, outcome.reason.slice(0, 500), at);
  await statement.run();
}

/**
 * Approved drafts a reply did not get to send (its invocation ended first), oldest first, and
 * the users they belong to. Sends left `sending` that long are settled first: delivery sends a
 * claim's drafts in order and stops at the first outcome it cannot record, so in each claim
 * only the first draft still `sending` can have been attempted. It becomes unknown (never
 * retried); the others were never attempted and go back to approved, to be sent now.
 */
export async function findUndeliveredApprovals(
  db: D1Database,
  approvedBefore: Date,
  sendingBefore: Date,
  limit: number,
  now: Date,
): Promise<{ userId: string; draftIds: string[]; interrupted: InterruptedSend[] }[]> {
  const [interrupted, , approved] = await db.batch([
    db
      .prepare(
        `UPDATE drafts SET state = 'unknown',
           state_reason = 'the send was interrupted, so it may or may not have gone out', updated_at = ?2
         WHERE id IN (
           SELECT id FROM (
             SELECT id, state_reason, row_number() OVER (
               PARTITION BY user_id, state_reason ORDER BY due_at, id) AS position
             FROM drafts WHERE state = 'sending' AND updated_at < ?1)
           WHERE position = 1 OR state_reason LIKE 'sending-group:%')
         RETURNING user_id AS userId, id AS draftId, kind, subject`,
      )
      .bind(sendingBefore.toISOString(), now.toISOString()),
    db
      .prepare(
        `UPDATE drafts SET state = 'approved', state_reason = NULL
         WHERE state = 'sending' AND updated_at < ?1`,
      )
      .bind(sendingBefore.toISOString()),
    db
      .prepare(
        `SELECT user_id AS userId, id FROM drafts
         WHERE state = 'approved' AND updated_at < ?1 ORDER BY updated_at LIMIT ?2`,
      )
      .bind(approvedBefore.toISOString(), limit),
  ]);
  const byUser = new Map<string, { draftIds: string[]; interrupted: InterruptedSend[] }>();
  const of = (userId: string) => {
    const entry = byUser.get(userId) ?? { draftIds: [], interrupted: [] };
    byUser.set(userId, entry);
    return entry;
  };
  for (const row of (interrupted?.results ?? []) as (InterruptedSend & { userId: string })[]) {
    of(row.userId).interrupted.push({ draftId: row.draftId, kind: row.kind, subject: row.subject });
  }
  for (const row of (approved?.results ?? []) as { userId: string; id: string }[]) {
    of(row.userId).draftIds.push(row.id);
  }
  return [...byUser].map(([userId, entry]) => ({ userId, ...entry }));
}

/** A send the sweep marked unknown: the user is told about it. */
export interface InterruptedSend {
  draftId: string;
  kind: MessageKind;
  subject: string;
}
