/** A statement as an observer sees it: its SQL and the values bound to it. */
export interface SeenStatement {
  sql: string;
  params: unknown[];
}

/** One round trip to D1: a single statement, or a whole batch. */
export interface RoundTrip {
  statements: SeenStatement[];
  batch: boolean;
}

/**
 * Sees every round trip a wrapped binding makes, with the call that makes it. It may count,
 * time, record or fail it (throwing fails the round trip whole, as D1 does), and must return
 * what `send` returns: each statement's result, meta included.
 */
export type D1Observer = (trip: RoundTrip, send: () => Promise<unknown[]>) => Promise<unknown[]>;

/**
 * Wraps a D1 binding so that `observe` sees every statement that reaches D1. `first()` is
 * answered from `all()`, as `first()` itself does, so the observer sees the result's meta
 * (rows read) that `first()` hides.
 */
export function observedD1(db: D1Database, observe: D1Observer): D1Database {
  const real = new WeakMap<
    D1PreparedStatement,
    { statement: D1PreparedStatement; seen: SeenStatement }
  >();
  const one = async (seen: SeenStatement, send: () => Promise<unknown>) =>
    (await observe({ statements: [seen], batch: false }, async () => [await send()]))[0];

  const wrap = (statement: D1PreparedStatement, seen: SeenStatement): D1PreparedStatement => {
    const wrapped = new Proxy(statement, {
      get(target, key) {
        if (key === "bind") {
          return (...params: unknown[]) => wrap(target.bind(...params), { sql: seen.sql, params });
        }
        if (key === "first") {
          return async (column?: string) => {
            const result = (await one(seen, () => target.all())) as D1Result<
              Record<string, unknown>
            >;
            const row = result.results[0] ?? null;
            return column === undefined || row === null ? row : row[column];
          };
        }
        if (key === "all" || key === "run" || key === "raw") {
          const method = Reflect.get(target, key) as (...a: unknown[]) => Promise<unknown>;
          return (...args: unknown[]) => one(seen, () => method.apply(target, args));
        }
        const value = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    real.set(wrapped, { statement, seen });
    return wrapped;
  };

  return new Proxy(db, {
    get(target, key) {
      if (key === "prepare") return (sql: string) => wrap(target.prepare(sql), { sql, params: [] });
      if (key === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          const parts = statements.map(
            (s) => real.get(s) ?? { statement: s, seen: { sql: "?", params: [] } },
          );
          return observe({ statements: parts.map((p) => p.seen), batch: true }, () =>
            target.batch(parts.map((p) => p.statement)),
          );
        };
      }
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** The rows a statement's result says D1 read (its meta.rows_read; none for `raw()`). */
export function rowsRead(result: unknown): number {
  return (result as { meta?: { rows_read?: number } } | null)?.meta?.rows_read ?? 0;
}
