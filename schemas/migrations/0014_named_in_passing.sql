-- A person a message names only in passing in its prose ("the conversation with Marguerite
-- was strong") is no contact on that evidence: they are stored pending (contacts.pending = 1)
-- with this flag, for the digest to ask about. introduced_by is then the contact who wrote
-- the message, when there is one. `confirm N` releases what was held for them (held_follow_ups);
-- `not N` deletes them.
ALTER TABLE contacts ADD COLUMN named_in_passing INTEGER NOT NULL DEFAULT 0;
