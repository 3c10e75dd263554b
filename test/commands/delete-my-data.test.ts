import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { parseCommands } from "../../src/commands/parse-commands.ts";
import { fakeMailBinding, replyToDigest, seekerWithDigest } from "../support/reply-loop.ts";
import { JORDAN } from "../support/users.ts";

async function userExists(userId: string): Promise<boolean> {
  const row = await env.DB.prepare("SELECT 1 AS ok FROM users WHERE id = ?1").bind(userId).first();
  return row !== null;
}

const codeIn = (text: string) => /delete my data confirm ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(text)?.[1];

describe('"delete my data" by reply', () => {
  it.each([
    ["delete my data", null],
    ["Delete my data.", null],
    ["delete my data confirm abcd-2345", "ABCD-2345"],
  ])("reads %j", (line, code) => {
    expect(parseCommands(line).commands).toEqual([{ kind: "delete_data", code, line }]);
  });

  it("asks for a code first, deletes everything with it, and says so", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "delete my data", mail.env);
    expect(await userExists(seeker.userId)).toBe(true);
    const ask = mail.sent.find((m) => m.text.includes("delete my data confirm"));
    expect(ask?.to).toEqual([JORDAN.owner]);
    const code = codeIn(ask?.text ?? "");
    expect(code).toBeDefined();
    // Only the code's hash is stored.
    const stored = await env.DB.prepare(
      "SELECT code_hash FROM deletion_requests WHERE user_id = ?1",
    )
      .bind(seeker.userId)
      .first<{ code_hash: string }>();
    expect(stored?.code_hash).not.toContain(code ?? "?");

    await replyToDigest(seeker, `delete my data confirm ${code}`, mail.env);
    expect(await userExists(seeker.userId)).toBe(false);
    const drafts = await env.DB.prepare("SELECT count(*) AS n FROM drafts WHERE user_id = ?1")
      .bind(seeker.userId)
      .first<{ n: number }>();
    expect(drafts?.n).toBe(0);
    const final = mail.sent.at(-1);
    expect(final?.to).toEqual([JORDAN.owner]);
    expect(final?.text).toMatch(/Rebound deleted your data/);
  });

  it("deletes nothing with a wrong code", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "delete my data", mail.env);
    await replyToDigest(seeker, "delete my data confirm ZZZZ-2222", mail.env);
    expect(await userExists(seeker.userId)).toBe(true);
    expect(mail.sent.at(-1)?.text).toMatch(/wrong or has expired/);
  });

  it("deletes nothing with a code older than 24 hours", async () => {
    const seeker = await seekerWithDigest();
    const mail = fakeMailBinding();
    await replyToDigest(seeker, "delete my data", mail.env);
    const code = codeIn(mail.sent.at(-1)?.text ?? "");
    await env.DB.prepare(
      "UPDATE deletion_requests SET expires_at = '2020-01-01T00:00:00.000Z' WHERE user_id = ?1",
    )
      .bind(seeker.userId)
      .run();
    await replyToDigest(seeker, `delete my data confirm ${code}`, mail.env);
    expect(await userExists(seeker.userId)).toBe(true);
  });
});
