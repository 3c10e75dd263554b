import { observedD1, type SeenStatement } from "./observed-d1.ts";

export type { SeenStatement };

/**
 * Wraps a D1 binding so that chosen queries fail like D1 does ("D1_ERROR: …"). `fails` is
 * asked for every query (each statement of a batch; a batch fails whole, as D1's does) in
 * order and returns true for those to fail. Queries that do not fail reach the real D1.
 */
export function faultyD1(db: D1Database, fails: (statement: SeenStatement) => boolean) {
  const injected: SeenStatement[] = [];
  const proxy = observedD1(db, (trip, send) => {
    // Ask the rule about every statement, so a counting rule counts each one.
    const failing = trip.statements.filter((s) => fails(s));
    if (failing.length > 0) {
      injected.push(...failing);
      throw new Error(`D1_ERROR: injected fault on: ${failing[0]?.sql.slice(0, 80)}`);
    }
    return send();
  });
  return { db: proxy, injected };
}

/** A rule failing the nth query only (a blip), or the nth and every one after (D1 down). */
export function nthQuery(n: number, mode: "once" | "from") {
  let count = 0;
  return () => {
    count += 1;
    return mode === "once" ? count === n : count >= n;
  };
}
