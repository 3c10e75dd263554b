/** How long Rebound keeps what it was sent (README, "Retention and deletion"). */
export interface RetentionPeriods {
  /** Raw messages (D1 rows, and the bucket). */
  rawDays: number;
  /** Message text: what was read, notes, subjects, draft texts, confirmation summaries. */
  textDays: number;
}

/** Rows one statement changes at most, so one run's work stays small and bounded. */
const ROWS_PER_STATEMENT = 200;

/**
 * The retention statements, most important first; each is one D1 query and changes at most
 * ROWS_PER_STATEMENT rows, so a caller runs as many as its budget allows and the rest waits
 * for the next run. Structured data (who, which company, what kind of message, when) stays.
 */
export function retentionStatements(
  db: D1Database,
  periods: RetentionPeriods,
  now: Date,
): D1PreparedStatement[] {
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const rawBefore = daysAgo(periods.rawDays);
  const textBefore = daysAgo(periods.textDays);
  return [
    db
      .prepare(
        `UPDATE inbound_messages SET raw = NULL WHERE id IN (
           SELECT id FROM inbound_messages WHERE created_at < ?1 AND raw IS NOT NULL LIMIT ?2)`,
      )
      .bind(rawBefore, ROWS_PER_STATEMENT),
    db
      .prepare(
        `UPDATE inbound_messages SET extracted_text = '', note = '', subject = '',
           original_subject = NULL
         WHERE id IN (
           SELECT id FROM inbound_messages WHERE created_at < ?1
             AND (extracted_text <> '' OR note <> '' OR subject <> '' OR original_subject IS NOT NULL)
           LIMIT ?2)`,
      )
      .bind(textBefore, ROWS_PER_STATEMENT),
    db
      .prepare(
        `UPDATE drafts SET subject = '', body = '' WHERE id IN (
           SELECT id FROM drafts WHERE updated_at < ?1
             AND state IN ('sent', 'skipped', 'superseded', 'unknown', 'failed')
             AND (body <> '' OR subject <> '')
           LIMIT ?2)`,
      )
      .bind(textBefore, ROWS_PER_STATEMENT),
    db
      .prepare(
        `UPDATE command_replies SET summary = '' WHERE id IN (
           SELECT id FROM command_replies WHERE received_at < ?1 AND summary <> '' LIMIT ?2)`,
      )
      .bind(textBefore, ROWS_PER_STATEMENT),
    db.prepare("DELETE FROM deletion_requests WHERE expires_at < ?1").bind(now.toISOString()),
    // Drafts held for a person nobody confirmed are text too; the person stays, pending.
    db
      .prepare(
        `DELETE FROM held_follow_ups WHERE id IN (
           SELECT id FROM held_follow_ups WHERE created_at < ?1 LIMIT ?2)`,
      )
      .bind(textBefore, ROWS_PER_STATEMENT),
  ];
}
