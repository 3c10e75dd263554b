/** Everything of one user that an export contains, read in one round trip; no raw mail. */
export interface ExportData {
  contacts: ExportContact[];
  applications: ExportApplication[];
  followUps: ExportFollowUp[];
  messages: ExportMessage[];
}

export interface ExportContact {
  id: string;
  name: string | null;
  email: string | null;
  title: string | null;
  kind: string;
  company: string | null;
  notes: string;
  warm: boolean;
  doNotContact: boolean;
  linkedinUrl: string | null;
  createdAt: string;
}

export interface ExportApplication {
  id: string;
  company: string;
  role: string | null;
  stage: string;
  outcome: string;
  createdAt: string;
  updatedAt: string;
}

export interface ExportFollowUp {
  id: string;
  kind: string;
  channel: string;
  state: string;
  dueAt: string;
  sentAt: string | null;
  subject: string;
  contactName: string | null;
  contactEmail: string | null;
  company: string | null;
}

export interface ExportMessage {
  receivedAt: string;
  route: string;
  category: string | null;
  reason: string | null;
  company: string | null;
  subject: string;
}

/** A user's contacts, applications, follow-ups and messages (no raw mail, no bodies of theirs). */
export async function loadExportData(db: D1Database, userId: string): Promise<ExportData> {
  const [contacts, applications, followUps, messages] = await db.batch([
    db
      .prepare(
        `SELECT c.id, c.name, c.email, c.title, c.kind, co.name AS company, c.notes, c.warm,
                c.do_not_contact AS doNotContact, c.linkedin_url AS linkedinUrl, c.created_at AS createdAt
         FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
         WHERE c.user_id = ?1 ORDER BY co.name, c.name`,
      )
      .bind(userId),
    db
      .prepare(
        `SELECT a.id, co.name AS company, a.role, a.stage, a.outcome, a.created_at AS createdAt,
                a.updated_at AS updatedAt
         FROM applications a JOIN companies co ON co.id = a.company_id
         WHERE a.user_id = ?1 ORDER BY a.created_at`,
      )
      .bind(userId),
    selectFollowUps(db, userId, false),
    db
      .prepare(
        `SELECT m.received_at AS receivedAt, m.route, m.category, m.reason, co.name AS company,
                m.subject
         FROM inbound_messages m LEFT JOIN companies co ON co.id = m.company_id
         WHERE m.user_id = ?1 ORDER BY m.received_at`,
      )
      .bind(userId),
  ]);
  type Flags = { warm: number; doNotContact: number };
  return {
    contacts: ((contacts?.results ?? []) as (Omit<ExportContact, keyof Flags> & Flags)[]).map(
      (c) => ({ ...c, warm: c.warm === 1, doNotContact: c.doNotContact === 1 }),
    ),
    applications: (applications?.results ?? []) as ExportApplication[],
    followUps: (followUps?.results ?? []) as ExportFollowUp[],
    messages: (messages?.results ?? []) as ExportMessage[],
  };
}

/** Follow-ups; `pendingOnly` for the calendar (what is still to come or due). */
function selectFollowUps(db: D1Database, userId: string, pendingOnly: boolean) {
  return db
    .prepare(
      `SELECT d.id, d.kind, d.channel, d.state, d.due_at AS dueAt, d.sent_at AS sentAt, d.subject,
              c.name AS contactName, c.email AS contactEmail, co.name AS company
       FROM drafts d JOIN contacts c ON c.id = d.contact_id
       LEFT JOIN companies co ON co.id = d.company_id
       WHERE d.user_id = ?1 ${pendingOnly ? "AND d.state IN ('pending', 'failed') AND c.do_not_contact = 0" : ""}
       ORDER BY d.due_at LIMIT 500`,
    )
    .bind(userId);
}

/** The follow-ups the calendar shows: pending or failed, to people not marked "never". */
export async function loadCalendarFollowUps(
  db: D1Database,
  userId: string,
): Promise<ExportFollowUp[]> {
  const { results } = await selectFollowUps(db, userId, true).all<ExportFollowUp>();
  return results;
}

/** The user a calendar secret belongs to (by its SHA-256), or null when wrong or revoked. */
export async function findUserByCalendarSecret(
  db: D1Database,
  secretHash: string,
): Promise<{ id: string; displayName: string | null; timeZone: string } | null> {
  return db
    .prepare(
      `SELECT id, display_name AS displayName, time_zone AS timeZone FROM users
       WHERE calendar_secret_hash = ?1`,
    )
    .bind(secretHash)
    .first();
}
