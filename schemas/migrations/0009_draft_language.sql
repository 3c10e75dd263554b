-- The language a user's drafts are written in (issue 12). draft_language: the user's preferred
-- language (ISO 639-1), null when they have none; follow_employer_language: answer in the
-- language the employer wrote in when Rebound writes it (1, the default), else in the preferred one.
ALTER TABLE users ADD COLUMN draft_language TEXT
  CHECK (draft_language IS NULL OR draft_language IN ('en', 'de', 'fr', 'es', 'nl', 'it', 'pt'));
ALTER TABLE users ADD COLUMN follow_employer_language INTEGER NOT NULL DEFAULT 1
  CHECK (follow_employer_language IN (0, 1));

-- Each draft's language and register (formal: Sie / vous / usted …; informal: du / tu / tú …),
-- so the digest can say which language a draft is in and later drafts to the same person keep
-- the same register. Null for drafts written before this migration.
ALTER TABLE drafts ADD COLUMN language TEXT;
ALTER TABLE drafts ADD COLUMN register TEXT CHECK (register IS NULL OR register IN ('formal', 'informal'));
