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

-- The daily retention job finds only what it still has to clear: without these, each run
-- walked every row older than the period, cleared or not, so its reads grew with history.
CREATE INDEX inbound_raw_kept ON inbound_messages (created_at) WHERE raw IS NOT NULL;
CREATE INDEX inbound_text_kept ON inbound_messages (created_at)
  WHERE (extracted_text <> '' OR note <> '' OR subject <> '' OR original_subject IS NOT NULL);
CREATE INDEX drafts_text_kept ON drafts (updated_at)
  WHERE state IN ('sent', 'skipped', 'superseded', 'unknown', 'failed')
    AND (body <> '' OR subject <> '');
CREATE INDEX command_replies_summary_kept ON command_replies (received_at) WHERE summary <> '';
