-- People a contact's own mail introduced wait for the user (contacts.pending = 1). What the
-- introduction would have planned for them is held here: not a draft, never shown or sent.
-- `confirm N` by reply moves these rows into drafts; `not N` deletes them with the person.

CREATE TABLE held_follow_ups (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  -- The planned draft as JSON (src/db/drafts.ts NewDraft): written to drafts as it is.
  draft TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX held_follow_ups_by_contact ON held_follow_ups (user_id, contact_id);
