/**
 * A pure reading of one short string (a name, a word, a domain), remembered. A message's
 * readers ask about the same few names and words many times over (each candidate is checked by
 * the people, company and role readers, and compared pairwise); each is worked out once.
 * Strings longer than `longest` are read every time, so no message text is kept; past `kept`
 * entries the memory starts again: a bound, not a policy.
 */
export function remembered<T>(
  read: (text: string) => T,
  { kept = 1024, longest = 200 }: { kept?: number; longest?: number } = {},
): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > longest) return read(text);
    const answer = known.get(text);
    if (answer !== undefined || known.has(text)) return answer as T;
    const fresh = read(text);
    if (known.size >= kept) known.clear();
    known.set(text, fresh);
    return fresh;
  };
}
