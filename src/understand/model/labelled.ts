import type { Category, RejectionReason } from "../../../schemas/understanding.ts";
import { parseEmail } from "../../inbound/parse-email.ts";
import { readMessage } from "../read-message.ts";
import type { SelfIdentity } from "../understand-email.ts";
import { messageFeatures } from "./features.ts";
import type { LabelledMessage } from "./train.ts";

/** The corpus writers, then the older fixture folders: the order training reads them in. */
export const WRITERS = ["w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8"] as const;
export const TRAINING_SOURCES = [...WRITERS, "inbound", "holdout", "holdout2"] as const;

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
