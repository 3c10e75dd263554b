import { newUserRow } from "../src/db/memory-d1.ts";

/** The bench user's addresses besides the owner's (user_addresses). */
export const BENCH_EXTRA_ADDRESSES = [
  "jordan.lee@outlook.com",
  "jordanlee@icloud.com",
  "jordan.lee@yahoo.com",
  "jordan@jordanlee.dev",
];

/**
 * The job seeker both benches' stand-in D1 answers with: the demo user, as a users row. It has
 * no draft-language columns (it predates them; toUser reads it as a new account's defaults):
 * every figure the benches have reported was measured with this very row, so it stays as it is.
 */
export const BENCH_USER_ROW = newUserRow(
  {
    id: "u1",
    inbox_address: "jobs@jordanlee.dev",
    owner_address: "jordan.lee@gmail.com",
    display_name: "Jordan Lee",
  },
  BENCH_EXTRA_ADDRESSES,
);

/** The stand-in user's address secrets (see src/domain/inbox-address.ts). */
export const BENCH_SECRETS = {
  forward_secret: "0123456789abcdef0123456789abcdef",
  contact_secret: "fedcba9876543210fedcba9876543210",
};

/** Where the bench user's mail goes: the forwarding and contact addresses with their secrets. */
export const FORWARD_TO = `jobs+fwd-${BENCH_SECRETS.forward_secret}@jordanlee.dev`;
export const CONTACT_TO = `jobs+re-${BENCH_SECRETS.contact_secret}@jordanlee.dev`;
