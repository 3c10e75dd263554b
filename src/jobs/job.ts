import * as v from "valibot";

/** An ISO instant: the hourly run's scheduled time, which every job of that run works as of. */
const Instant = v.pipe(v.string(), v.isoTimestamp());

/**
 * Every job on the Rebound queue. A queue message crosses a boundary (it may come from an
 * older deployment, or be replayed from the dead-letter queue), so it is validated on arrival.
 */
export const JobSchema = v.variant("type", [
  /** One user's digest for the local day that is due at `at`. */
  v.object({ type: v.literal("digest"), userId: v.pipe(v.string(), v.minLength(1)), at: Instant }),
  /** The next page of users due at `at`, after the cursor: fans out into digest jobs. */
  v.object({
    type: v.literal("due_page"),
    at: Instant,
    after: v.object({ nextDigestAt: v.string(), id: v.string() }),
  }),
  /** Approved drafts a command reply did not get to send. */
  v.object({ type: v.literal("leftovers"), at: Instant }),
  /** Raw mail and old rows past the documented retention period. */
  v.object({ type: v.literal("retention"), at: Instant }),
]);
export type Job = v.InferOutput<typeof JobSchema>;

/** The job a message carries, or null when it is not one Rebound knows. */
export function readJob(body: unknown): Job | null {
  const result = v.safeParse(JobSchema, body);
  return result.success ? result.output : null;
}
