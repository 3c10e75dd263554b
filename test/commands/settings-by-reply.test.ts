import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createJordan, deliver } from "../support/deliver.ts";
import { fixtureRaw } from "../support/fixtures.ts";
import {
  draft,
  fakeMailBinding,
  makeDraftsDue,
  replyToDigest,
  type SeekerWithDigest,
  seekerWithDigest,
  sendDigest,
} from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

interface UserRow {
  display_name: string | null;
  time_zone: string;
  digest_hour: number;
  draft_language: string | null;
  follow_employer_language: number;
  delivery_mode: string;
  target_companies: string;
  paused: number;
}

async function userRow(userId: string): Promise<UserRow> {
  const row = await env.DB.prepare("SELECT * FROM users WHERE id = ?1")
    .bind(userId)
    .first<UserRow>();
  if (!row) throw new Error("no user");
  return row;
}

/** Replies to the digest and returns the confirmation Rebound sent back. */
async function reply(seeker: SeekerWithDigest, text: string) {
  const mail = fakeMailBinding();
  const message = await replyToDigest(seeker, text, mail.env);
  expect(message.rejected).toBeNull();
  const confirmation = mail.sent.find((m) => m.subject.startsWith("Re:"));
  if (!confirmation) throw new Error("no confirmation was sent");
  return { confirmation, mail };
}

describe("settings by reply, through email()", () => {
  it("lists every setting for `settings`", async () => {
    const seeker = await seekerWithDigest();
    const { confirmation } = await reply(seeker, "settings");
    expect(confirmation.text).toContain("Your settings");
    expect(confirmation.text).toContain("Name: Jordan Lee.");
    expect(confirmation.text).toContain("Time zone: Europe/Berlin.");
    expect(confirmation.text).toContain("Digest hour: 00:00 your time.");
    expect(confirmation.text).toContain("Delivery: handoff");
    expect(confirmation.text).toContain("Calendar web address: off.");
  });

  it.each<[string, Partial<UserRow>, string]>([
    ["name Jordan A. Lee", { display_name: "Jordan A. Lee" }, "Your name is now Jordan A. Lee"],
    [
      "timezone America/New_York",
      { time_zone: "America/New_York" },
      "Your time zone is now America/New_York.",
    ],
    ["time zone tokyo", { time_zone: "Asia/Tokyo" }, "Your time zone is now Asia/Tokyo."],
    [
      "timezone San Francisco",
      { time_zone: "America/Los_Angeles" },
      "Your time zone is now America/Los_Angeles.",
    ],
    ["hour 7", { digest_hour: 7 }, "Your digest now comes at 07:00 your time."],
    ["hour 7pm", { digest_hour: 19 }, "Your digest now comes at 19:00 your time."],
    [
      "language de",
      { draft_language: "de", follow_employer_language: 0 },
      "New drafts are now written in German (de)",
    ],
    [
      "language auto",
      { draft_language: null, follow_employer_language: 1 },
      "the language each employer wrote in",
    ],
    ["delivery direct", { delivery_mode: "direct" }, "Delivery is now direct"],
    ["delivery handoff", { delivery_mode: "handoff" }, "Delivery is now handoff"],
    [
      "targets: Acme, Globex",
      { target_companies: '["Acme","Globex"]' },
      "Target companies are now: Acme, Globex.",
    ],
    ["pause", { paused: 1 }, "Rebound is paused"],
  ])("%s: changes the setting and says so in words", async (line, expected, words) => {
    const seeker = await seekerWithDigest();
    const { confirmation } = await reply(seeker, line);
    expect(await userRow(seeker.userId)).toMatchObject(expected);
    expect(confirmation.text).toContain(words);
    expect(confirmation.text).not.toContain("Could not do");
  });

  it("resume: starts again after pause", async () => {
    const seeker = await seekerWithDigest();
    await reply(seeker, "pause");
    const { confirmation } = await reply(seeker, "resume");
    expect((await userRow(seeker.userId)).paused).toBe(0);
    expect(confirmation.text).toContain("Rebound is running again");
  });

  it.each([
    ["timezone Atlantis", "is not a time zone Rebound knows"],
    ["hour 25", "hour takes the hour of your digest"],
    ["language klingon", "language takes a code"],
    ["delivery pigeon", 'delivery is "direct"'],
    ["name 12345", "name takes your name"],
  ])("%s: changes nothing and explains why", async (line, why) => {
    const seeker = await seekerWithDigest();
    const before = await userRow(seeker.userId);
    const { confirmation } = await reply(seeker, line);
    expect(await userRow(seeker.userId)).toEqual(before);
    expect(confirmation.text).toContain("Could not do");
    expect(confirmation.text).toContain(why);
  });
});

