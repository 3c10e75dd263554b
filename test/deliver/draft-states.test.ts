import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DraftConflict, editDraftText, transitionDraft } from "../../src/db/drafts.ts";
import { canTransition, type DraftState } from "../../src/domain/draft-state.ts";
import { createJordan, deliver } from "../support/deliver.ts";
import { FIXTURES } from "../support/fixtures.ts";

describe("canTransition", () => {
  it.each([
    ["pending", "approved", true],
    ["pending", "skipped", true],
    ["pending", "superseded", true],
    ["approved", "sending", true],
    ["sending", "sent", true],
    ["sending", "failed", true],
    ["sending", "unknown", true],
    ["failed", "approved", true],
    ["pending", "sent", false],
    ["pending", "sending", false],
    ["sent", "sending", false],
    ["unknown", "sending", false],
    ["skipped", "approved", false],
    ["superseded", "approved", false],
  ] as [DraftState, DraftState, boolean][])("%s -> %s: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });
});

async function aPendingDraft() {
  const { userId, inbox } = await createJordan();
  const f = FIXTURES.find((x) => x.name === "fwd-gmail-web-en-northwind-panel-note.eml");
  if (!f) throw new Error("fixture missing");
  await deliver(f.raw, { from: f.from, to: inbox });
  const draft = await env.DB.prepare(
    "SELECT id, version FROM drafts WHERE user_id = ?1 AND kind = 'feedback_request'",
  )
    .bind(userId)
    .first<{ id: string; version: number }>();
  if (!draft) throw new Error("no draft planned");
  return { userId, draftId: draft.id, version: draft.version };
}

const stateOf = async (draftId: string) =>
  (await env.DB.prepare("SELECT state, version, sent_at FROM drafts WHERE id = ?1")
    .bind(draftId)
    .first()) ?? {};

describe("transitionDraft and editDraftText in D1", () => {
  it("walks pending -> approved -> sending -> sent, stamping the send", async () => {
    const { userId, draftId, version } = await aPendingDraft();
    const now = new Date("2026-11-23T08:00:00Z");
    await transitionDraft(env.DB, userId, draftId, "pending", "approved", now, { version });
    await transitionDraft(env.DB, userId, draftId, "approved", "sending", now);
    await transitionDraft(env.DB, userId, draftId, "sending", "sent", now);
    expect(await stateOf(draftId)).toMatchObject({ state: "sent", sent_at: now.toISOString() });
  });

  it("lets only one of two concurrent claims to send succeed", async () => {
    const { userId, draftId } = await aPendingDraft();
    const now = new Date();
    await transitionDraft(env.DB, userId, draftId, "pending", "approved", now);
    const claims = await Promise.allSettled([
      transitionDraft(env.DB, userId, draftId, "approved", "sending", now),
      transitionDraft(env.DB, userId, draftId, "approved", "sending", now),
    ]);
    expect(claims.filter((c) => c.status === "fulfilled")).toHaveLength(1);
    const failed = claims.find((c) => c.status === "rejected");
    expect(failed?.status === "rejected" && failed.reason).toBeInstanceOf(DraftConflict);
  });

  it("refuses to approve a version the text has moved on from", async () => {
    const { userId, draftId, version } = await aPendingDraft();
    const now = new Date();
    const next = await editDraftText(
      env.DB,
      userId,
      draftId,
      version,
      { subject: "Hi", body: "New text" },
      now,
    );
    expect(next).toBe(version + 1);
    await expect(
      transitionDraft(env.DB, userId, draftId, "pending", "approved", now, { version }),
    ).rejects.toBeInstanceOf(DraftConflict);
    expect(await stateOf(draftId)).toMatchObject({ state: "pending", version: version + 1 });
  });

  it("never touches another user's draft", async () => {
    const { draftId } = await aPendingDraft();
    const stranger = await createJordan();
    await expect(
      transitionDraft(env.DB, stranger.userId, draftId, "pending", "skipped", new Date()),
    ).rejects.toBeInstanceOf(DraftConflict);
    expect(await stateOf(draftId)).toMatchObject({ state: "pending" });
  });

  it("rejects a transition the state machine does not have", async () => {
    const { userId, draftId } = await aPendingDraft();
    await expect(
      transitionDraft(env.DB, userId, draftId, "pending", "sent", new Date()),
    ).rejects.toThrow(/cannot go from pending to sent/);
  });
});
