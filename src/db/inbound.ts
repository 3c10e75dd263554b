import type { Contact } from "../domain/contact.ts";
import type { InboundRecord } from "../domain/inbound-record.ts";
import type { PlannedFollowUps } from "../domain/planned-follow-ups.ts";
import type { ContactHistory } from "../domain/touch.ts";
import type { User } from "../domain/user.ts";
import { companyIdByKey } from "./company-by-key.ts";
import {
  followUpStatements,
  selectFeedbackRequested,
  selectLastReplies,
  selectTouches,
  type TouchRow,
  touchesByContact,
} from "./drafts.ts";
import { selectUserByInbox, toUser, type UserRow } from "./users.ts";

export interface ContactRow {
  id: string;
  company_id: string | null;
  name: string | null;
  email: string | null;
  title: string | null;
  kind: Contact["kind"];
  notes: string;
  warm: number;
  do_not_contact: number;
  linkedin_url: string | null;
  pending?: number;
}

const CONTACT_COLUMNS =
  "c.id, c.company_id, c.name, c.email, c.title, c.kind, c.notes, c.warm, c.do_not_contact, c.linkedin_url, c.pending";

function toContact(row: ContactRow): Contact {
  return {
    id: row.id,
    companyId: row.company_id,
    name: row.name,
    email: row.email,
    title: row.title,
    kind: row.kind,
    notes: row.notes,
    warm: row.warm === 1,
    doNotContact: row.do_not_contact === 1,
    linkedinUrl: row.linkedin_url,
    pending: row.pending === 1,
  };
}

/** Who the message is for, whether its sender is a known contact, and whether it was seen before. */
export interface Arrival {
  user: User | null;
  /** The secrets of the user's forwarding and contact addresses (never leave this layer's caller). */
  secrets: { forward: string | null; contact: string | null };
  senderContact: Contact | null;
  alreadyStored: boolean;
}

/**
 * One round trip: the user behind an inbox and their address secrets, the sender as a
 * confirmed contact (a pending one cannot write), and a duplicate check.
 */
export async function lookUpArrival(
  db: D1Database,
  inboxAddress: string,
  senderAddress: string | null,
  messageId: string | null,
  contentHash: string,
): Promise<Arrival> {
  const [users, secrets, contacts, seen] = await db.batch([
    selectUserByInbox(db, inboxAddress),
    db
      .prepare("SELECT forward_secret, contact_secret FROM users WHERE inbox_address = ?1")
      .bind(inboxAddress),
    db
      .prepare(
        `SELECT ${CONTACT_COLUMNS} FROM contacts c JOIN users u ON u.id = c.user_id
         WHERE u.inbox_address = ?1 AND c.email = ?2 AND c.pending = 0`,
      )
      .bind(inboxAddress, senderAddress ?? ""),
    db
      .prepare(
        `SELECT 1 AS seen FROM inbound_messages m JOIN users u ON u.id = m.user_id
         WHERE u.inbox_address = ?1 AND (m.content_hash = ?2 OR m.message_id = ?3) LIMIT 1`,
      )
      .bind(inboxAddress, contentHash, messageId),
  ]);
  const userRow = users?.results[0] as UserRow | undefined;
  const contactRow = contacts?.results[0] as ContactRow | undefined;
  const secretRow = secrets?.results[0] as
    | { forward_secret: string | null; contact_secret: string | null }
    | undefined;
  return {
    user: userRow ? toUser(userRow) : null,
    secrets: {
      forward: secretRow?.forward_secret ?? null,
      contact: secretRow?.contact_secret ?? null,
    },
    senderContact: contactRow ? toContact(contactRow) : null,
    alreadyStored: (seen?.results.length ?? 0) > 0,
  };
}

/** What D1 holds about a company and people named in a message, and whether its original was seen. */
export interface Related {
  company: { id: string; name: string } | null;
  contacts: Contact[];
  originalSeen: boolean;
  history: ContactHistory;
}

/**
 * One round trip: the company by key, its contacts and any with the given emails, what was
 * already planned for them and when they last wrote, and whether the original was seen.
 */
export async function lookUpRelated(
  db: D1Database,
  userId: string,
  companyKey: string | null,
  emails: readonly string[],
  originalKey: string | null,
): Promise<Related> {
  const [companies, contacts, seen, touches, replies, asked] = await db.batch([
    db
      .prepare(`SELECT id, name FROM companies WHERE id = ${companyIdByKey("?2")}`)
      .bind(userId, companyKey ?? ""),
    db
      .prepare(
        `SELECT ${CONTACT_COLUMNS} FROM contacts c
         WHERE c.user_id = ?1
           AND (c.email IN (SELECT value FROM json_each(?2))
                OR c.company_id = ${companyIdByKey("?3")})
         LIMIT 200`,
      )
      .bind(userId, JSON.stringify(emails), companyKey ?? ""),
    db
      .prepare("SELECT 1 AS seen FROM inbound_messages WHERE user_id = ?1 AND original_key = ?2")
      .bind(userId, originalKey ?? ""),
    selectTouches(db, userId, emails, companyKey),
    selectLastReplies(db, userId, emails, companyKey),
    selectFeedbackRequested(db, userId, companyKey),
  ]);
  const replyRows = (replies?.results ?? []) as { contact_id: string; last_reply_at: string }[];
  return {
    company: (companies?.results[0] as { id: string; name: string } | undefined) ?? null,
    contacts: ((contacts?.results ?? []) as unknown as ContactRow[]).map(toContact),
    originalSeen: (seen?.results.length ?? 0) > 0,
    history: {
      touches: touchesByContact((touches?.results ?? []) as unknown as TouchRow[]),
      lastReplies: new Map(replyRows.map((r) => [r.contact_id, r.last_reply_at])),
      companyFeedbackRequested: (asked?.results.length ?? 0) > 0,
    },
  };
}

