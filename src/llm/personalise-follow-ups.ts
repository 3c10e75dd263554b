import { isDraftLanguage } from "../domain/draft-language.ts";
import type { NewDraft, PlannedFollowUps } from "../domain/planned-follow-ups.ts";
import { companyName, roleTitle } from "../drafts/personal-details.ts";
import type { Claude } from "./anthropic-client.ts";
import { personaliseDraft } from "./personalise-draft.ts";

/**
 * Drafts one message may have personalised: the first ones due. Each costs a Claude call
 * (and two D1 queries to meter it); later ones, months away, keep their template.
 */
const MAX_PERSONALISED_PER_MESSAGE = 2;
/** Only drafts due this soon are worth a call now; later ones keep their template. */
const PERSONALISE_WITHIN_DAYS = 14;

/** What the message and the user said, for the personal touches. */
export interface FollowUpFacts {
  userId: string;
  senderName: string | null;
  company: string | null;
  role: string | null;
  userNote: string;
  emailExcerpt: string;
  /** The person who introduced the user, whose name an introduction must keep. */
  referrer: string | null;
}

/**
 * Lets Claude personalise the first drafts a message planned. Each passes the checks in code
 * or keeps its template; recipients, kinds and due dates never change.
 */
export async function personaliseFollowUps(
  db: D1Database,
  llm: Claude,
  writes: PlannedFollowUps,
  facts: FollowUpFacts,
  now: Date,
): Promise<PlannedFollowUps> {
  const horizon = new Date(now.getTime() + PERSONALISE_WITHIN_DAYS * 86_400_000).toISOString();
  const chosen = new Set(
    [...writes.drafts]
      .filter((d) => d.dueAt <= horizon)
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
      .slice(0, MAX_PERSONALISED_PER_MESSAGE)
      .map((d) => d.id),
  );
  // The calls run side by side: the email handler waits for the slowest, not for their sum.
  const drafts: NewDraft[] = await Promise.all(
    writes.drafts.map(async (draft) => {
      if (!chosen.has(draft.id)) return draft;
      const result = await personaliseDraft({
        db,
        llm,
        userId: facts.userId,
        template: {
          kind: draft.kind,
          channel: draft.channel,
          subject: draft.subject,
          body: draft.body,
          language: isDraftLanguage(draft.language) ? draft.language : "en",
          register: draft.register === "formal" ? "formal" : "informal",
          topic: false,
        },
        facts: {
          senderName: facts.senderName ?? "[[add: your name]]",
          company: companyName(facts.company),
          role: roleTitle(facts.role),
          userNote: facts.userNote,
          emailExcerpt: facts.emailExcerpt,
          mustKeep: draft.kind === "introduction" && facts.referrer ? [facts.referrer] : [],
        },
        now,
      });
      return {
        ...draft,
        subject: result.draft.subject,
        body: result.draft.body,
        engine: result.engine,
      };
    }),
  );
  return { ...writes, drafts };
}
