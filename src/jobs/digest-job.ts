import { findDigestRecipient, setNextDigestAt } from "../db/users.ts";
import { type SendRaw, sendDigestForUser } from "../digest/run-digests.ts";
import { isDigestDue, nextDigestAt } from "../domain/local-time.ts";

export type DigestJobOutcome = "sent" | "empty" | "taken" | "not_due" | "gone" | "failed";

/**
 * One user's digest, in an invocation of its own: about 20 D1 statements in 7 round trips
 * (the user, the claim, the reads, Claude's cost, the record, the sent mark, the next due
 * instant; `npm run bench:fleet` counts them). The
 * per-day claim row keeps it to one a day however often the job runs; "failed" asks the
 * queue to retry it.
 */
export async function runDigestJob(
  db: D1Database,
  send: SendRaw,
  serviceAddress: string,
  userId: string,
  at: Date,
): Promise<DigestJobOutcome> {
  const user = await findDigestRecipient(db, userId);
  if (!user) return "gone";
  // A second job for a day already served (the run fired twice, or a retry came late).
  if (user.nextDigestAt > at.toISOString()) return "taken";
  if (!isDigestDue(at, user.timeZone, user.digestHour)) {
    // Due only on paper (a new user, or the settings changed): store the real instant.
    await setNextDigestAt(
      db,
      user.id,
      user.nextDigestAt,
      nextDigestAt(at, user.timeZone, user.digestHour, false),
    );
    return "not_due";
  }
  const outcome = await sendDigestForUser(db, send, { serviceAddress }, user, at);
  if (outcome === "failed") return outcome;
  // Sent, nothing to say, or another invocation has today's: the next one is tomorrow's.
  await setNextDigestAt(
    db,
    user.id,
    user.nextDigestAt,
    nextDigestAt(at, user.timeZone, user.digestHour, true),
  );
  return outcome;
}