describe("address N by reply", () => {
  async function missingPeople(seeker: SeekerWithDigest) {
    const { results } = await env.DB.prepare(
      `SELECT p.number, c.id, c.name FROM digest_people p JOIN contacts c ON c.id = p.contact_id
       WHERE p.digest_id = ?1 ORDER BY p.number`,
    )
      .bind(seeker.digestId)
      .all<{ number: number; id: string; name: string }>();
    return results;
  }

  it("adds the missing address to the person with that number", async () => {
    const seeker = await seekerWithDigest();
    const [person] = await missingPeople(seeker);
    if (!person) throw new Error("the digest listed nobody without an address");
    expect(seeker.digestText).toContain(`${person.number}. ${person.name}`);
    const { confirmation } = await reply(
      seeker,
      `address ${person.number} new.person@northwind.example`,
    );
    const row = await env.DB.prepare("SELECT email FROM contacts WHERE id = ?1")
      .bind(person.id)
      .first<{ email: string }>();
    expect(row?.email).toBe("new.person@northwind.example");
    expect(confirmation.text).toContain("address set to new.person@northwind.example");
  });

  it("refuses a number that is not in the list, and an address another contact has", async () => {
    const seeker = await seekerWithDigest();
    const [person] = await missingPeople(seeker);
    if (!person) throw new Error("the digest listed nobody without an address");
    const taken = await env.DB.prepare(
      "SELECT email FROM contacts WHERE user_id = ?1 AND email IS NOT NULL LIMIT 1",
    )
      .bind(seeker.userId)
      .first<{ email: string }>();
    const { confirmation } = await reply(
      seeker,
      `address 999 someone@example.org\naddress ${person.number} ${taken?.email}`,
    );
    expect(confirmation.text).toContain(
      'there is no person 999 in that digest\'s "Missing an email address" list',
    );
    expect(confirmation.text).toContain("belongs to someone else");
    const row = await env.DB.prepare("SELECT email FROM contacts WHERE id = ?1")
      .bind(person.id)
      .first<{ email: string | null }>();
    expect(row?.email).toBeNull();
  });
});

describe("fill N by reply", () => {
  /** A digest whose first email draft has two gaps to fill. */
  async function seekerWithGaps(): Promise<SeekerWithDigest & { gapDraft: string }> {
    const { userId, inbox } = await createJordan(env.DB, { digestHour: 0 });
    await deliver(fixtureRaw("fwd-gmail-web-en-northwind-panel-note.eml"), {
      from: JORDAN.owner,
      to: inbox,
    });
    await makeDraftsDue(userId);
    const target = await env.DB.prepare(
      "SELECT id FROM drafts WHERE user_id = ?1 AND channel = 'email' AND state = 'pending' AND due_at < '2021-01-01' ORDER BY id LIMIT 1",
    )
      .bind(userId)
      .first<{ id: string }>();
    await env.DB.prepare(
      "UPDATE drafts SET body = 'Hi,\n\nI read [[add: an article in their field]] and thought of you. [[add: one line why]]\n\nJordan' WHERE id = ?1",
    )
      .bind(target?.id)
      .run();
    return { ...(await sendDigest(userId, inbox)), gapDraft: target?.id ?? "" };
  }

  it("fills both gaps without retyping the email, then approves and hands it off", async () => {
    const seeker = await seekerWithGaps();
    const number = seeker.items.find((i) => i.draftId === seeker.gapDraft)?.number;
    const { confirmation, mail } = await reply(
      seeker,
      `fill ${number} your piece on grid storage\nfill ${number} It made me think of our talk.`,
    );
    const after = await draft(seeker.gapDraft);
    expect(after?.body).toBe(
      "Hi,\n\nI read your piece on grid storage and thought of you. It made me think of our talk.\n\nJordan",
    );
    expect(after?.state).toBe("sent");
    expect(after?.delivered_via).toBe("handoff");
    expect(confirmation.text).toContain("gap filled with your words, and approved");
    const handoff = mail.sent.find((m) => m.subject.startsWith("Ready to send"));
    expect(handoff?.text).toContain("I read your piece on grid storage and thought of you.");
  });

  it("fills one gap of two and keeps the draft for the next", async () => {
    const seeker = await seekerWithGaps();
    const number = seeker.items.find((i) => i.draftId === seeker.gapDraft)?.number;
    const { confirmation } = await reply(seeker, `fill ${number} your piece on grid storage`);
    const after = await draft(seeker.gapDraft);
    expect(after?.state).toBe("pending");
    expect(after?.body).toContain(
      "I read your piece on grid storage and thought of you. [[add: one line why]]",
    );
    expect(confirmation.text).toContain("it has another [[add: …]] gap");
  });

  it("refuses fill on a draft without a gap", async () => {
    const seeker = await seekerWithDigest();
    const plain = seeker.items.find((i) => i.kind === "feedback_request");
    const before = await draft(plain?.draftId ?? "");
    const { confirmation } = await reply(seeker, `fill ${plain?.number} something`);
    expect(confirmation.text).toContain("has no [[add: …]] gap left to fill");
    expect(await draft(plain?.draftId ?? "")).toEqual(before);
  });
});

describe("the LinkedIn card", () => {
  it("approves every note with its one number and hands them all back in one mail", async () => {
    const seeker = await seekerWithDigest();
    const group = await env.DB.prepare(
      "SELECT number, count(*) AS n FROM digest_groups WHERE digest_id = ?1 GROUP BY number",
    )
      .bind(seeker.digestId)
      .first<{ number: number; n: number }>();
    const notes = seeker.items.filter((i) => i.kind === "linkedin_note");
    expect(notes.length).toBeGreaterThan(1);
    expect(group?.n).toBe(notes.length);
    const { mail } = await reply(seeker, `approve ${group?.number}`);
    const handoffs = mail.sent.filter((m) => !m.subject.startsWith("Re:"));
    expect(handoffs).toHaveLength(1);
    expect(handoffs[0]?.subject).toBe(`${notes.length} LinkedIn notes to send`);
    for (const note of notes) {
      expect(handoffs[0]?.text).toContain(
        `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(note.contact ?? "")}`,
      );
      expect((await draft(note.draftId))?.state).toBe("sent");
    }
  });
});
