import { isDraftLanguage } from "../domain/draft-language.ts";
import { canTransition, type DraftState } from "../domain/draft-state.ts";
import type { Channel, MessageKind } from "../domain/message-kind.ts";
import type { PlannedFollowUps } from "../domain/planned-follow-ups.ts";
import { MOOT_AFTER_AN_ANSWER, type PastTouch } from "../domain/touch.ts";
import { companyIdByKey } from "./company-by-key.ts";

// Contacts named by a message: by address, or at the named company. ?1 user, ?2 JSON emails, ?3 company key.
const RELATED_CONTACT_IDS = `
  SELECT c.id FROM contacts c
  WHERE c.user_id = ?1
    AND (c.email IN (SELECT value FROM json_each(?2))
         OR c.company_id = ${companyIdByKey("?3")})`;

/** Drafts already planned or sent to the related contacts (not skipped or superseded). */
export function selectTouches(
  db: D1Database,
  userId: string,
  emails: readonly string[],
  companyKey: string | null,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT d.contact_id, d.kind, d.channel, coalesce(d.sent_at, d.due_at) AS due_at, d.state,
              d.language, d.register
       FROM drafts d
       WHERE d.user_id = ?1 AND d.state NOT IN ('skipped', 'superseded')
         AND d.contact_id IN (${RELATED_CONTACT_IDS})
       LIMIT 500`,
    )
    .bind(userId, JSON.stringify(emails), companyKey ?? "");
}

/** When each related contact last wrote to the user themselves (auto-replies don't count). */
export function selectLastReplies(
  db: D1Database,
  userId: string,
  emails: readonly string[],
  companyKey: string | null,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT m.contact_id, max(m.received_at) AS last_reply_at
       FROM inbound_messages m
       WHERE m.user_id = ?1 AND m.route = 'reply' AND coalesce(m.category, '') <> 'auto_reply'
         AND m.contact_id IN (${RELATED_CONTACT_IDS})
       GROUP BY m.contact_id`,
    )
    .bind(userId, JSON.stringify(emails), companyKey ?? "");
}

