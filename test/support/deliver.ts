import { env } from "cloudflare:workers";
import { findUserAddresses, insertUser, type NewUser } from "../../src/db/users.ts";
import worker from "../../src/index.ts";
import { emailMessage, type TestMessage } from "./email-message.ts";
import { JORDAN } from "./users.ts";

let inboxCounter = 0;

/** A test user and the addresses mail reaches them at. */
export interface CreatedUser {
  userId: string;
  /** The forwarding address (carries the user's forward secret): where the owner forwards. */
  inbox: string;
  /** The address contacts may write to (carries the contact secret). */
  contactInbox: string;
  /** The inbox without any secret: mail to it stores nothing. */
  bareInbox: string;
}

/** Creates Jordan with an inbox of their own, so tests never share a user. */
export async function createJordan(
  db: D1Database = env.DB,
  settings: Partial<NewUser> = {},
): Promise<CreatedUser> {
  inboxCounter += 1;
  const inbox = `jobs-${inboxCounter}-${crypto.randomUUID().slice(0, 8)}@jordanlee.dev`;
  const userId = await insertUser(
    db,
    {
      inboxAddress: inbox,
      ownerAddress: JORDAN.owner,
      otherAddresses: JORDAN.otherAddresses,
      displayName: JORDAN.name,
      timeZone: "Europe/Berlin",
      ...settings,
    },
    new Date(),
  );
  const addresses = await findUserAddresses(db, userId);
  if (!addresses) throw new Error("the user just created is missing");
  return {
    userId,
    inbox: addresses.forwardingAddress,
    contactInbox: addresses.contactAddress,
    bareInbox: settings.inboxAddress ?? inbox,
  };
}

/** Runs the Worker's real email() handler on a raw message, as Email Routing would. */
export async function deliver(
  raw: string | Uint8Array,
  envelope: { from: string; to: string },
  bindings: Env = env,
): Promise<TestMessage> {
  const message = emailMessage(raw, envelope.from, envelope.to);
  const handler = worker.email;
  await handler(message, bindings);
  return message;
}

/** Counts rows of a table that belong to a user. */
export async function countRows(table: string, userId: string): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE user_id = ?1`)
    .bind(userId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}
