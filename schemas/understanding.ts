import * as v from "valibot";

/** What an inbound message is, judged from its newest part. */
export const CATEGORIES = [
  "rejection",
  "keep_on_file",
  "feedback",
  "referral_offer",
  "interview_invite",
  "offer",
  "auto_reply",
  "application_received",
  "job_alert",
  "other",
] as const;
export const CategorySchema = v.picklist(CATEGORIES);
export type Category = v.InferOutput<typeof CategorySchema>;

/** Why a rejection happened, as far as the message says. */
export const REJECTION_REASONS = [
  "other_candidate",
  "position_closed",
  "on_hold",
  "not_a_fit_for_role",
  "generic",
] as const;
export const RejectionReasonSchema = v.picklist(REJECTION_REASONS);
export type RejectionReason = v.InferOutput<typeof RejectionReasonSchema>;

/** The part a person played in the application. */
export const CONTACT_KINDS = ["hiring_manager", "recruiter", "interviewer", "referral"] as const;
export const ContactKindSchema = v.picklist(CONTACT_KINDS);
export type ContactKind = v.InferOutput<typeof ContactKindSchema>;

export const EngineSchema = v.picklist(["rules", "claude"]);
export type Engine = v.InferOutput<typeof EngineSchema>;

/** A person found in a message or in the user's note. */
export const ExtractedContactSchema = v.object({
  name: v.nullable(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))),
  /** Lower-cased; null when the message gives none or only a robot address. */
  email: v.nullable(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email(), v.maxLength(254))),
  kind: ContactKindSchema,
  title: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(120)))),
  /** What the user or the message said about this person ("great rapport"). */
  note: v.optional(v.pipe(v.string(), v.maxLength(500)), ""),
  /** The user said they got on well with this person. */
  warm: v.optional(v.boolean(), false),
});
export type ExtractedContact = v.InferOutput<typeof ExtractedContactSchema>;

/** Everything Rebound understood of one message. */
export const UnderstandingSchema = v.object({
  category: CategorySchema,
  /** Set only for rejections. */
  reason: v.nullable(RejectionReasonSchema),
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  engine: EngineSchema,
  company: v.nullable(v.pipe(v.string(), v.maxLength(120))),
  role: v.nullable(v.pipe(v.string(), v.maxLength(160))),
  contacts: v.array(ExtractedContactSchema),
  /** ISO 639-1 code of the newest message's language. */
  language: v.string(),
});
export type Understanding = v.InferOutput<typeof UnderstandingSchema>;

/** One line of `npm run analyze`: what the user sees of a message file. */
export const AnalyzeLineSchema = v.object({
  file: v.string(),
  category: CategorySchema,
  reason: v.nullable(RejectionReasonSchema),
  /** The rules' confidence; null for Claude's own reading, which gives none. */
  confidence: v.nullable(v.number()),
  company: v.nullable(v.string()),
  role: v.nullable(v.string()),
  contacts: v.array(
    v.object({
      name: v.nullable(v.string()),
      email: v.nullable(v.string()),
      kind: ContactKindSchema,
    }),
  ),
  language: v.string(),
  /** Who produced this reading. */
  engine: v.optional(EngineSchema, "rules"),
});
export type AnalyzeLine = v.InferOutput<typeof AnalyzeLineSchema>;

/** `npm run analyze -- --engine both`: each engine's reading, and what Rebound would keep. */
export const AnalyzeBothLineSchema = v.object({
  file: v.string(),
  rules: AnalyzeLineSchema,
  /** Claude's own reading before any check, or why there is none. */
  claude: v.union([AnalyzeLineSchema, v.object({ error: v.string() })]),
  /** The merged reading Rebound stores; its `engine` says who decided. */
  kept: AnalyzeLineSchema,
  verdict: v.string(),
});
export type AnalyzeBothLine = v.InferOutput<typeof AnalyzeBothLineSchema>;
