/** A statement as the fault rule sees it: its SQL and the values bound to it. */
export interface SeenStatement {
  sql: string;
  params: unknown[];
}

/**
 * Wraps a D1 binding so that chosen queries fail like D1 does ("D1_ERROR: …"). `fails` is
 * asked for every query (each statement of a batch; a batch fails whole, as D1's does) in
 * order and returns true for those to fail. Queries that do not fail reach the real D1.
 */
export function faultyD1(db: D1Database, fails: (statement: SeenStatement) => boolean) {
  const seen = new WeakMap<D1PreparedStatement, SeenStatement>();
  const injected: SeenStatement[] = [];
  const check = (statements: SeenStatement[]) => {
    // Ask the rule about every statement, so a counting rule counts each one.
    const failing = statements.filter((s) => fails(s));
    if (failing.length > 0) {
      injected.push(...failing);
      throw new Error(`D1_ERROR: injected fault on: ${failing[0]?.sql.slice(0, 80)}`);
    }
  };
  const wrap = (statement: D1PreparedStatement, info: SeenStatement): D1PreparedStatement => {
    const wrapped = new Proxy(statement, {
      get(target, key) {
        if (key === "bind") {
          return (...params: unknown[]) => wrap(target.bind(...params), { sql: info.sql, params });
        }
        if (key === "run" || key === "first" || key === "all" || key === "raw") {
          return (...args: unknown[]) => {
            check([info]);
            return (target[key] as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        const value = Reflect.get(target, key, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    seen.set(wrapped, info);
    real.set(wrapped, statement);
    return wrapped;
  };
  const real = new WeakMap<D1PreparedStatement, D1PreparedStatement>();
  const proxy = new Proxy(db, {
    get(target, key) {
      if (key === "prepare") return (sql: string) => wrap(target.prepare(sql), { sql, params: [] });
      if (key === "batch") {
        return async (statements: D1PreparedStatement[]) => {
          check(statements.map((s) => seen.get(s) ?? { sql: "?", params: [] }));
          return target.batch(statements.map((s) => real.get(s) ?? s));
        };
      }
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
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
