import * as v from "valibot";

/**
 * Claude's personalised version of a template draft. There is no recipient field: who a draft
 * goes to is decided by code, and the answer cannot even express another one.
 */
export const LlmDraftSchema = v.object({
  /** Empty for LinkedIn notes and call scripts, which have no subject. */
  subject: v.pipe(v.string(), v.maxLength(160)),
  body: v.pipe(v.string(), v.minLength(1), v.maxLength(4000)),
});
export type LlmDraft = v.InferOutput<typeof LlmDraftSchema>;
