import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { countRows, createJordan, deliver } from "./deliver.ts";
import { JORDAN } from "./users.ts";

/** A Gmail web forward from the job seeker of one original message (body as text or lines). */
export function gmailForward(original: {
  from: string;
  to?: string;
  /** The original's Cc line, when it copied someone. */
  cc?: string;
  subject: string;
  body: string | readonly string[];
  note?: string;
}): string {
  const id = crypto.randomUUID();
  return [
    `From: Jordan Lee <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    `Subject: Fwd: ${original.subject}`,
    "Date: Mon, 7 Dec 2026 09:12:00 +0100",
    `Message-ID: <${id}@mail.gmail.com>`,
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 8bit",
    "",
    original.note ?? "",
    "",
    "---------- Forwarded message ---------",
    `From: ${original.from}`,
    "Date: Fri, Dec 4, 2026 at 4:40 PM",
    `Subject: ${original.subject}`,
    `To: ${original.to ?? `Jordan Lee <${JORDAN.owner}>`}`,
    ...(original.cc ? [`Cc: ${original.cc}`] : []),
    "",
    "",
    typeof original.body === "string" ? original.body : original.body.join("\r\n"),
    "",
  ].join("\r\n");
}

export interface Stored {
  /** Contacts, not the people stored pending for the digest to ask about. */
  contacts: { name: string | null; email: string | null }[];
  /** People stored pending: named in passing, or introduced by a contact's own mail. */
  toConfirm: (string | null)[];
  drafts: { kind: string; name: string | null; email: string | null }[];
  companies: string[];
  roles: (string | null)[];
}

/**
 * Jordan's forward of one whole message as an attachment (message/rfc822), as Outlook and Apple
 * Mail send it, with her short note above.
 */
export function attachedForward(
  inner: string,
  forward: { subject: string; note: string; date?: string; messageId?: string },
): string {
  return [
    `From: ${JORDAN.name} <${JORDAN.owner}>`,
    "To: jobs@jordanlee.dev",
    `Subject: Fwd: ${forward.subject}`,
    `Date: ${forward.date ?? "Mon, 7 Dec 2026 18:20:00 +0100"}`,
    `Message-ID: <${forward.messageId ?? crypto.randomUUID()}@jordanlee.dev>`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="fwd"',
    "",
    "--fwd",
    "Content-Type: text/plain; charset=UTF-8",
    "",
    forward.note,
    "",
    "--fwd",
    "Content-Type: message/rfc822",
    "",
    inner,
    "--fwd--",
    "",
  ].join("\r\n");
}

/** What Rebound stored for the user: contacts, drafts with their contact, companies, roles. */
export async function stored(userId: string): Promise<Stored> {
  const contacts = await env.DB.prepare(
    "SELECT name, email FROM contacts WHERE user_id = ?1 AND pending = 0",
  )
    .bind(userId)
    .all<{ name: string | null; email: string | null }>();
  const toConfirm = await env.DB.prepare(
    "SELECT name FROM contacts WHERE user_id = ?1 AND pending = 1 ORDER BY name",
  )
    .bind(userId)
    .all<{ name: string | null }>();
  const drafts = await env.DB.prepare(
    `SELECT d.kind, c.name, c.email FROM drafts d JOIN contacts c ON c.id = d.contact_id
     WHERE d.user_id = ?1`,
  )
    .bind(userId)
    .all<{ kind: string; name: string | null; email: string | null }>();
  const companies = await env.DB.prepare("SELECT name FROM companies WHERE user_id = ?1")
    .bind(userId)
    .all<{ name: string }>();
  const roles = await env.DB.prepare("SELECT role FROM applications WHERE user_id = ?1")
    .bind(userId)
    .all<{ role: string | null }>();
  return {
    contacts: contacts.results,
    toConfirm: toConfirm.results.map((r) => r.name),
    drafts: drafts.results,
    companies: companies.results.map((r) => r.name),
    roles: roles.results.map((r) => r.role),
  };
}

/** Jordan forwards one original message to a fresh inbox; what was stored. */
export async function forwardToRebound(
  message: Parameters<typeof gmailForward>[0],
): Promise<Stored> {
  const { userId, inbox } = await createJordan();
  await deliver(gmailForward(message), { from: JORDAN.owner, to: inbox });
  return stored(userId);
}

/** What Rebound decided about one message: how it read it, its drafts and applications. */
export interface Handled {
  stored: {
    category: string;
    reason: string | null;
    company_id: string | null;
    application_id: string | null;
  } | null;
  drafts: number;
  applications: { stage: string; outcome: string | null }[];
}

/** Jordan forwards `raw` (not refused) to a fresh inbox; what Rebound decided about it. */
export async function handled(raw: string): Promise<Handled> {
  const { userId, inbox } = await createJordan();
  const message = await deliver(raw, { from: JORDAN.owner, to: inbox });
  expect(message.rejected).toBeNull();
  const stored = await env.DB.prepare(
    "SELECT category, reason, company_id, application_id FROM inbound_messages WHERE user_id = ?1",
  )
    .bind(userId)
    .first<NonNullable<Handled["stored"]>>();
  const applications = await env.DB.prepare(
    "SELECT stage, outcome FROM applications WHERE user_id = ?1",
  )
    .bind(userId)
    .all<Handled["applications"][number]>();
  return {
    stored,
    drafts: await countRows("drafts", userId),
    applications: applications.results,
  };
}
