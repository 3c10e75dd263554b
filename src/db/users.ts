import { contactAddress, forwardingAddress, newAddressSecret } from "../domain/inbox-address.ts";
import { nextDigestAt } from "../domain/local-time.ts";
import type { DeliveryMode, User } from "../domain/user.ts";
import type { DigestRecipient } from "./digests.ts";

interface UserRow {
  id: string;
  inbox_address: string;
  owner_address: string;
  display_name: string | null;
  time_zone: string;
  digest_hour: number;
  target_companies: string;
  delivery_mode: DeliveryMode;
  prefers_calling: number;
  paused: number;
  sending_address: string | null;
  extra_addresses: string | null;
  draft_language: string | null;
  follow_employer_language: number;
}

const SELECT_USER = `
  SELECT u.id, u.inbox_address, u.owner_address, u.display_name, u.time_zone, u.digest_hour,
         u.target_companies, u.delivery_mode, u.prefers_calling, u.paused, u.sending_address,
         u.draft_language, u.follow_employer_language,
         (SELECT json_group_array(a.address) FROM user_addresses a WHERE a.user_id = u.id) AS extra_addresses
  FROM users u`;

/** The statement that finds the user an inbox address belongs to. */
export function selectUserByInbox(db: D1Database, inboxAddress: string): D1PreparedStatement {
  return db.prepare(`${SELECT_USER} WHERE u.inbox_address = ?1`).bind(inboxAddress);
}

/** Maps a row of `selectUserByInbox` to a User. */
export function toUser(row: UserRow): User {
  const extra = JSON.parse(row.extra_addresses ?? "[]") as string[];
  return {
    id: row.id,
    inboxAddress: row.inbox_address,
    ownerAddress: row.owner_address,
    addresses: [row.owner_address, ...extra.filter((a) => a !== row.owner_address)],
    displayName: row.display_name,
    timeZone: row.time_zone,
    digestHour: row.digest_hour,
    targetCompanies: JSON.parse(row.target_companies) as string[],
    deliveryMode: row.delivery_mode,
    prefersCalling: row.prefers_calling === 1,
    paused: row.paused === 1,
    sendingAddress: row.sending_address,
    draftLanguage: row.draft_language,
    followEmployerLanguage: row.follow_employer_language !== 0,
  };
}

export type { UserRow };

export async function findUserByInbox(db: D1Database, inboxAddress: string): Promise<User | null> {
  const row = await selectUserByInbox(db, inboxAddress).first<UserRow>();
  return row ? toUser(row) : null;
}

export interface NewUser {
  inboxAddress: string;
  ownerAddress: string;
  otherAddresses?: readonly string[];
  displayName?: string | null;
  timeZone?: string;
  digestHour?: number;
  targetCompanies?: readonly string[];
  deliveryMode?: DeliveryMode;
  prefersCalling?: boolean;
  sendingAddress?: string | null;
}

/** The addresses a user's Rebound answers at (see src/domain/inbox-address.ts). */
export interface UserAddresses {
  /** The private address the user forwards to. */
  forwardingAddress: string;
  /** The address contacts may write to directly. */
  contactAddress: string;
}

/** Creates a user, their secrets and extra addresses in one transaction; returns the new id. */
export async function insertUser(db: D1Database, user: NewUser, now: Date): Promise<string> {
  const id = crypto.randomUUID();
  const timeZone = user.timeZone ?? "UTC";
  const digestHour = user.digestHour ?? 8;
  const statements = [
    db
      .prepare(
        `INSERT INTO users (id, inbox_address, owner_address, display_name, time_zone, digest_hour,
                            target_companies, delivery_mode, prefers_calling, sending_address,
                            created_at, forward_secret, contact_secret, next_digest_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)`,
      )
      .bind(
        id,
        user.inboxAddress.toLowerCase(),
        user.ownerAddress.toLowerCase(),
        user.displayName ?? null,
        timeZone,
        digestHour,
        JSON.stringify(user.targetCompanies ?? []),
        user.deliveryMode ?? "handoff",
        user.prefersCalling ? 1 : 0,
        user.sendingAddress?.toLowerCase() ?? null,
        now.toISOString(),
        newAddressSecret(),
        newAddressSecret(),
        nextDigestAt(now, timeZone, digestHour, false).toISOString(),
      ),
    ...(user.otherAddresses ?? []).map((address) =>
      db
        .prepare("INSERT INTO user_addresses (user_id, address) VALUES (?1, ?2)")
        .bind(id, address.toLowerCase()),
    ),
  ];
  await db.batch(statements);
  return id;
}

