/**
 * SQL for the id of the user's company a name key names (user id bound at ?1, the key at
 * `param`): the same key, or one whose first whole words are the other ("copperline" and
 * "copperline payments"), since one employer's mail writes its short name in one message and
 * its long one in the next. The exact key first, then the shortest. A short key (under 4
 * letters) matches only itself.
 *
 * Each branch reads a range of the (user_id, name_key) index, so the lookup reads a handful of
 * rows however many companies the user has: longer keys that start with the key and a space lie
 * between "key " and "key!" (keys hold only [a-z0-9 ], and "!" sorts right after the space);
 * the shorter keys it starts with are its own first words, one, two, three… of them, listed by a
 * recursive step over the key and each looked up by its exact value.
 */
export function companyIdByKey(param: string): string {
  return `(SELECT id FROM (
             SELECT id, name_key FROM companies
              WHERE user_id = ?1 AND name_key = ${param}
             UNION ALL
             SELECT id, name_key FROM companies
              WHERE user_id = ?1 AND length(${param}) >= 4
                AND name_key > ${param} || ' ' AND name_key < ${param} || '!'
             UNION ALL
             SELECT id, name_key FROM companies
              WHERE user_id = ?1
                AND name_key IN (
                  WITH RECURSIVE head(words, rest) AS (
                    SELECT '', ${param} || ' '
                    UNION ALL
                    SELECT ltrim(words || ' ' || substr(rest, 1, instr(rest, ' ') - 1)),
                           substr(rest, instr(rest, ' ') + 1)
                      FROM head WHERE rest <> '')
                  SELECT words FROM head WHERE length(words) >= 4 AND words <> ${param}))
           ORDER BY name_key = ${param} DESC, length(name_key)
           LIMIT 1)`;
}
