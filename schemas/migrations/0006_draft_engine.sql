-- Who wrote a draft's text: 'template' (Rebound's own words) or 'claude' (personalised, and
-- checked in code before it was kept).
ALTER TABLE drafts ADD COLUMN engine TEXT NOT NULL DEFAULT 'template'
  CHECK (engine IN ('template', 'claude'));
