import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { parse as parseCsv } from "csv-parse/browser/esm/sync";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import worker from "../../src/index.ts";
import {
  fakeMailBinding,
  replyToDigest,
  type SeekerWithDigest,
  seekerWithDigest,
} from "../support/reply-loop.ts";

async function reply(seeker: SeekerWithDigest, text: string) {
  const mail = fakeMailBinding();
  const message = await replyToDigest(seeker, text, mail.env);
  expect(message.rejected).toBeNull();
  return mail;
}

async function fetchCalendar(path: string): Promise<Response> {
  return worker.fetch(new Request(`https://rebound.test${path}`), env, createExecutionContext());
}

describe("export by reply", () => {
  it("mails contacts as vCard 4.0 and CSV, applications as CSV, everything as JSON", async () => {
    const seeker = await seekerWithDigest();
    const mail = await reply(seeker, "export");
    const files = mail.sent.find((m) => m.subject === "Your Rebound data");
    expect(files?.to).toEqual(["jordan.lee@gmail.com"]);
    const byName = new Map(files?.attachments.map((a) => [a.filename, a]));
    const { results: contacts } = await env.DB.prepare(
      "SELECT name, email FROM contacts WHERE user_id = ?1 ORDER BY name",
    )
      .bind(seeker.userId)
      .all<{ name: string | null; email: string | null }>();

    // vCard, read back by ical.js (an independent RFC 6350 parser).
    const vcf = byName.get("rebound-contacts.vcf");
    expect(vcf?.type).toBe("text/vcard");
    const parsed = ICAL.parse(vcf?.content ?? "");
    const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
    const read = cards.map((jcard) => new ICAL.Component(jcard as unknown[]));
    expect(read.map((c) => c.getFirstPropertyValue("version"))).toEqual(contacts.map(() => "4.0"));
    expect(read.map((c) => c.getFirstPropertyValue("fn")).sort()).toEqual(
      contacts.map((c) => c.name ?? c.email).sort(),
    );
    const rachel = read.find((c) => c.getFirstPropertyValue("fn") === "Rachel Adeyemi");
    expect(rachel?.getFirstPropertyValue("email")).toBe("rachel.adeyemi@northwind-robotics.com");
    expect(rachel?.getFirstPropertyValue("org")).toBe("Northwind Robotics");

    // CSV, read back by csv-parse.
    const contactRows = parseCsv(byName.get("rebound-contacts.csv")?.content ?? "", {
      columns: true,
    }) as Record<string, string>[];
    expect(contactRows).toHaveLength(contacts.length);
    expect(contactRows.find((r) => r.name === "Rachel Adeyemi")?.company).toBe(
      "Northwind Robotics",
    );
    const applications = parseCsv(byName.get("rebound-applications.csv")?.content ?? "", {
      columns: true,
    }) as Record<string, string>[];
    expect(applications.map((a) => a.company)).toEqual(["Northwind Robotics"]);
    expect(applications[0]?.role).toBe("Senior Backend Engineer");

    const json = JSON.parse(byName.get("rebound-export.json")?.content ?? "{}");
    expect(json.contacts).toHaveLength(contacts.length);
    expect(json.applications).toHaveLength(1);
    expect(json.followUps.length).toBeGreaterThan(0);
    expect(json.settings.timeZone).toBe("Europe/Berlin");

    const confirmation = mail.sent.find((m) => m.subject.startsWith("Re:"));
    expect(confirmation?.text).toContain("Your data is on its way in a separate email");
  });

  it("keeps a spreadsheet from running a stranger's company name as a formula", async () => {
    const seeker = await seekerWithDigest();
    await env.DB.prepare("UPDATE companies SET name = '=HYPERLINK(\"x\")' WHERE user_id = ?1")
      .bind(seeker.userId)
      .run();
    const mail = await reply(seeker, "export");
    const csv = mail.sent
      .find((m) => m.subject === "Your Rebound data")
      ?.attachments.find((a) => a.filename === "rebound-applications.csv");
    const rows = parseCsv(csv?.content ?? "", { columns: true }) as Record<string, string>[];
    expect(rows[0]?.company).toBe('\'=HYPERLINK("x")');
  });
});

describe("calendar by reply and the calendar URL", () => {
  it("mails the follow-ups as .ics with a secret URL that works until revoked", async () => {
    const seeker = await seekerWithDigest();
    const mail = await reply(seeker, "calendar");
    const message = mail.sent.find((m) => m.subject === "Your Rebound follow-ups (calendar)");
    const ics = message?.attachments.find((a) => a.filename === "rebound-follow-ups.ics");
    expect(ics?.type).toBe("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(ics?.content ?? ""));
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    const { results: pending } = await env.DB.prepare(
      "SELECT due_at FROM drafts WHERE user_id = ?1 AND state IN ('pending', 'failed') ORDER BY due_at",
    )
      .bind(seeker.userId)
      .all<{ due_at: string }>();
    expect(events).toHaveLength(pending.length);
    expect(events.map((e) => e.startDate.toString()).sort()).toEqual(
      pending.map((p) => p.due_at.slice(0, 10)).sort(),
    );
    expect(events.some((e) => e.summary.startsWith("Check-in to Rachel Adeyemi"))).toBe(true);

    const path = /\/calendar\/[0-9a-f]{32}\.ics/.exec(message?.text ?? "")?.[0];
    expect(path).toBeDefined();
    const feed = await fetchCalendar(path ?? "");
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const subscribed = new ICAL.Component(ICAL.parse(await feed.text()));
    expect(subscribed.getAllSubcomponents("vevent")).toHaveLength(pending.length);

    // A wrong secret, a malformed one, and the right one after "calendar revoke": all refused.
    const wrong = `/calendar/${"0".repeat(32)}.ics`;
    expect((await fetchCalendar(wrong)).status).toBe(404);
    expect((await fetchCalendar("/calendar/not-a-secret.ics")).status).toBe(404);
    const revoked = await reply(seeker, "calendar revoke");
    expect(revoked.sent.find((m) => m.subject.startsWith("Re:"))?.text).toContain(
      "Your calendar's web address is off",
    );
    expect((await fetchCalendar(path ?? "")).status).toBe(404);

    // Asking again gives a new address; the old one stays dead.
    const again = await reply(seeker, "calendar");
    const newPath = /\/calendar\/[0-9a-f]{32}\.ics/.exec(
      again.sent.find((m) => m.subject === "Your Rebound follow-ups (calendar)")?.text ?? "",
    )?.[0];
    expect(newPath).not.toBe(path);
    expect((await fetchCalendar(newPath ?? "")).status).toBe(200);
    expect((await fetchCalendar(path ?? "")).status).toBe(404);
  });
});
