// A D1 that answers from memory at once, for running the inbound pipeline where no database is
// wanted: the Worker's start-up warm-up (src/inbound/warm-up-inbound.ts) and the benches
// (scripts/stand-in-d1.ts), so that both answer the pipeline's statements the same way. It
// knows the statements of lookUpArrival (./inbound.ts) by their text, so it lives beside them.
import type { ContactRow } from "./inbound.ts";
import type { UserRow } from "./users.ts";

/** The draft-language columns (migration 0009), which a held users row may leave out. */
type LanguageColumn = "draft_language" | "follow_employer_language";

/**
 * A users row as the memory holds it. Without the draft-language columns, toUser reads no
 * preferred language and following the employer, as a new account has it (0009's defaults).
 */
export type HeldUserRow = Omit<UserRow, LanguageColumn> & Partial<Pick<UserRow, LanguageColumn>>;

/** What the memory holds: one user, their address secrets and one confirmed contact. */
export interface MemoryHolding {
  user: HeldUserRow;
  secrets: { forward_secret: string; contact_secret: string };
  contact: ContactRow;
}

export interface MemoryD1 {
  db: D1Database;
  /** Round trips (each first/run/all/raw and each batch) and statements answered, for the benches. */
  counts: { roundTrips: number; statements: number };
}

/**
 * A D1 holding only `holding`: the user lookup, the secrets and the contact by address are
 * answered; every other read finds nothing, every write is accepted and forgotten.
 */
export function memoryD1(holding: MemoryHolding): MemoryD1 {
  const counts = { roundTrips: 0, statements: 0 };
  const { email } = holding.contact;
  const prepare = (sql: string) => {
    let params: unknown[] = [];
    const answer = (): unknown[] => {
      counts.statements += 1;
      if (sql.includes("FROM users u")) return [holding.user];
      if (sql.includes("forward_secret")) return [holding.secrets];
      // An empty address (a bench message without a sender) knows no one.
      if (sql.includes("FROM contacts c JOIN users u") && params[1] && params[1] === email)
        return [holding.contact];
      return [];
    };
    const statement = {
      bind(...values: unknown[]) {
        params = values;
        return statement;
      },
      answer,
      first: async () => {
        counts.roundTrips += 1;
        return answer()[0] ?? null;
      },
      run: async () => {
        counts.roundTrips += 1;
        answer();
        return { success: true, results: [], meta: { changes: 0 } };
      },
      all: async () => {
        counts.roundTrips += 1;
        return { success: true, results: answer(), meta: {} };
      },
      raw: async () => {
        counts.roundTrips += 1;
        return answer().map((row) => Object.values(row as object));
      },
    };
    return statement;
  };
  const db = {
    prepare,
    batch: async (statements: { answer(): unknown[] }[]) => {
      counts.roundTrips += 1;
      return statements.map((s) => ({ success: true, results: s.answer(), meta: {} }));
    },
  } as unknown as D1Database;
  return { db, counts };
}

/** The draft-language columns as a new account has them (migration 0009's defaults). */
export const NEW_ACCOUNT_LANGUAGE: Pick<UserRow, LanguageColumn> = {
  draft_language: null,
  follow_employer_language: 1,
};

/**
 * A users row for `who` with the settings a new account starts with (schemas/migrations) and
 * `extraAddresses` as SELECT_USER (./users.ts) aggregates them. The draft-language columns are
 * the caller's to give (`language`, or none: see HeldUserRow); they stand where SELECT_USER
 * reads them, before extra_addresses.
 */
export function newUserRow(
  who: Pick<UserRow, "id" | "inbox_address" | "owner_address" | "display_name">,
  extraAddresses: string[],
  language: Partial<Pick<UserRow, LanguageColumn>> = {},
): HeldUserRow {
  return {
    ...who,
    time_zone: "UTC",
    digest_hour: 8,
    target_companies: "[]",
    delivery_mode: "handoff",
    prefers_calling: 0,
    paused: 0,
    sending_address: null,
    ...language,
    extra_addresses: JSON.stringify(extraAddresses),
  };
}

/** A confirmed recruiter's contacts row for `who`, with nothing noted about them yet. */
export function recruiterRow(
  who: Pick<ContactRow, "id" | "company_id" | "name" | "email" | "title">,
): ContactRow {
  return {
    ...who,
    kind: "recruiter",
    notes: "",
    warm: 0,
    do_not_contact: 0,
    linkedin_url: null,
    pending: 0,
  };
}
