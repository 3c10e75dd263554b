-- Rebound's first schema: users, the people and companies they met, their
-- applications, and every inbound message. Every row is owned by one user.

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  -- The address Email Routing delivers to for this user, lower-cased, no plus tag.
  inbox_address TEXT NOT NULL UNIQUE,
  -- The job seeker's everyday address: where digests go, where forwards come from.
  owner_address TEXT NOT NULL,
  display_name TEXT,
  time_zone TEXT NOT NULL DEFAULT 'UTC',
  digest_hour INTEGER NOT NULL DEFAULT 8 CHECK (digest_hour BETWEEN 0 AND 23),
  -- JSON array of company names the user would like introductions to.
  target_companies TEXT NOT NULL DEFAULT '[]',
  delivery_mode TEXT NOT NULL DEFAULT 'handoff' CHECK (delivery_mode IN ('handoff', 'direct')),
  created_at TEXT NOT NULL
);

-- Further addresses a user forwards from (work laptop, phone client, old account).
CREATE TABLE user_addresses (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  address TEXT NOT NULL,
  PRIMARY KEY (user_id, address)
);

CREATE TABLE companies (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  -- Lower-cased name without legal suffixes, so "Acme Inc." and "ACME" are one company.
  name_key TEXT NOT NULL,
  domain TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (user_id, name_key)
);

CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  company_id TEXT REFERENCES companies(id) ON DELETE SET NULL,
  name TEXT,
  -- Lower-cased; never a no-reply or applicant-tracking robot address.
  email TEXT,
  title TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('hiring_manager', 'recruiter', 'interviewer', 'referral', 'other')),
  -- Free text the user or the messages told us ("great rapport", "asked about Rust").
  notes TEXT NOT NULL DEFAULT '',
  -- 1 when the user said they clicked, or the contact answered kindly.
  warm INTEGER NOT NULL DEFAULT 0,
  do_not_contact INTEGER NOT NULL DEFAULT 0,
  linkedin_url TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (user_id, email)
);
CREATE INDEX contacts_by_company ON contacts (user_id, company_id);

CREATE TABLE applications (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
  role TEXT,
  -- Lower-cased role, '' when unknown, so one company's unnamed role is one row.
  role_key TEXT NOT NULL,
  stage TEXT NOT NULL DEFAULT 'applied',
  outcome TEXT NOT NULL DEFAULT 'open',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (user_id, company_id, role_key)
);

CREATE TABLE inbound_messages (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  -- 'forward' from the user, or 'reply' sent straight to the inbox by a known contact.
  route TEXT NOT NULL CHECK (route IN ('forward', 'reply')),
  message_id TEXT,
  -- SHA-256 of the raw message; the idempotency key when Message-ID is missing.
  content_hash TEXT NOT NULL,
  envelope_from TEXT NOT NULL,
  sender TEXT,
  subject TEXT NOT NULL DEFAULT '',
  received_at TEXT NOT NULL,
  raw_size INTEGER NOT NULL,
  -- What the user wrote above a forwarded message.
  note TEXT NOT NULL DEFAULT '',
  -- The newest message's text, the one classified.
  extracted_text TEXT NOT NULL DEFAULT '',
  original_from TEXT,
  -- Hash of the forwarded original (sender, subject, date, body): the same rejection
  -- forwarded twice, in two different forwards, is one event.
  original_key TEXT,
  original_subject TEXT,
  original_date TEXT,
  forward_format TEXT,
  language TEXT,
  category TEXT,
  reason TEXT,
  confidence REAL,
  engine TEXT,
  -- 1 when confidence is too low to act on without the user: the digest asks.
  needs_review INTEGER NOT NULL DEFAULT 0,
  -- Why this message must not trigger actions (auto-reply, bulk, own address), or NULL.
  loop_guard TEXT,
  company_id TEXT REFERENCES companies(id) ON DELETE SET NULL,
  application_id TEXT REFERENCES applications(id) ON DELETE SET NULL,
  -- For a reply: the contact who wrote.
  contact_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
  status TEXT NOT NULL CHECK (status IN ('processed', 'failed')),
  error TEXT,
  -- Kept only when processing failed, so a later version can retry it.
  raw TEXT,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX inbound_by_message_id ON inbound_messages (user_id, message_id) WHERE message_id IS NOT NULL;
CREATE UNIQUE INDEX inbound_by_hash ON inbound_messages (user_id, content_hash);
CREATE UNIQUE INDEX inbound_by_original ON inbound_messages (user_id, original_key) WHERE original_key IS NOT NULL;
CREATE INDEX inbound_by_received ON inbound_messages (user_id, received_at);

-- Which people an inbound message was about, and in what role.
CREATE TABLE inbound_contacts (
  inbound_id TEXT NOT NULL REFERENCES inbound_messages(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  PRIMARY KEY (inbound_id, contact_id)
);

-- Mail refused at the door: only a count per day and reason, nothing about its content.
CREATE TABLE refused_counts (
  day TEXT NOT NULL,
  reason TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, reason)
);
