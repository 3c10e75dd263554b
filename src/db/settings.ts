/** A user's settings, as `settings` lists them and as replies and the admin API change them. */
export interface UserSettings {
  displayName: string | null;
  timeZone: string;
  digestHour: number;
  draftLanguage: string | null;
  followEmployerLanguage: boolean;
  deliveryMode: "direct" | "handoff";
  sendingAddress: string | null;
  paused: boolean;
  targetCompanies: string[];
  calendarActive: boolean;
}

/** What may change; each field only when named. */
export interface UserChanges {
  displayName?: string | null;
  timeZone?: string;
  digestHour?: number;
  draftLanguage?: string | null;
  followEmployerLanguage?: boolean;
  deliveryMode?: "direct" | "handoff";
  sendingAddress?: string | null;
  paused?: boolean;
  targetCompanies?: string[];
}

/** Column of each changeable field; values are always bound, never spliced. */
const COLUMNS: Record<keyof UserChanges, string> = {
  displayName: "display_name",
  timeZone: "time_zone",
  digestHour: "digest_hour",
  draftLanguage: "draft_language",
  followEmployerLanguage: "follow_employer_language",
  deliveryMode: "delivery_mode",
  sendingAddress: "sending_address",
  paused: "paused",
  targetCompanies: "target_companies",
};

function columnValue(key: keyof UserChanges, value: UserChanges[keyof UserChanges]) {
  if (key === "targetCompanies") return JSON.stringify(value ?? []);
  if (typeof value === "boolean") return value ? 1 : 0;
  return value ?? null;
}

/** One UPDATE of the named fields (a no-op statement when none is named). */
export function updateUserSettings(
  db: D1Database,
  userId: string,
  changes: UserChanges,
): D1PreparedStatement {
  const keys = (Object.keys(changes) as (keyof UserChanges)[]).filter(
    (k) => changes[k] !== undefined,
  );
  if (keys.length === 0) return db.prepare("SELECT 1 WHERE ?1 IS NULL").bind(userId);
  const sets = keys.map((k, i) => `${COLUMNS[k]} = ?${i + 2}`).join(", ");
  return db
    .prepare(`UPDATE users SET ${sets} WHERE id = ?1`)
    .bind(userId, ...keys.map((k) => columnValue(k, changes[k])));
}

interface SettingsRow {
  display_name: string | null;
  time_zone: string;
  digest_hour: number;
  draft_language: string | null;
  follow_employer_language: number | null;
  delivery_mode: "direct" | "handoff";
  sending_address: string | null;
  paused: number;
  target_companies: string;
  calendar_secret_hash: string | null;
}

/** The statement that reads a user's settings. */
export function selectSettings(db: D1Database, userId: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT display_name, time_zone, digest_hour, draft_language, follow_employer_language,
              delivery_mode, sending_address, paused, target_companies, calendar_secret_hash
       FROM users WHERE id = ?1`,
    )
    .bind(userId);
}

export function toSettings(row: SettingsRow): UserSettings {
  return {
    displayName: row.display_name,
    timeZone: row.time_zone,
    digestHour: row.digest_hour,
    draftLanguage: row.draft_language,
    followEmployerLanguage: row.follow_employer_language !== 0,
    deliveryMode: row.delivery_mode,
    sendingAddress: row.sending_address,
    paused: row.paused === 1,
    targetCompanies: JSON.parse(row.target_companies) as string[],
    calendarActive: row.calendar_secret_hash !== null,
  };
}

export async function loadSettings(db: D1Database, userId: string): Promise<UserSettings | null> {
  const row = await selectSettings(db, userId).first<SettingsRow>();
  return row ? toSettings(row) : null;
}
