-- Approving by reply: who may pause, where direct mail is sent from, which replies were
-- already acted on, and how each approved draft went out.

-- 1 while the user has paused Rebound: no planning, no digests, until `resume`.
ALTER TABLE users ADD COLUMN paused INTEGER NOT NULL DEFAULT 0;
-- The user's own address on a domain onboarded to Email Sending; direct delivery sends from it.
-- NULL: approved messages are handed off to the user even in direct mode.
ALTER TABLE users ADD COLUMN sending_address TEXT;

-- 'direct' (Rebound sent it) or 'handoff' (mailed to the user ready to send), once sent.
ALTER TABLE drafts ADD COLUMN delivered_via TEXT CHECK (delivered_via IN ('direct', 'handoff'));
-- The platform's id for the message that delivered this draft.
ALTER TABLE drafts ADD COLUMN platform_message_id TEXT;

-- Every command reply acted on, so the same reply delivered twice does nothing the second time.
CREATE TABLE command_replies (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  digest_id TEXT NOT NULL REFERENCES digests(id) ON DELETE CASCADE,
  -- The reply's Message-ID, or a hash of the raw message when it has none.
  message_key TEXT NOT NULL,
  received_at TEXT NOT NULL,
  -- What the confirmation said, for the record.
  summary TEXT NOT NULL DEFAULT '',
  UNIQUE (user_id, message_key)
);
