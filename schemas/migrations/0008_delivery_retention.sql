-- Delivery hardening, retention and deletion (issue 11, delivery half).

-- What each digest number showed besides the draft's version: the subject that will be sent
-- (direct mode threads as "Re: <their subject>") and the recipient's address. Delivery sends
-- to exactly that address and refuses when the contact's address changed since.
ALTER TABLE digest_items ADD COLUMN subject TEXT;
ALTER TABLE digest_items ADD COLUMN recipient_email TEXT;

-- Set just before a digest is handed to Email Sending, with its reply token and items
-- already stored: a digest whose send went out but whose 'sent' could not be recorded is
-- settled as sent by the next run (never sent twice), and its reply address keeps working.
ALTER TABLE digests ADD COLUMN send_started_at TEXT;

-- "delete my data": the first reply gets a code; "delete my data confirm <code>" within
-- 24 hours deletes everything of the user. Only the code's SHA-256 is stored.
CREATE TABLE deletion_requests (
  user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  code_hash TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Retention walks messages and drafts by age, in bounded batches.
CREATE INDEX inbound_for_retention ON inbound_messages (created_at);
CREATE INDEX drafts_by_updated ON drafts (updated_at);
