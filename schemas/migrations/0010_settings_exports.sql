-- Settings by reply, the digest's extra numbers, and the calendar feed.

-- The user's draft language: NULL with follow_employer_language = 1 writes back in the
-- employer's language (`language auto`); a code ("de") with 0 always writes in that one.
-- (Engineer 12 adds the same columns in 0009; the lead keeps one of the two.)
ALTER TABLE users ADD COLUMN draft_language TEXT;
ALTER TABLE users ADD COLUMN follow_employer_language INTEGER DEFAULT 1;

-- SHA-256 of the secret in the user's calendar URL (/calendar/<secret>.ics); NULL: none or revoked.
ALTER TABLE users ADD COLUMN calendar_secret_hash TEXT;
CREATE UNIQUE INDEX users_by_calendar_secret ON users (calendar_secret_hash)
  WHERE calendar_secret_hash IS NOT NULL;

-- A number of a digest that stands for several drafts: the LinkedIn card's "approve 4".
CREATE TABLE digest_groups (
  digest_id TEXT NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  member_number INTEGER NOT NULL,
  PRIMARY KEY (digest_id, number, member_number)
);

-- The people a digest listed as missing an email address, by number: "address 14 maya@…".
CREATE TABLE digest_people (
  digest_id TEXT NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  PRIMARY KEY (digest_id, number)
);
