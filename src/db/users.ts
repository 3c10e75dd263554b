import type { DeliveryMode, User } from "../domain/user.ts";

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

/** Creates a user and their extra addresses in one transaction; returns the new id. */
export async function insertUser(db: D1Database, user: NewUser, now: Date): Promise<string> {
  const id = crypto.randomUUID();
  const statements = [
    db
      .prepare(
        `INSERT INTO users (id, inbox_address, owner_address, display_name, time_zone, digest_hour,
                            target_companies, delivery_mode, prefers_calling, sending_address,
                            created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`,
      )
      .bind(
        id,
        user.inboxAddress.toLowerCase(),
        user.ownerAddress.toLowerCase(),
        user.displayName ?? null,
        user.timeZone ?? "UTC",
        user.digestHour ?? 8,
        JSON.stringify(user.targetCompanies ?? []),
        user.deliveryMode ?? "handoff",
        user.prefersCalling ? 1 : 0,
        user.sendingAddress?.toLowerCase() ?? null,
        now.toISOString(),
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
