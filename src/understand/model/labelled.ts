import type { Category, RejectionReason } from "../../../schemas/understanding.ts";
import { parseEmail } from "../mail/parse-email.ts";
import { readMessage } from "../read-message.ts";
import type { SelfIdentity } from "../understand-email.ts";
import { messageFeatures } from "./features.ts";
import type { LabelledMessage } from "./train.ts";

/** The fixture folders older than the writers' corpus, read after it. */
export const OLDER_SOURCES = ["inbound", "holdout", "holdout2"] as const;

/** A writer's folder under test/fixtures/corpus: "w" and its number. */
export const isWriter = (folder: string): boolean => /^w\d+$/.test(folder);

/** The writers present, by number (w1, w2 … w10): every folder found is one, none is listed. */
export function writersIn(folders: Iterable<string>): string[] {
  return [...new Set(folders)]
    .filter(isWriter)
    .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

/** The writers, then the older fixture folders: the order training reads them in. */
export function trainingSources(writers: readonly string[]): string[] {
  return [...writers, ...OLDER_SOURCES];
}

/** One fixture's features and answer key, read the way the Worker reads the message. */
export async function labelledMessage(
  source: string,
  raw: string | Uint8Array,
  expected: { category: Category; reason: RejectionReason | null },
  self: SelfIdentity,
): Promise<LabelledMessage> {
  const read = readMessage(await parseEmail(raw), self);
  return {
    source,
    indices: messageFeatures(read.input).indices,
    category: expected.category,
    reason: expected.reason,
  };
}
