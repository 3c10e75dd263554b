import type { CommandWrite, DigestItemNow } from "../db/commands.ts";
import { LINKEDIN_NOTE_LIMIT } from "../drafts/linkedin-limit.ts";
import { hasUnfilledSlot } from "../drafts/render-draft.ts";
import type { Command, SnoozeUnit, Targets } from "./parse-commands.ts";

/** LinkedIn refuses invitation notes longer than this, whatever the account. */
const LINKEDIN_HARD_LIMIT = 300;

/** What a reply asks for, checked against the digest it answers, before anything is written. */
export interface CommandPlan {
  writes: CommandWrite[];
  /** Drafts to approve (as shown, or as edited), by number. */
  approve: { number: number; draftId: string }[];
  edit: { number: number; draftId: string }[];
  skip: { number: number; draftId: string }[];
  snooze: { number: number; draftId: string; until: string }[];
  never: { number: number; contactId: string; name: string }[];
  /** Account changes, in words: "targets: Acme, Globex", "paused". */
  settings: string[];
  /** What could not be done, one sentence each, naming the line it came from. */
  problems: string[];
  help: boolean;
}

/**
 * Checks every command against the digest's items as they are now and turns the valid ones
 * into writes. Numbers mean what the digest showed: a draft changed since is reported, not
 * touched. Commands apply in order; a later command on a number already handled is reported.
 */
export function planCommands(
  commands: readonly Command[],
  items: readonly DigestItemNow[],
  now: Date,
): CommandPlan {
  const plan: CommandPlan = {
    writes: [],
    approve: [],
    edit: [],
    skip: [],
    snooze: [],
    never: [],
    settings: [],
    problems: [],
    help: false,
  };
  const byNumber = new Map(items.map((item) => [item.number, item]));
  const handled = new Map<number, string>();
  const range = items.length === 0 ? "it had no drafts" : `it had 1 to ${items.length}`;
  const noSuchDraft = (line: string, number: number) =>
    plan.problems.push(`"${line}": there is no draft ${number} in that digest (${range}).`);

  /** The items a command names, or a problem for each number that cannot be used. */
  const pick = (line: string, numbers: readonly number[], verb: string): DigestItemNow[] => {
    const picked: DigestItemNow[] = [];
    for (const number of numbers) {
      const item = byNumber.get(number);
      const earlier = handled.get(number);
      if (!item) {
        noSuchDraft(line, number);
      } else if (earlier) {
        plan.problems.push(
          `"${line}": draft ${number} was already ${earlier} earlier in this reply.`,
        );
      } else {
        const why = whyNot(item, verb);
        if (why) plan.problems.push(`"${line}": draft ${number} ${why}`);
        else picked.push(item);
      }
    }
    return picked;
  };
  const numbersOf = (targets: Targets): number[] =>
    targets.all ? items.map((i) => i.number) : targets.numbers;

  for (const command of commands) {
    switch (command.kind) {
      case "approve": {
        const chosen = pick(command.line, numbersOf(command.targets), "approve").filter((item) => {
          if (!hasUnfilledSlot(`${item.subject}\n${item.body}`)) return true;
          plan.problems.push(
            `"${command.line}": draft ${item.number} still has a gap to fill ([[add: …]]). Reply "edit ${item.number}" with the finished text.`,
          );
          return false;
        });
        for (const item of chosen) {
          handled.set(item.number, "approved");
          plan.approve.push({ number: item.number, draftId: item.draftId });
        }
        if (chosen.length > 0) {
          plan.writes.push({
            kind: "approve",
            drafts: chosen.map((i) => ({ id: i.draftId, version: i.shownVersion })),
          });
        }
        break;
      }
      case "edit": {
        const [item] = pick(command.line, [command.number], "edit");
        if (!item) break;
        const problem = editProblem(item, command.subject, command.body);
        if (problem) {
          plan.problems.push(`"${command.line}": ${problem}`);
          break;
        }
        handled.set(item.number, "edited");
        plan.edit.push({ number: item.number, draftId: item.draftId });
        plan.writes.push({
          kind: "edit",
          draftId: item.draftId,
          version: item.shownVersion,
          subject: item.channel === "email" ? (command.subject ?? item.subject) : "",
          body: command.body,
        });
        break;
      }
      case "skip": {
        const chosen = pick(command.line, numbersOf(command.targets), "skip");
        for (const item of chosen) {
          handled.set(item.number, "skipped");
          plan.skip.push({ number: item.number, draftId: item.draftId });
        }
        if (chosen.length > 0) {
          plan.writes.push({ kind: "skip", draftIds: chosen.map((i) => i.draftId) });
        }
        break;
      }
      case "snooze": {
        const chosen = pick(command.line, command.numbers, "snooze");
        const until = addDuration(now, command.amount, command.unit).toISOString();
        for (const item of chosen) {
          handled.set(item.number, "snoozed");
          plan.snooze.push({ number: item.number, draftId: item.draftId, until });
        }
        if (chosen.length > 0) {
          plan.writes.push({ kind: "snooze", draftIds: chosen.map((i) => i.draftId), until });
        }
        break;
      }
      case "never": {
        const contacts = new Map<string, { number: number; name: string }>();
        for (const number of command.numbers) {
          const item = byNumber.get(number);
          if (!item) {
            noSuchDraft(command.line, number);
            continue;
          }
          handled.set(number, "marked never");
          if (!contacts.has(item.contactId)) {
            contacts.set(item.contactId, {
              number,
              name: item.contactName ?? item.contactEmail ?? "this person",
            });
          }
        }
        for (const [contactId, { number, name }] of contacts) {
          plan.never.push({ number, contactId, name });
        }
        if (contacts.size > 0)
          plan.writes.push({ kind: "never", contactIds: [...contacts.keys()] });
        break;
      }
      case "targets":
        plan.writes.push({ kind: "targets", companies: command.companies });
        plan.settings.push(
          command.companies.length > 0
            ? `Target companies are now: ${command.companies.join(", ")}.`
            : "Target companies cleared.",
        );
        break;
      case "pause":
        plan.writes.push({ kind: "paused", paused: true });
        plan.settings.push(
          'Rebound is paused: no new drafts and no digests until you reply "resume". Mail you forward is still kept.',
        );
        break;
      case "resume":
        plan.writes.push({ kind: "paused", paused: false });
        plan.settings.push("Rebound is running again: your next digest comes at the usual hour.");
        break;
      case "help":
        plan.help = true;
        break;
    }
  }
  return plan;
}