/** Whether the company was already asked for feedback (one request per company, ever). */
export function selectFeedbackRequested(
  db: D1Database,
  userId: string,
  companyKey: string | null,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT 1 AS asked FROM drafts
       WHERE user_id = ?1 AND kind = 'feedback_request' AND state <> 'superseded'
         AND company_id = ${companyIdByKey("?2")}
       LIMIT 1`,
    )
    .bind(userId, companyKey ?? "");
}

export interface TouchRow {
  contact_id: string;
  kind: MessageKind;
  channel: Channel;
  due_at: string;
  state: DraftState;
  language?: string | null;
  register?: string | null;
}

/** Groups touch rows by contact. */
export function touchesByContact(rows: readonly TouchRow[]): Map<string, PastTouch[]> {
  const byContact = new Map<string, PastTouch[]>();
  for (const row of rows) {
    const list = byContact.get(row.contact_id) ?? [];
    list.push({
      kind: row.kind,
      channel: row.channel,
      dueAt: row.due_at,
      state: row.state,
      language: isDraftLanguage(row.language) ? row.language : null,
      register: row.register === "formal" || row.register === "informal" ? row.register : null,
    });
    byContact.set(row.contact_id, list);
  }
  return byContact;
}

/** The statements that apply a follow-up plan; superseding comes first so new drafts survive it. */
export function followUpStatements(
  db: D1Database,
  userId: string,
  writes: PlannedFollowUps,
  now: string,
): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  for (const contactId of writes.supersedeNudgesFor) {
    statements.push(
      db
        .prepare(
          `UPDATE drafts SET state = 'superseded', state_reason = 'they answered', updated_at = ?3
           WHERE user_id = ?1 AND contact_id = ?2 AND state = 'pending'
             AND kind IN (SELECT value FROM json_each(?4))`,
        )
        .bind(userId, contactId, now, JSON.stringify(MOOT_AFTER_AN_ANSWER)),
    );
  }
  for (const { contactId, until } of writes.postpone) {
    statements.push(
      db
        .prepare(
          `UPDATE drafts SET due_at = ?3, updated_at = ?4
           WHERE user_id = ?1 AND contact_id = ?2 AND state = 'pending' AND due_at < ?3`,
        )
        .bind(userId, contactId, until, now),
    );
  }
  for (const contactId of writes.warm) {
    statements.push(
      db
        .prepare("UPDATE contacts SET warm = 1, updated_at = ?3 WHERE user_id = ?1 AND id = ?2")
        .bind(userId, contactId, now),
    );
  }
  if (writes.drafts.length > 0) {
    // One statement for every draft of the message: D1 counts statements against its limits.
    statements.push(
      db
        .prepare(
          `INSERT INTO drafts (id, user_id, contact_id, company_id, inbound_id, kind, channel, rule,
                               subject, body, due_at, engine, language, register, created_at, updated_at)
           SELECT json_extract(value, '$.id'), ?1, json_extract(value, '$.contactId'),
                  json_extract(value, '$.companyId'), json_extract(value, '$.inboundId'),
                  json_extract(value, '$.kind'), json_extract(value, '$.channel'),
                  json_extract(value, '$.rule'), json_extract(value, '$.subject'),
                  json_extract(value, '$.body'), json_extract(value, '$.dueAt'),
                  coalesce(json_extract(value, '$.engine'), 'template'),
                  json_extract(value, '$.language'), json_extract(value, '$.register'), ?2, ?2
           FROM json_each(?3)`,
        )
        .bind(userId, now, JSON.stringify(writes.drafts)),
    );
  }
  if (writes.held && writes.held.length > 0) {
    statements.push(
      db
        .prepare(
          `INSERT INTO held_follow_ups (id, user_id, contact_id, draft, created_at)
           SELECT json_extract(value, '$.id'), ?1, json_extract(value, '$.contactId'), value, ?2
           FROM json_each(?3)`,
        )
        .bind(userId, now, JSON.stringify(writes.held)),
    );
  }
  return statements;
}

/** A transition that did not change exactly one row: the draft was not in the state assumed. */
export class DraftConflict extends Error {
  constructor(draftId: string, from: DraftState, to: DraftState) {
    super(`draft ${draftId} is no longer ${from}; not moved to ${to}`);
    this.name = "DraftConflict";
  }
}

/**
 * Moves one draft from one state to another, only if it is still in `from` (and still at
 * `version`, when given). Exactly one row must change, or it throws DraftConflict: two
 * concurrent approvals, or an approval of text edited since, cannot both succeed.
 */
export async function transitionDraft(
  db: D1Database,
  userId: string,
  draftId: string,
  from: DraftState,
  to: DraftState,
  now: Date,
  options: { version?: number; reason?: string | null } = {},
): Promise<void> {
  if (!canTransition(from, to)) throw new Error(`a draft cannot go from ${from} to ${to}`);
  const result = await db
    .prepare(
      `UPDATE drafts SET state = ?4, state_reason = ?5, updated_at = ?6,
         sent_at = CASE WHEN ?4 = 'sent' THEN ?6 ELSE sent_at END
       WHERE id = ?1 AND user_id = ?2 AND state = ?3 AND (?7 IS NULL OR version = ?7)`,
    )
    .bind(
      draftId,
      userId,
      from,
      to,
      options.reason ?? null,
      now.toISOString(),
      options.version ?? null,
    )
    .run();
  if (result.meta.changes !== 1) throw new DraftConflict(draftId, from, to);
}

/** Replaces a pending draft's text and bumps its version, so older approvals no longer match. */
export async function editDraftText(
  db: D1Database,
  userId: string,
  draftId: string,
  expectedVersion: number,
  text: { subject: string; body: string },
  now: Date,
): Promise<number> {
  const row = await db
    .prepare(
      `UPDATE drafts SET subject = ?4, body = ?5, version = version + 1, updated_at = ?6
       WHERE id = ?1 AND user_id = ?2 AND state = 'pending' AND version = ?3
       RETURNING version`,
    )
    .bind(draftId, userId, expectedVersion, text.subject, text.body, now.toISOString())
    .first<{ version: number }>();
  if (!row) throw new DraftConflict(draftId, "pending", "pending");
  return row.version;
}
