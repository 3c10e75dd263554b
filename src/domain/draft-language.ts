/** The languages Rebound writes drafts in; anything else falls back to the user's or English. */
export const DRAFT_LANGUAGES = ["en", "de", "fr", "es", "nl", "it", "pt"] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

/** Sie / du, vous / tu, usted / tú, u / je, Lei / tu, o senhor / você; "Dear" / "Hi" in English. */
export type Register = "formal" | "informal";

export function isDraftLanguage(code: string | null | undefined): code is DraftLanguage {
  return (DRAFT_LANGUAGES as readonly string[]).includes(code ?? "");
}
