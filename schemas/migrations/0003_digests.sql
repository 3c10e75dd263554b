-- The daily digest: one row per user and local date, claimed before anything is sent, so a
-- cron that fires twice, or two overlapping runs, send one digest.
CREATE TABLE digests (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  -- The user's calendar date in their time zone, "2026-11-23".
  local_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'empty', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 1,
  claimed_at TEXT NOT NULL,
  sent_at TEXT,
  subject TEXT,
  -- Our Message-ID, and the one the platform returned.
  message_id TEXT,
  platform_message_id TEXT,
  -- SHA-256 of the random token in the digest's Reply-To address; the token itself is never stored.
  reply_token_hash TEXT UNIQUE,
  reply_token_expires_at TEXT,
  error TEXT,
  UNIQUE (user_id, local_date)
);

-- What each number in a digest meant: the draft and the version of its text the user saw.
CREATE TABLE digest_items (
  digest_id TEXT NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  PRIMARY KEY (digest_id, number)
);
