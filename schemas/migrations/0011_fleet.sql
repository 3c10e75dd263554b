-- Fan-out of the hourly digest run (issue 14): each user carries the UTC instant their next
-- digest falls due, so the cron reads only users who are due, through an index, in order.
-- '' (sorts before every ISO instant) means "due now": existing users are picked up by the
-- next run, which computes the real instant in their time zone and stores it.
ALTER TABLE users ADD COLUMN next_digest_at TEXT NOT NULL DEFAULT '';
CREATE INDEX users_by_next_digest ON users (next_digest_at, id) WHERE paused = 0;

-- A change of time zone or digest hour, from any code path, makes the user due now: the run
-- that picks them up sends today's digest if the new hour has been reached and it has not
-- gone out yet (the per-day claim decides), and stores the new instant either way.
CREATE TRIGGER users_schedule_changed AFTER UPDATE OF time_zone, digest_hour ON users
BEGIN
  UPDATE users SET next_digest_at = '' WHERE id = NEW.id;
END;

-- The digest reads "what came in since the last digest" by created_at; the only index was
-- on received_at, so every read walked the user's whole history.
CREATE INDEX inbound_by_created ON inbound_messages (user_id, created_at);

-- The digest's other reads, each through an index that matches its filter: the last digest
-- sent (for "since"), and the drafts sent this week.
CREATE INDEX digests_sent ON digests (user_id, sent_at) WHERE status = 'sent';
CREATE INDEX drafts_sent ON drafts (user_id, sent_at) WHERE state = 'sent';

-- Approvals left behind and sends interrupted are found across all users by state and age.
CREATE INDEX drafts_by_state_updated ON drafts (state, updated_at);

-- The claim's upsert checks command_replies' foreign key to digests: without this it reads them all.
CREATE INDEX command_replies_by_digest ON command_replies (digest_id);
