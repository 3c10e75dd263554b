import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { claimApprovedDrafts } from "../../src/db/deliveries.ts";
import { numberOf, seekerWithDigest } from "../support/reply-loop.ts";

describe("claimApprovedDrafts", () => {
  it("gives an approved draft to exactly one of two concurrent claims", async () => {
    const seeker = await seekerWithDigest();
    const id = seeker.items[numberOf(seeker, "feedback_request") - 1]?.draftId ?? "";
    await env.DB.prepare("UPDATE drafts SET state = 'approved' WHERE id = ?1").bind(id).run();
    const [a, b] = await Promise.all([
      claimApprovedDrafts(env.DB, seeker.userId, [id], new Date()),
      claimApprovedDrafts(env.DB, seeker.userId, [id], new Date()),
    ]);
    expect([...(a ?? []), ...(b ?? [])].map((d) => d.id)).toEqual([id]);
  });

  it("claims nothing that is not approved, and nothing of another user's", async () => {
    const seeker = await seekerWithDigest();
    const other = await seekerWithDigest();
    const pending = seeker.items[0]?.draftId ?? "";
    const theirs = other.items[0]?.draftId ?? "";
    await env.DB.prepare("UPDATE drafts SET state = 'approved' WHERE id = ?1").bind(theirs).run();
    expect(await claimApprovedDrafts(env.DB, seeker.userId, [pending, theirs], new Date())).toEqual(
      [],
    );
  });

  it("reads back what delivery needs, threading included", async () => {
    const seeker = await seekerWithDigest();
    const id = seeker.items[numberOf(seeker, "feedback_request") - 1]?.draftId ?? "";
    await env.DB.prepare("UPDATE drafts SET state = 'approved' WHERE id = ?1").bind(id).run();
    const [claimed] = await claimApprovedDrafts(env.DB, seeker.userId, [id], new Date());
    expect(claimed).toMatchObject({
      id,
      kind: "feedback_request",
      channel: "email",
      contactName: "Rachel Adeyemi",
      contactEmail: "rachel.adeyemi@northwind-robotics.com",
      company: "Northwind Robotics",
      answers: { messageId: null, subject: "Your application for Senior Backend Engineer" },
    });
  });
});
