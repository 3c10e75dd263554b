import type { DraftState } from "../domain/draft-state.ts";
import type { Channel, MessageKind } from "../domain/message-kind.ts";
import type { User } from "../domain/user.ts";
import { type UserChanges, updateUserSettings } from "./settings.ts";
import { selectUserByInbox, toUser, type UserRow } from "./users.ts";

/** A digest a reply may answer: whose it was and until when its reply address works. */
export interface RepliedDigest {
  id: string;
  userId: string;
  subject: string | null;
  expiresAt: string | null;
}

/** A numbered item of a digest as it stands now, next to the version the digest showed. */
export interface DigestItemNow {
  number: number;
  draftId: string;
  shownVersion: number;
  state: DraftState;
  version: number;
  kind: MessageKind;
  channel: Channel;
  contactId: string;
  contactName: string | null;
  contactEmail: string | null;
  doNotContact: boolean;
  subject: string;
  body: string;
}

/** Everything a command reply needs, read in one round trip. */
export interface CommandContext {
  user: User | null;
  digest: RepliedDigest | null;
  items: DigestItemNow[];
  alreadyHandled: boolean;
  /** Confirmations already mailed today (UTC) for replies to this digest. */
  confirmationsToday: number;
  /** The digest's group numbers (the LinkedIn card), one row per member. */
  groups: { number: number; member: number }[];
  /** The digest's numbered people (missing an address, or to confirm), as they are now. */
  people: DigestPersonNow[];
}

/** A person a digest numbered, as they stand now. */
export interface DigestPersonNow {
  number: number;
  contactId: string;
  /** "Lena Fischer (Globex)", or "someone". */
  name: string;
  email: string | null;
  /** Still waiting for the user's confirmation (a contact's mail introduced them). */
  pending: boolean;
}

/** The user behind an inbox, the digest a reply token belongs to, its items, and a replay check. */
export async function lookUpCommandContext(
  db: D1Database,
  inboxAddress: string,
  tokenHash: string,
  messageKey: string,
  day: string,
): Promise<CommandContext> {
  const [users, digests, items, seen, confirmations, groups, people] = await db.batch([
    selectUserByInbox(db, inboxAddress),
    db
      .prepare(
        `SELECT d.id, d.user_id AS userId, d.subject, d.reply_token_expires_at AS expiresAt
         FROM digests d WHERE d.reply_token_hash = ?1
           AND (d.status = 'sent' OR (d.status = 'claimed' AND d.send_started_at IS NOT NULL))`,
      )
      .bind(tokenHash),
    db
      .prepare(
        `SELECT i.number, i.draft_id AS draftId, i.version AS shownVersion, d.state, d.version,
                d.kind, d.channel, d.contact_id AS contactId, c.name AS contactName,
                c.email AS contactEmail, c.do_not_contact AS doNotContact,
                coalesce(i.subject, d.subject) AS subject, d.body
         FROM digest_items i
         JOIN digests g ON g.id = i.digest_id
         JOIN drafts d ON d.id = i.draft_id AND d.user_id = g.user_id
         JOIN contacts c ON c.id = d.contact_id
         WHERE g.reply_token_hash = ?1
         ORDER BY i.number`,
      )
      .bind(tokenHash),
    db
      .prepare(
        `SELECT 1 AS seen FROM command_replies r JOIN users u ON u.id = r.user_id
         WHERE u.inbox_address = ?1 AND r.message_key = ?2`,
      )
      .bind(inboxAddress, messageKey),
    db
      .prepare(
        `SELECT count(*) AS n FROM command_replies r
         JOIN digests g ON g.id = r.digest_id
         WHERE g.reply_token_hash = ?1 AND r.confirmed = 1 AND substr(r.received_at, 1, 10) = ?2`,
      )
      .bind(tokenHash, day),
    db
      .prepare(
        `SELECT gr.number, gr.member_number AS member FROM digest_groups gr
         JOIN digests g ON g.id = gr.digest_id WHERE g.reply_token_hash = ?1
         ORDER BY gr.number, gr.member_number`,
      )
      .bind(tokenHash),
    db
      .prepare(
        `SELECT p.number, p.contact_id AS contactId,
                coalesce(c.name, 'someone') || coalesce(' (' || co.name || ')', '') AS name,
                c.email, c.pending
         FROM digest_people p JOIN digests g ON g.id = p.digest_id
         JOIN contacts c ON c.id = p.contact_id AND c.user_id = g.user_id
         LEFT JOIN companies co ON co.id = c.company_id
         WHERE g.reply_token_hash = ?1 ORDER BY p.number`,
      )
      .bind(tokenHash),
  ]);
  const userRow = users?.results[0] as UserRow | undefined;
  const rows = (items?.results ?? []) as (Omit<DigestItemNow, "doNotContact"> & {
    doNotContact: number;
  })[];
  return {
    user: userRow ? toUser(userRow) : null,
    digest: (digests?.results[0] as RepliedDigest | undefined) ?? null,
    items: rows.map((r) => ({ ...r, doNotContact: r.doNotContact === 1 })),
    alreadyHandled: (seen?.results.length ?? 0) > 0,
    confirmationsToday: (confirmations?.results[0] as { n: number } | undefined)?.n ?? 0,
    groups: (groups?.results ?? []) as CommandContext["groups"],
    people: (
      (people?.results ?? []) as (Omit<DigestPersonNow, "pending"> & { pending: number })[]
    ).map((p) => ({ ...p, pending: p.pending === 1 })),
  };
}