/** Why a command cannot act on an item as it stands now, or null when it can. */
function whyNot(item: DigestItemNow, verb: string): string | null {
  if (item.doNotContact) return "is to someone you asked Rebound never to contact.";
  switch (item.state) {
    case "sent":
      return "was already sent.";
    case "sending":
      return "is being sent right now.";
    case "approved":
      return verb === "approve" ? "was already approved." : "is approved and about to be sent.";
    case "skipped":
      return "was skipped earlier.";
    case "superseded":
      return "is no longer needed (they answered, so Rebound dropped it).";
    case "unknown":
      return "may already have gone out (its send had an unknown outcome), so Rebound leaves it alone.";
    case "failed":
      if (verb === "snooze") return "failed to send; approve it to try again, or skip it.";
      break;
    case "pending":
      break;
  }
  if (verb !== "skip" && verb !== "snooze" && item.version !== item.shownVersion) {
    return "changed since this digest, so nothing was done. Its new text is in your next digest.";
  }
  return null;
}

/** Why replacement text cannot be used, or null. */
function editProblem(item: DigestItemNow, subject: string | null, body: string): string | null {
  if (hasUnfilledSlot(`${subject ?? ""}\n${body}`)) {
    return `the new text for draft ${item.number} still has a gap to fill ([[add: …]]).`;
  }
  if (item.channel === "linkedin" && body.length > LINKEDIN_HARD_LIMIT) {
    return `LinkedIn notes must fit in ${LINKEDIN_HARD_LIMIT} characters (${LINKEDIN_NOTE_LIMIT} on many free accounts); the new text for draft ${item.number} has ${body.length}.`;
  }
  return null;
}

/** now + n days, weeks or calendar months. */
export function addDuration(now: Date, amount: number, unit: SnoozeUnit): Date {
  const next = new Date(now.getTime());
  if (unit === "month") next.setUTCMonth(next.getUTCMonth() + amount);
  else next.setUTCDate(next.getUTCDate() + amount * (unit === "week" ? 7 : 1));
  return next;
}