export async function findUserById(db: D1Database, userId: string): Promise<User | null> {
  const row = await db.prepare(`${SELECT_USER} WHERE u.id = ?1`).bind(userId).first<UserRow>();
  return row ? toUser(row) : null;
}

/** The forwarding and contact addresses of a user, or null when there is no such user. */
export async function findUserAddresses(
  db: D1Database,
  userId: string,
): Promise<UserAddresses | null> {
  const row = await db
    .prepare("SELECT inbox_address, forward_secret, contact_secret FROM users WHERE id = ?1")
    .bind(userId)
    .first<SecretsRow>();
  return row ? toAddresses(row) : null;
}

interface SecretsRow {
  inbox_address: string;
  forward_secret: string;
  contact_secret: string;
}

function toAddresses(row: SecretsRow): UserAddresses {
  return {
    forwardingAddress: forwardingAddress(row.inbox_address, row.forward_secret),
    contactAddress: contactAddress(row.inbox_address, row.contact_secret),
  };
}

/** Which address a rotation replaces: the forwarding one (default), the contact one, or both. */
export type RotatedAddress = "forward" | "contact" | "both";

/**
 * Replaces an address secret: mail to the old address is refused from now on. Returns the
 * addresses as they now are, or null when there is no such user.
 */
export async function rotateAddressSecrets(
  db: D1Database,
  userId: string,
  which: RotatedAddress = "forward",
): Promise<UserAddresses | null> {
  const forward = which === "contact" ? null : newAddressSecret();
  const contact = which === "forward" ? null : newAddressSecret();
  const row = await db
    .prepare(
      `UPDATE users SET forward_secret = coalesce(?2, forward_secret),
                        contact_secret = coalesce(?3, contact_secret)
       WHERE id = ?1
       RETURNING inbox_address, forward_secret, contact_secret`,
    )
    .bind(userId, forward, contact)
    .first<SecretsRow>();
  return row ? toAddresses(row) : null;
}

/** Where the hourly run has got to in the users due: (next_digest_at, id) of the last one read. */
export interface DueCursor {
  nextDigestAt: string;
  id: string;
}

/**
 * One page of users whose digest is due at `now`, in (next_digest_at, id) order after
 * `cursor`; one query, through users_by_next_digest (paused users are not in it).
 */
export async function listDueUsers(
  db: D1Database,
  now: Date,
  cursor: DueCursor | null,
  limit: number,
): Promise<DueCursor[]> {
  const { results } = await db
    .prepare(
      `SELECT next_digest_at AS nextDigestAt, id FROM users
       WHERE paused = 0 AND next_digest_at <= ?1 AND (next_digest_at, id) > (?2, ?3)
       ORDER BY next_digest_at, id LIMIT ?4`,
    )
    .bind(now.toISOString(), cursor?.nextDigestAt ?? "", cursor?.id ?? "", limit)
    .all<DueCursor>();
  return results;
}

/** A user as their digest needs them, with when it falls due. */
export interface ScheduledRecipient extends DigestRecipient {
  nextDigestAt: string;
}

/** A user as their digest needs them, or null when they are gone or paused; one query. */
export async function findDigestRecipient(
  db: D1Database,
  userId: string,
): Promise<ScheduledRecipient | null> {
  const row = await db
    .prepare(
      `SELECT id, owner_address AS ownerAddress, inbox_address AS inboxAddress,
              display_name AS displayName, time_zone AS timeZone, digest_hour AS digestHour,
              next_digest_at AS nextDigestAt, forward_secret AS forwardSecret
       FROM users WHERE id = ?1 AND paused = 0`,
    )
    .bind(userId)
    .first<ScheduledRecipient & { forwardSecret: string }>();
  if (!row) return null;
  const { forwardSecret, ...recipient } = row;
  return {
    ...recipient,
    forwardingAddress: forwardingAddress(recipient.inboxAddress, forwardSecret),
  };
}

/**
 * Stores when the user's next digest falls due. Only moves forward from the value the run
 * read (`from`), so a settings change made meanwhile (which resets it to '') is not lost.
 */
export async function setNextDigestAt(
  db: D1Database,
  userId: string,
  from: string,
  next: Date,
): Promise<void> {
  await db
    .prepare("UPDATE users SET next_digest_at = ?3 WHERE id = ?1 AND next_digest_at = ?2")
    .bind(userId, from, next.toISOString())
    .run();
}