/** Writes every row of one inbound message, and its follow-ups, in one transaction: all or none. */
export async function recordInbound(
  db: D1Database,
  userId: string,
  record: InboundRecord,
  followUps: PlannedFollowUps | null,
  now: string,
): Promise<void> {
  await db.batch([
    ...inboundStatements(db, userId, record, now),
    ...(followUps ? followUpStatements(db, userId, followUps, now) : []),
  ]);
}

/** The statements `recordInbound` runs, exposed so the benchmark can count and time them. */
export function inboundStatements(
  db: D1Database,
  userId: string,
  record: InboundRecord,
  now: string,
): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  const { newCompany, application, inbound } = record;
  if (newCompany) {
    statements.push(
      db
        .prepare(
          `INSERT INTO companies (id, user_id, name, name_key, domain, created_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
        )
        .bind(newCompany.id, userId, newCompany.name, newCompany.key, newCompany.domain, now),
    );
  }
  if (application) {
    statements.push(
      db
        .prepare(
          `INSERT INTO applications (id, user_id, company_id, role, role_key, stage, outcome, created_at, updated_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce(?7, 'open'), ?8, ?8)
           ON CONFLICT (user_id, company_id, role_key) DO UPDATE SET
             stage = CASE WHEN excluded.stage = 'applied' THEN applications.stage ELSE excluded.stage END,
             outcome = coalesce(?7, applications.outcome),
             updated_at = ?8`,
        )
        .bind(
          application.id,
          userId,
          application.companyId,
          application.role,
          application.roleKey,
          application.stage,
          application.outcome,
          now,
        ),
    );
  }
  for (const { op, contact, introducedBy, namedInPassing } of record.contacts) {
    const pending = contact.pending ? 1 : 0;
    const values = [
      contact.id,
      userId,
      contact.companyId,
      contact.name,
      contact.email,
      contact.title,
      contact.kind,
      contact.notes,
      contact.warm ? 1 : 0,
      now,
    ];
    statements.push(
      op === "create"
        ? db
            .prepare(
              `INSERT INTO contacts (id, user_id, company_id, name, email, title, kind, notes, warm,
                                     created_at, updated_at, pending, introduced_by,
                                     named_in_passing)
               VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?11, ?12, ?13)`,
            )
            .bind(...values, pending, introducedBy ?? null, namedInPassing ? 1 : 0)
        : db
            .prepare(
              `UPDATE contacts SET company_id = ?3, name = ?4, email = ?5, title = ?6, kind = ?7,
                 notes = ?8, warm = ?9, updated_at = ?10, pending = min(pending, ?11)
               WHERE id = ?1 AND user_id = ?2`,
            )
            .bind(...values, pending),
    );
  }
  const confirmed = record.contacts.filter((w) => w.confirmedByOwner).map((w) => w.contact.id);
  if (confirmed.length > 0) {
    statements.push(
      db
        .prepare(
          `DELETE FROM held_follow_ups
           WHERE user_id = ?1 AND contact_id IN (SELECT value FROM json_each(?2))`,
        )
        .bind(userId, JSON.stringify(confirmed)),
    );
  }
  statements.push(
    db
      .prepare(
        `INSERT INTO inbound_messages (
           id, user_id, route, message_id, content_hash, original_key, envelope_from, sender, subject,
           received_at, raw_size, note, extracted_text, original_from, original_subject, original_date,
           forward_format, language, category, reason, confidence, engine, needs_review, loop_guard,
           company_id, application_id, contact_id, status, error, raw, created_at,
           raw_store, raw_key, raw_sha256)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20, ?21, ?22, ?23, ?24, ?25,
                 (SELECT id FROM applications WHERE user_id = ?2 AND company_id = ?25 AND role_key = ?26),
                 ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34)`,
      )
      .bind(
        inbound.id,
        userId,
        inbound.route,
        inbound.messageId,
        inbound.contentHash,
        inbound.originalKey,
        inbound.envelopeFrom,
        inbound.sender,
        inbound.subject,
        inbound.receivedAt,
        inbound.rawSize,
        inbound.note,
        inbound.extractedText,
        inbound.originalFrom,
        inbound.originalSubject,
        inbound.originalDate,
        inbound.forwardFormat,
        inbound.language,
        inbound.category,
        inbound.reason,
        inbound.confidence,
        inbound.engine,
        inbound.needsReview ? 1 : 0,
        inbound.loopGuard,
        inbound.companyId,
        application?.roleKey ?? null,
        inbound.contactId,
        inbound.status,
        inbound.error,
        inbound.raw,
        now,
        inbound.rawStore,
        inbound.rawKey,
        inbound.rawSha256,
      ),
  );
  if (record.links.length > 0) {
    // One statement for all links, however many people the message names (D1 counts statements).
    statements.push(
      db
        .prepare(
          `INSERT INTO inbound_contacts (inbound_id, contact_id, user_id, kind)
           SELECT ?1, json_extract(value, '$.contactId'), ?2, json_extract(value, '$.kind')
           FROM json_each(?3)`,
        )
        .bind(inbound.id, userId, JSON.stringify(record.links)),
    );
  }
  return statements;
}

/** Counts mail refused at the door; nothing about the message itself is kept. */
export async function countRefusal(db: D1Database, day: string, reason: string): Promise<void> {
  await db
    .prepare(
      `INSERT INTO refused_counts (day, reason, count) VALUES (?1, ?2, 1)
       ON CONFLICT (day, reason) DO UPDATE SET count = count + 1`,
    )
    .bind(day, reason)
    .run();
}
