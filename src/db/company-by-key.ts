/**
 * SQL for the id of the user's company a name key names (user id bound at ?1, the key at
 * `param`): the same key, or one whose first whole words are the other ("copperline" and
 * "copperline payments"), since one employer's mail writes its short name in one message and
 * its long one in the next. The exact key first, then the shortest. Keys hold only [a-z0-9 ]
 * (companyKey), so LIKE sees no wildcard in them; a short key (under 4 letters) matches only
 * itself.
 */
export function companyIdByKey(param: string): string {
  return `(SELECT id FROM companies
           WHERE user_id = ?1
             AND (name_key = ${param}
                  OR (length(${param}) >= 4 AND name_key LIKE ${param} || ' %')
                  OR (length(name_key) >= 4 AND ${param} LIKE name_key || ' %'))
           ORDER BY name_key = ${param} DESC, length(name_key)
           LIMIT 1)`;
}
