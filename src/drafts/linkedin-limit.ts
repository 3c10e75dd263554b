/** Free LinkedIn accounts cap invitation notes at 200 characters (paid ones at 300). */
export const LINKEDIN_NOTE_LIMIT = 200;

/**
 * Whether a note fits LinkedIn's limit. UTF-16 length is never below the count of characters
 * a person sees, so a note that passes here also passes on LinkedIn.
 */
export function fitsLinkedInNote(note: string): boolean {
  return note.length <= LINKEDIN_NOTE_LIMIT;
}
