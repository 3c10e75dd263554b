-- Inbound hardening: a secret on every address that writes data, contacts that wait for the
-- user's say, raw mail out of D1 rows, and replies deduplicated on their content too.

-- 128 random bits (32 lower-case hex) in the forwarding address: jobs+fwd-<secret>@domain.
-- Only mail to that address, from the owner, is taken as a forward. Rotatable.
ALTER TABLE users ADD COLUMN forward_secret TEXT;
-- 128 random bits in the address contacts may write to: jobs+re-<secret>@domain. Mail there
-- is accepted only from known contacts and can never act as a forward or a command.
ALTER TABLE users ADD COLUMN contact_secret TEXT;
-- Existing users get their secrets now; randomblob() is evaluated once per row.
UPDATE users SET forward_secret = lower(hex(randomblob(16))) WHERE forward_secret IS NULL;
UPDATE users SET contact_secret = lower(hex(randomblob(16))) WHERE contact_secret IS NULL;

-- 1 for a person only a contact's own mail (From forgeable) introduced: no draft is planned
-- to them until the user confirms them.
ALTER TABLE contacts ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
-- Which contact's mail introduced a pending person (for the digest's "people to confirm").
ALTER TABLE contacts ADD COLUMN introduced_by TEXT;

-- Where the raw message is: 'r2' (object key raw_key), 'd1' (column raw, UTF-8 text),
-- 'd1_base64' (column raw, base64 of bytes that are not UTF-8), 'hash' (too large
-- for a D1 row and no bucket bound: only raw_sha256 and raw_size are kept), or NULL (not kept).
ALTER TABLE inbound_messages ADD COLUMN raw_store TEXT CHECK (raw_store IN ('r2', 'd1', 'd1_base64', 'hash'));
ALTER TABLE inbound_messages ADD COLUMN raw_key TEXT;
ALTER TABLE inbound_messages ADD COLUMN raw_sha256 TEXT;

-- A reply's content hash besides its Message-ID: a replay with the Message-ID removed or
-- changed is still recognised.
ALTER TABLE command_replies ADD COLUMN content_key TEXT;
CREATE UNIQUE INDEX command_replies_by_content ON command_replies (user_id, content_key)
  WHERE content_key IS NOT NULL;
-- 1 when a confirmation was mailed for this reply: at most a few per digest per day.
ALTER TABLE command_replies ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0;
