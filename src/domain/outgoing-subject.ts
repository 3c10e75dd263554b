import { headerText } from "./header-text.ts";

/** A subject answering another: "Re: <it>", unless it already starts with "Re:". One clean line. */
export function answerSubject(subject: string): string {
  const clean = headerText(subject);
  return /^re:/i.test(clean) ? clean : `Re: ${clean}`;
}

/**
 * The subject a draft goes out with: "Re: <the subject of the message it answers>" for a draft
 * never edited, else its own. The digest shows this same subject, so it is what was approved.
 */
export function outgoingSubject(draft: {
  subject: string;
  version: number;
  answerSubject: string | null;
}): string {
  if (draft.answerSubject === null || draft.version > 1) return headerText(draft.subject);
  if (headerText(draft.answerSubject) === "") return headerText(draft.subject);
  return answerSubject(draft.answerSubject);
}
