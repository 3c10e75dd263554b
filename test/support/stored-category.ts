import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { createJordan, deliver } from "./deliver.ts";
import { JORDAN } from "./users.ts";

/** What the Worker's email() stored of a message Jordan forwards: its category and reason. */
export async function storedCategory(
  raw: string,
): Promise<{ category: string | undefined; reason: string | null | undefined }> {
  const { userId, inbox } = await createJordan();
  const delivered = await deliver(raw, { from: JORDAN.owner, to: inbox });
  expect(delivered.rejected).toBeNull();
  const row = await env.DB.prepare(
    "SELECT category, reason FROM inbound_messages WHERE user_id = ?1",
  )
    .bind(userId)
    .first<{ category: string; reason: string | null }>();
  return { category: row?.category, reason: row?.reason };
}
