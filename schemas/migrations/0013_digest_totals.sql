-- The digest's "since you started" figures, carried forward (issue 14: a digest reads a
-- bounded number of rows, however long the user's history). Each digest that goes out stores
-- the totals as of the instant it read them; the next one reads that row and counts only
-- what came in after it.
ALTER TABLE digests ADD COLUMN totals TEXT;
CREATE INDEX digests_with_totals ON digests (user_id, local_date) WHERE totals IS NOT NULL;

-- Applications counted since the last digest's totals, by the user's own index.
CREATE INDEX applications_by_created ON applications (user_id, created_at);

-- "Has this contact answered since our last two nudges?" reads the contact's replies only.
CREATE INDEX inbound_replies_by_contact ON inbound_messages (user_id, contact_id, received_at)
  WHERE route = 'reply';
