// The D1 both inbound benches (npm run bench, npm run fuzz) run the pipeline against, in Node
// and inside workerd (scripts/bench-inbound-worker.ts): the warm-up's memory D1
// (src/db/memory-d1.ts), which answers at once, so the CPU measured is Rebound's alone. It holds
// the bench user (scripts/bench-user.ts), who knows one contact, and counts round trips and
// statements; writes are accepted and forgotten.
import { type MemoryD1, memoryD1, recruiterRow } from "../src/db/memory-d1.ts";
import { BENCH_SECRETS, BENCH_USER_ROW } from "./bench-user.ts";

/** A stand-in D1 whose one known contact (not pending) is `contact`. */
export function standInD1(contact: string): MemoryD1 {
  return memoryD1({
    user: BENCH_USER_ROW,
    secrets: BENCH_SECRETS,
    contact: recruiterRow({
      id: "c1",
      company_id: null,
      name: "Known Contact",
      email: contact,
      title: null,
    }),
  });
}

/** A RAW_MAIL stand-in that accepts every object and keeps none. */
export const standInBucket = {
  put: async () => ({}),
  get: async () => null,
  head: async () => null,
  delete: async () => undefined,
} as unknown as R2Bucket;
