/** What Rebound holds for one user, for the admin view and the demo. */
export interface UserSummary {
  inbound: {
    route: string;
    category: string | null;
    reason: string | null;
    confidence: number | null;
    status: string;
    subject: string;
    company: string | null;
  }[];
  contacts: { name: string | null; email: string | null; kind: string; company: string | null }[];
  applications: { company: string; role: string | null; stage: string; outcome: string }[];
  drafts: {
    kind: string;
    channel: string;
    state: string;
    due_at: string;
    subject: string;
    body: string;
    name: string | null;
    email: string | null;
  }[];
}

/** One round trip: the user's recent messages, people, applications and planned drafts. */
export async function summariseUser(db: D1Database, userId: string): Promise<UserSummary> {
  const [inbound, contacts, applications, drafts] = await db.batch([
    db
      .prepare(
        `SELECT m.route, m.category, m.reason, m.confidence, m.status, m.subject, co.name AS company
         FROM inbound_messages m LEFT JOIN companies co ON co.id = m.company_id
         WHERE m.user_id = ?1 ORDER BY m.received_at DESC LIMIT 50`,
      )
      .bind(userId),
    db
      .prepare(
        `SELECT c.name, c.email, c.kind, co.name AS company
         FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
         WHERE c.user_id = ?1 ORDER BY co.name, c.name LIMIT 200`,
      )
      .bind(userId),
    db
      .prepare(
        `SELECT co.name AS company, a.role, a.stage, a.outcome
         FROM applications a JOIN companies co ON co.id = a.company_id
         WHERE a.user_id = ?1 ORDER BY a.updated_at DESC LIMIT 100`,
      )
      .bind(userId),
    db
      .prepare(
        `SELECT d.kind, d.channel, d.state, d.due_at, d.subject, d.body, c.name, c.email
         FROM drafts d JOIN contacts c ON c.id = d.contact_id
         WHERE d.user_id = ?1 ORDER BY d.due_at, c.name LIMIT 200`,
      )
      .bind(userId),
  ]);
  return {
    inbound: (inbound?.results ?? []) as UserSummary["inbound"],
    contacts: (contacts?.results ?? []) as UserSummary["contacts"],
    applications: (applications?.results ?? []) as UserSummary["applications"],
    drafts: (drafts?.results ?? []) as UserSummary["drafts"],
  };
}
