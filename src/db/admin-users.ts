import { forwardingAddress } from "../domain/inbox-address.ts";

/** One line per user for `npm run user -- list`. */
export interface UserListing {
  id: string;
  inboxAddress: string;
  /** The private address the user forwards to (the inbox with their forwarding secret). */
  forwardingAddress: string;
  ownerAddress: string;
  displayName: string | null;
  timeZone: string;
  digestHour: number;
  deliveryMode: string;
  paused: boolean;
  createdAt: string;
}

export async function listUsers(db: D1Database): Promise<UserListing[]> {
  const { results } = await db
    .prepare(
      `SELECT id, inbox_address AS inboxAddress, owner_address AS ownerAddress,
              display_name AS displayName, time_zone AS timeZone, digest_hour AS digestHour,
              delivery_mode AS deliveryMode, paused, created_at AS createdAt,
              forward_secret AS forwardSecret
       FROM users ORDER BY created_at`,
    )
    .all<
      Omit<UserListing, "paused" | "forwardingAddress"> & { paused: number; forwardSecret: string }
    >();
  return results.map(({ forwardSecret, ...r }) => ({
    ...r,
    forwardingAddress: forwardingAddress(r.inboxAddress, forwardSecret),
    paused: r.paused === 1,
  }));
}