/** One change a command reply makes; all of a reply's changes are written in one transaction. */
export type CommandWrite =
  | { kind: "approve"; drafts: { id: string; version: number }[] }
  | { kind: "skip"; draftIds: string[] }
  | { kind: "edit"; draftId: string; version: number; subject: string; body: string }
  | { kind: "snooze"; draftIds: string[]; until: string }
  | { kind: "never"; contactIds: string[] }
  | { kind: "targets"; companies: string[] }
  | { kind: "paused"; paused: boolean }
  | {
      kind: "fill";
      draftId: string;
      version: number;
      subject: string;
      body: string;
      approve: boolean;
    }
  | { kind: "address"; contactId: string; email: string }
  | { kind: "confirm"; contactIds: string[] }
  | { kind: "decline"; contactIds: string[] }
  | { kind: "user"; changes: UserChanges }
  | { kind: "calendar"; secretHash: string | null };

/** What the transaction changed: the drafts each approving write really moved. */
export interface AppliedWrites {
  approved: Set<string>;
  edited: Set<string>;
  skipped: Set<string>;
  snoozed: Set<string>;
  /** Drafts a fill changed (and, when complete, approved). */
  filled: Set<string>;
  /** Contacts that got the address a reply gave. */
  addressed: Set<string>;
  /** Pending people the reply confirmed, and the held drafts that became theirs. */
  confirmed: Set<string>;
  released: Set<string>;
  /** Pending people the reply declined, now deleted. */
  declined: Set<string>;
}

/** Thrown when the reply was recorded by another delivery first: it must do nothing. */
export class ReplyAlreadyHandled extends Error {
  constructor() {
    super("this reply was already handled");
    this.name = "ReplyAlreadyHandled";
  }
}

/**
 * Records the reply and applies its changes in one transaction. Every draft change is
 * conditional on the state (and version) the plan assumed, and returns the ids it moved, so
 * a draft that changed under us is reported rather than overwritten.
 */
