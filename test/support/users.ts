/** The job seeker every fixture belongs to (see test/fixtures/README.md). */
export const JORDAN = {
  inbox: "jobs@jordanlee.dev",
  owner: "jordan.lee@gmail.com",
  otherAddresses: [
    "jordan.lee@outlook.com",
    "jordanlee@icloud.com",
    "jordan.lee@yahoo.com",
    "jordan@jordanlee.dev",
  ],
  name: "Jordan Lee",
} as const;

export const JORDAN_SELF = {
  addresses: [JORDAN.owner, ...JORDAN.otherAddresses],
  names: [JORDAN.name],
};
