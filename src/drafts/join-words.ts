/** "A", "A and B", "A, B and C", with the conjunction given ("and", "und", "et", "y" …). */
export function joinWords(names: readonly string[], conjunction: string): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names.at(-1)}`;
}
