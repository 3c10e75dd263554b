import ical, { ICalCalendarMethod } from "ical-generator";
import type { ExportFollowUp } from "../db/exports.ts";
import { MESSAGE_KINDS, type MessageKind } from "../domain/message-kind.ts";

/**
 * The follow-ups still to come as an iCalendar feed (RFC 5545): one all-day event on each
 * one's due date, so a phone calendar shows what the digest will offer and when.
 */
export function followUpCalendar(followUps: readonly ExportFollowUp[], now: Date): string {
  const calendar = ical({
    name: "Rebound follow-ups",
    prodId: { company: "Rebound", product: "follow-ups", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60 * 6,
  });
  for (const f of followUps) {
    const label = MESSAGE_KINDS[f.kind as MessageKind]?.label ?? "follow-up";
    const who = f.contactName ?? f.contactEmail ?? "your contact";
    const start = new Date(`${f.dueAt.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(start.getTime())) continue;
    calendar.createEvent({
      id: `${f.id}@rebound`,
      start,
      allDay: true,
      stamp: now,
      summary: `${capitalise(label)} to ${who}${f.company ? ` (${f.company})` : ""}`,
      description: `Rebound offers this ${f.channel === "email" ? "email" : f.channel === "linkedin" ? "LinkedIn note" : "call script"} in your digest that day, for you to approve.`,
    });
  }
  return calendar.toString();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
