import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** Only in tests: the migrations read from schemas/migrations by vitest.config.ts. */
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
