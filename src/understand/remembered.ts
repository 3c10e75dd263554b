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

/**
 * A pure reading of one message-sized text, remembered for that text alone: a message's whole
 * text is read the same way by readers that run one after the other (the classifier and the
 * language detector fold the same body; the newest part and the older message look for the
 * same reply header), so the second takes the first's answer. Only the last such text is kept,
 * until another is read. Texts shorter than `shortest` (a name, a subject) are cheap to read
 * again: they are read every time and do not displace the kept one.
 */
export function lastRead<T>(
  read: (text: string) => T,
  { shortest = 200 }: { shortest?: number } = {},
): (text: string) => T {
  let last: { text: string; answer: T } | null = null;
  return (text) => {
    if (text.length < shortest) return read(text);
    if (last !== null && last.text === text) return last.answer;
    const answer = read(text);
    last = { text, answer };
    return answer;
  };
}