export async function applyCommandWrites(
  db: D1Database,
  reply: {
    id: string;
    userId: string;
    digestId: string;
    messageKey: string;
    /** A hash of what the reply said (see receive-command-reply.ts), or null. */
    contentKey?: string | null;
    receivedAt: string;
  },
  writes: readonly CommandWrite[],
  now: Date,
): Promise<AppliedWrites> {
  const at = now.toISOString();
  const uid = reply.userId;
  const statements: { kind: keyof AppliedWrites | null; statement: D1PreparedStatement }[] = [
    {
      kind: null,
      statement: db
        .prepare(
          `INSERT INTO command_replies (id, user_id, digest_id, message_key, received_at, content_key)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
        )
        .bind(
          reply.id,
          uid,
          reply.digestId,
          reply.messageKey,
          reply.receivedAt,
          reply.contentKey ?? null,
        ),
    },
  ];
  for (const write of writes) {
    switch (write.kind) {
      case "approve":
        statements.push({
          kind: "approved",
          statement: db
            .prepare(
              `UPDATE drafts SET state = 'approved', state_reason = NULL, updated_at = ?2
               WHERE user_id = ?1 AND state IN ('pending', 'failed')
                 AND EXISTS (SELECT 1 FROM json_each(?3) j
                             WHERE json_extract(j.value, '$.id') = drafts.id
                               AND json_extract(j.value, '$.version') = drafts.version)
               RETURNING id`,
            )
            .bind(uid, at, JSON.stringify(write.drafts)),
        });
        break;
      case "edit":
        statements.push({
          kind: "edited",
          statement: db
            .prepare(
              `UPDATE drafts SET subject = ?4, body = ?5, version = version + 1,
                 state = 'approved', state_reason = 'edited by you', updated_at = ?6
               WHERE id = ?1 AND user_id = ?2 AND state IN ('pending', 'failed') AND version = ?3
               RETURNING id`,
            )
            .bind(write.draftId, uid, write.version, write.subject, write.body, at),
        });
        break;
      case "skip":
        statements.push({
          kind: "skipped",
          statement: db
            .prepare(
              `UPDATE drafts SET state = 'skipped', state_reason = 'skipped by you', updated_at = ?2
               WHERE user_id = ?1 AND state IN ('pending', 'failed')
                 AND id IN (SELECT value FROM json_each(?3))
               RETURNING id`,
            )
            .bind(uid, at, JSON.stringify(write.draftIds)),
        });
        break;
      case "snooze":
        statements.push({
          kind: "snoozed",
          statement: db
            .prepare(
              `UPDATE drafts SET due_at = ?3, updated_at = ?2
               WHERE user_id = ?1 AND state = 'pending' AND id IN (SELECT value FROM json_each(?4))
               RETURNING id`,
            )
            .bind(uid, at, write.until, JSON.stringify(write.draftIds)),
        });
        break;
      case "never":
        statements.push(
          {
            kind: null,
            statement: db
              .prepare(
                `UPDATE contacts SET do_not_contact = 1, updated_at = ?2
                 WHERE user_id = ?1 AND id IN (SELECT value FROM json_each(?3))`,
              )
              .bind(uid, at, JSON.stringify(write.contactIds)),
          },
          {
            kind: "skipped",
            statement: db
              .prepare(
                `UPDATE drafts SET state = 'skipped', state_reason = 'do not contact', updated_at = ?2
                 WHERE user_id = ?1 AND state IN ('pending', 'approved', 'failed')
                   AND contact_id IN (SELECT value FROM json_each(?3))
                 RETURNING id`,
              )
              .bind(uid, at, JSON.stringify(write.contactIds)),
          },
        );
        break;
      case "targets":
        statements.push({
          kind: null,
          statement: db
            .prepare("UPDATE users SET target_companies = ?2 WHERE id = ?1")
            .bind(uid, JSON.stringify(write.companies)),
        });
        break;
      case "paused":
        statements.push({
          kind: null,
          statement: db
            .prepare("UPDATE users SET paused = ?2 WHERE id = ?1")
            .bind(uid, write.paused ? 1 : 0),
        });
        break;
      case "fill":
        statements.push({
          kind: "filled",
          statement: db
            .prepare(
              `UPDATE drafts SET subject = ?4, body = ?5, version = version + 1, updated_at = ?6,
                 state = CASE WHEN ?7 = 1 THEN 'approved' ELSE state END,
                 state_reason = CASE WHEN ?7 = 1 THEN 'filled in by you' ELSE state_reason END
               WHERE id = ?1 AND user_id = ?2 AND state IN ('pending', 'failed') AND version = ?3
               RETURNING id`,
            )
            .bind(
              write.draftId,
              uid,
              write.version,
              write.subject,
              write.body,
              at,
              write.approve ? 1 : 0,
            ),
        });
        break;
      case "address":
        // Only a contact still without an address, and never an address another contact has.
        statements.push({
          kind: "addressed",
          statement: db
            .prepare(
              `UPDATE contacts SET email = ?3, updated_at = ?4
               WHERE id = ?2 AND user_id = ?1 AND email IS NULL
                 AND NOT EXISTS (SELECT 1 FROM contacts o WHERE o.user_id = ?1 AND o.email = ?3)
               RETURNING id`,
            )
            .bind(uid, write.contactId, write.email, at),
        });
        break;
      case "confirm": {
        const ids = JSON.stringify(write.contactIds);
        // Held drafts first (while the person is still pending), then the person itself.
        statements.push(
          {
            kind: "released",
            statement: db
              .prepare(
                `INSERT INTO drafts (id, user_id, contact_id, company_id, inbound_id, kind, channel,
                                     rule, subject, body, due_at, engine, language, register,
                                     created_at, updated_at)
                 SELECT h.id, ?1, h.contact_id, json_extract(h.draft, '$.companyId'),
                        (SELECT m.id FROM inbound_messages m
                         WHERE m.id = json_extract(h.draft, '$.inboundId') AND m.user_id = ?1),
                        json_extract(h.draft, '$.kind'), json_extract(h.draft, '$.channel'),
                        json_extract(h.draft, '$.rule'), json_extract(h.draft, '$.subject'),
                        json_extract(h.draft, '$.body'), json_extract(h.draft, '$.dueAt'),
                        coalesce(json_extract(h.draft, '$.engine'), 'template'),
                        json_extract(h.draft, '$.language'), json_extract(h.draft, '$.register'),
                        ?2, ?2
                 FROM held_follow_ups h JOIN contacts c ON c.id = h.contact_id AND c.user_id = ?1
                 WHERE h.user_id = ?1 AND c.pending = 1 AND c.do_not_contact = 0
                   AND h.contact_id IN (SELECT value FROM json_each(?3))
                   -- Named in two emails, planned twice: one draft of each kind.
                   AND h.rowid = (SELECT min(o.rowid) FROM held_follow_ups o
                                  WHERE o.contact_id = h.contact_id
                                    AND json_extract(o.draft, '$.kind') = json_extract(h.draft, '$.kind'))
                 RETURNING id`,
              )
              .bind(uid, at, ids),
          },
          {
            kind: null,
            statement: db
              .prepare(
                `DELETE FROM held_follow_ups
                 WHERE user_id = ?1 AND contact_id IN (SELECT value FROM json_each(?2))`,
              )
              .bind(uid, ids),
          },
          {
            kind: "confirmed",
            statement: db
              .prepare(
                `UPDATE contacts SET pending = 0, updated_at = ?2
                 WHERE user_id = ?1 AND pending = 1 AND id IN (SELECT value FROM json_each(?3))
                 RETURNING id`,
              )
              .bind(uid, at, ids),
          },
        );
        break;
      }
      case "decline": {
        const ids = JSON.stringify(write.contactIds);
        // Only people still pending: a confirmed contact is never deleted by this command.
        const stillPending = `SELECT id FROM contacts
           WHERE user_id = ?1 AND pending = 1 AND id IN (SELECT value FROM json_each(?2))`;
        statements.push(
          ...["held_follow_ups", "inbound_contacts", "drafts"].map((table) => ({
            kind: null,
            statement: db
              .prepare(
                `DELETE FROM ${table} WHERE user_id = ?1 AND contact_id IN (${stillPending})`,
              )
              .bind(uid, ids),
          })),
          {
            kind: null,
            statement: db
              .prepare(`DELETE FROM digest_people WHERE contact_id IN (${stillPending})`)
              .bind(uid, ids),
          },
          {
            kind: "declined",
            statement: db
              .prepare(`DELETE FROM contacts WHERE id IN (${stillPending}) RETURNING id`)
              .bind(uid, ids),
          },
        );
        break;
      }
      case "user":
        statements.push({ kind: null, statement: updateUserSettings(db, uid, write.changes) });
        break;
      case "calendar":
        statements.push({
          kind: null,
          statement: db
            .prepare("UPDATE users SET calendar_secret_hash = ?2 WHERE id = ?1")
            .bind(uid, write.secretHash),
        });
        break;
    }
  }
  let results: D1Result[];
  try {
    results = await db.batch(statements.map((s) => s.statement));
  } catch (error) {
    // The unique (user, message) key: a concurrent delivery of this same reply got there first.
    if (/UNIQUE constraint failed: command_replies/i.test(String(error))) {
      throw new ReplyAlreadyHandled();
    }
    throw error;
  }
  const applied: AppliedWrites = {
    approved: new Set(),
    edited: new Set(),
    skipped: new Set(),
    snoozed: new Set(),
    filled: new Set(),
    addressed: new Set(),
    confirmed: new Set(),
    released: new Set(),
    declined: new Set(),
  };
  statements.forEach(({ kind }, i) => {
    if (!kind) return;
    for (const row of (results[i]?.results ?? []) as { id: string }[]) applied[kind].add(row.id);
  });
  return applied;
}

/** Stores what the confirmation told the user about a reply, and whether it was mailed. */
export async function recordCommandSummary(
  db: D1Database,
  replyId: string,
  summary: string,
  confirmed = true,
): Promise<void> {
  await db
    .prepare("UPDATE command_replies SET summary = ?2, confirmed = ?3 WHERE id = ?1")
    .bind(replyId, summary.slice(0, 4000), confirmed ? 1 : 0)
    .run();
}
