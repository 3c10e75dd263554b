import * as v from "valibot";
import { CategorySchema, ContactKindSchema, RejectionReasonSchema } from "./understanding.ts";

/** More people than this in one rejection is a mailing list, not a panel. */
export const MAX_LLM_PEOPLE = 12;

/** One person as Claude reports them; addresses are checked by code before anything uses them. */
export const LlmPersonSchema = v.object({
  name: v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
  email: v.nullable(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(254))),
  kind: ContactKindSchema,
  /** What the message or the user's note said about them, in a few words. */
  note: v.pipe(v.string(), v.trim(), v.maxLength(300)),
});
export type LlmPerson = v.InferOutput<typeof LlmPersonSchema>;

/**
 * Claude's reading of one inbound message: the structured output it must produce (sent as
 * JSON Schema) and the shape its answer is validated against on the way back.
 */
export const LlmUnderstandingSchema = v.object({
  category: CategorySchema,
  /** Only for a rejection; null otherwise. */
  reason: v.nullable(RejectionReasonSchema),
  company: v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
  role: v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(160))),
  people: v.pipe(v.array(LlmPersonSchema), v.maxLength(MAX_LLM_PEOPLE)),
  /** For an out-of-office reply: the day its writer is back (YYYY-MM-DD), else null. */
  returnDate: v.nullable(v.pipe(v.string(), v.isoDate())),
});
export type LlmUnderstanding = v.InferOutput<typeof LlmUnderstandingSchema>;
