import * as v from "valibot";

/**
 * Every binding, secret and var Rebound reads. The `Env` type itself is generated from
 * wrangler.toml by `npm run types`; this is where each one is explained and validated.
 *
 * - DB                  D1 database: every table in schemas/migrations.
 * - SERVICE_ADDRESS     The address Rebound sends from. Mail from it is never acted on (loop guard).
 * - MAX_MESSAGE_BYTES   Raw messages larger than this are refused before parsing.
 * - EMAIL               Email Sending binding: digests, confirmations, handoffs, direct sends.
 * - D1_QUERIES_PER_RUN  D1 queries one invocation may spend (50 on the free plan); a digest job
 *                       spends 20 (npm run bench:fleet measures every invocation).
 * - RAW_RETENTION_DAYS  Raw messages are deleted after this many days (default 30).
 * - TEXT_RETENTION_DAYS Message text is cleared after this many days (default 365).
 * - PUBLIC_URL          The Worker's own https address, for the calendar feed's link in mail.
 * - WARM_UP             "full" (default): start-up compiles the inbound path, so an isolate's
 *                       first message costs ~10 ms CPU; "off" skips it, should a deploy report
 *                       start-up over Cloudflare's 1 s (README, "Measuring"). Read in index.ts.
 */
const ConfigSchema = v.object({
  serviceAddress: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email()),
  maxMessageBytes: v.pipe(
    v.string(),
    v.transform(Number),
    v.integer(),
    v.minValue(64 * 1024),
    // Email Routing itself refuses anything above 25 MiB.
    v.maxValue(25 * 1024 * 1024),
  ),
  d1QueriesPerRun: v.pipe(v.string(), v.transform(Number), v.integer(), v.minValue(10)),
  publicUrl: v.pipe(
    v.optional(v.string(), ""),
    v.trim(),
    v.transform((url) => url.replace(/\/+$/, "") || null),
    v.nullable(v.pipe(v.string(), v.url())),
  ),
});
/** `publicUrl` may be absent where no calendar link is written (benches, older callers). */
export type Config = Omit<v.InferOutput<typeof ConfigSchema>, "publicUrl"> & {
  publicUrl?: string | null;
};

/** Validated configuration; a misconfigured deployment fails loudly on its first event. */
export function readConfig(env: Env): Config {
  return v.parse(ConfigSchema, {
    serviceAddress: env.SERVICE_ADDRESS,
    maxMessageBytes: env.MAX_MESSAGE_BYTES,
    d1QueriesPerRun: env.D1_QUERIES_PER_RUN,
    publicUrl: env.PUBLIC_URL,
  });
}

const days = (fallback: string) =>
  v.pipe(v.optional(v.string(), fallback), v.transform(Number), v.integer(), v.minValue(1));
const RetentionSchema = v.object({ rawDays: days("30"), textDays: days("365") });

/** The retention periods, in days; unset vars fall back to the documented 30 and 365. */
export function readRetention(env: Env): v.InferOutput<typeof RetentionSchema> {
  return v.parse(RetentionSchema, {
    rawDays: env.RAW_RETENTION_DAYS,
    textDays: env.TEXT_RETENTION_DAYS,
  });
}

declare global {
  interface Env {
    /** Secret (`wrangler secret put ADMIN_TOKEN`): bearer token for /admin/*; unset, it refuses all. */
    ADMIN_TOKEN?: string;
  }
}
