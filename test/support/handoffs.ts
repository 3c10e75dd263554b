import type { MessageKind } from "../../src/domain/message-kind.ts";
import { MESSAGE_KINDS } from "../../src/domain/message-kind.ts";

type HandedOff = { kind: MessageKind; channel: string; name: string | null };

/** The subject of the handoff that delivers a draft (see compose-handoff.ts). */
function handoffSubject(d: HandedOff): string {
  const who = d.name ?? "your contact";
  if (d.channel === "linkedin") return `LinkedIn note for ${who}`;
  if (d.channel === "call") return `Call script for ${who}`;
  return `Ready to send: ${MESSAGE_KINDS[d.kind].label} to ${who}`;
}

/**
 * The mails that handed this draft to the user: its own handoff, or, for a LinkedIn note
 * approved with others, the one mail that lists every note of the day by name.
 */
export function handoffsOf(
  toOwner: readonly { subject: string; text: string }[],
  d: HandedOff,
): number {
  const own = toOwner.filter((m) => m.subject === handoffSubject(d)).length;
  if (d.channel !== "linkedin") return own;
  const grouped = toOwner.filter(
    (m) => /^\d+ LinkedIn notes to send$/.test(m.subject) && m.text.includes(`. ${d.name ?? ""}`),
  ).length;
  return own + grouped;
}
