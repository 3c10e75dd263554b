-- Settings by reply, the digest's extra numbers, and the calendar feed.

-- The draft language set by `language xx` / `language auto` lives in 0009's
-- users.draft_language and users.follow_employer_language.

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
