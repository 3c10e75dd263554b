// The D1 both inbound benches (npm run bench, npm run fuzz) run the pipeline against, in Node
// and inside workerd (scripts/bench-inbound-worker.ts): it answers at once, from memory, so the
// CPU measured is Rebound's alone. It holds the bench user (scripts/bench-user.ts), who knows
// one contact, and counts round trips and statements; writes are accepted and forgotten.
import { BENCH_SECRETS, BENCH_USER_ROW } from "./bench-user.ts";

export interface StandInD1 {
  db: D1Database;
  counts: { roundTrips: number; statements: number };
}

/** A stand-in D1 whose one known contact (not pending) is `contact`. */
export function standInD1(contact: string): StandInD1 {
  const counts = { roundTrips: 0, statements: 0 };
  const statement = (sql: string) => {
    let params: unknown[] = [];
    const answer = (): unknown[] => {
      counts.statements += 1;
      if (sql.includes("FROM users u")) return [BENCH_USER_ROW];
      if (sql.includes("forward_secret")) return [BENCH_SECRETS];
      if (sql.includes("FROM contacts c JOIN users u") && params[1] && params[1] === contact) {
        return [
          {
            id: "c1",
            company_id: null,
            name: "Known Contact",
            email: params[1],
            title: null,
            kind: "recruiter",
            notes: "",
            warm: 0,
            do_not_contact: 0,
            linkedin_url: null,
            pending: 0,
          },
        ];
      }
      return [];
    };
    const s = {
      bind(...values: unknown[]) {
        params = values;
        return s;
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
    return s;
  };
  const db = {
    prepare: statement,
    batch: async (statements: { answer(): unknown[] }[]) => {
      counts.roundTrips += 1;
      return statements.map((s) => ({ success: true, results: s.answer(), meta: {} }));
    },
  } as unknown as D1Database;
  return { db, counts };
}

/** A RAW_MAIL stand-in that accepts every object and keeps none. */
export const standInBucket = {
  put: async () => ({}),
  get: async () => null,
  head: async () => null,
  delete: async () => undefined,
} as unknown as R2Bucket;
