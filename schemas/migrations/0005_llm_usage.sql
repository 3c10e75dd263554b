-- Claude calls: one row per call (or per call refused by the daily cap), with the tokens the
-- API billed. The daily cap counts these rows; the digest footer prices a month of them.

CREATE TABLE llm_usage (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  -- 'understand' (one per inbound message) or 'draft' (one per personalised draft).
  task TEXT NOT NULL CHECK (task IN ('understand', 'draft')),
  model TEXT NOT NULL,
  input_tokens INTEGER NOT NULL DEFAULT 0,
  output_tokens INTEGER NOT NULL DEFAULT 0,
  cache_read_tokens INTEGER NOT NULL DEFAULT 0,
  cache_write_tokens INTEGER NOT NULL DEFAULT 0,
  -- 'pending' while the call runs (it already counts against the cap), then 'ok' or why not
  -- ('http_429', 'http_5xx', 'timeout', 'invalid_output', ...); 'capped' when never made.
  outcome TEXT NOT NULL DEFAULT 'pending',
  created_at TEXT NOT NULL
);
CREATE INDEX llm_usage_by_user_time ON llm_usage (user_id, created_at);
