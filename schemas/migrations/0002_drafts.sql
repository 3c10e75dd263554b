-- Follow-up drafts: what Rebound proposes to send, to whom, when, and why.
-- State machine: pending -> approved -> sending -> sent | failed | unknown,
--                pending -> skipped | superseded. Every transition is a conditional UPDATE.

ALTER TABLE users ADD COLUMN prefers_calling INTEGER NOT NULL DEFAULT 0;

CREATE TABLE drafts (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  company_id TEXT REFERENCES companies(id) ON DELETE SET NULL,
  -- The message that led to this draft.
  inbound_id TEXT REFERENCES inbound_messages(id) ON DELETE SET NULL,
  kind TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('email', 'linkedin', 'call')),
  -- Which planning rule produced it, in words the digest can show.
  rule TEXT NOT NULL,
  subject TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  -- Increases whenever subject or body changes, so an approval names the text it saw.
  version INTEGER NOT NULL DEFAULT 1,
  due_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending'
    CHECK (state IN ('pending', 'approved', 'sending', 'sent', 'failed', 'unknown', 'skipped', 'superseded')),
  state_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  sent_at TEXT
);
CREATE INDEX drafts_by_contact ON drafts (user_id, contact_id, state);
CREATE INDEX drafts_due ON drafts (user_id, state, due_at);
-- One feedback request per company, ever (unless it was superseded before it went out).
CREATE UNIQUE INDEX one_feedback_request_per_company
  ON drafts (user_id, company_id) WHERE kind = 'feedback_request' AND state <> 'superseded';
