import type { Contact } from "../domain/contact.ts";

/** Stores a contact the user told Rebound about directly (or a test arranged). */
export async function insertContact(
  db: D1Database,
  userId: string,
  contact: Omit<Contact, "id">,
  now: Date,
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .prepare(
      `INSERT INTO contacts (id, user_id, company_id, name, email, title, kind, notes, warm,
                             do_not_contact, linkedin_url, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)`,
    )
    .bind(
      id,
      userId,
      contact.companyId,
      contact.name,
      contact.email?.toLowerCase() ?? null,
      contact.title,
      contact.kind,
      contact.notes,
      contact.warm ? 1 : 0,
      contact.doNotContact ? 1 : 0,
      contact.linkedinUrl,
      now.toISOString(),
    )
    .run();
  return id;
}
