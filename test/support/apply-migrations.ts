import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Every test file starts from the real schema, applied the way `wrangler d1 migrations apply` does.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
