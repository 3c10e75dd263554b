// The job seeker both benches' stand-in D1 answers with: the demo user, as a users row.
export const BENCH_USER_ROW = {
  id: "u1",
  inbox_address: "jobs@jordanlee.dev",
  owner_address: "jordan.lee@gmail.com",
  display_name: "Jordan Lee",
  time_zone: "UTC",
  digest_hour: 8,
  target_companies: "[]",
  delivery_mode: "handoff",
  prefers_calling: 0,
  paused: 0,
  sending_address: null,
  extra_addresses: JSON.stringify([
    "jordan.lee@outlook.com",
    "jordanlee@icloud.com",
    "jordan.lee@yahoo.com",
    "jordan@jordanlee.dev",
  ]),
};

/** The stand-in user's address secrets (see src/domain/inbox-address.ts). */
export const BENCH_SECRETS = {
  forward_secret: "0123456789abcdef0123456789abcdef",
  contact_secret: "fedcba9876543210fedcba9876543210",
};

/** Where the bench user's mail goes: the forwarding and contact addresses with their secrets. */
export const FORWARD_TO = `jobs+fwd-${BENCH_SECRETS.forward_secret}@jordanlee.dev`;
export const CONTACT_TO = `jobs+re-${BENCH_SECRETS.contact_secret}@jordanlee.dev`;
