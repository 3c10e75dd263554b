import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const TOKEN = "test-admin-token-0123456789abcdef";
const withToken = { ...env, ADMIN_TOKEN: TOKEN };
const headers = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };

async function call(path: string, init: RequestInit = {}) {
  const { app } = await import("../../src/http/app.ts");
  return app.request(path, { ...init, headers }, withToken);
}

async function createUser(): Promise<string> {
  const inbox = `patch-${crypto.randomUUID().slice(0, 8)}@rebound.example`;
  const response = await call("/admin/users", {
    method: "POST",
    body: JSON.stringify({ inboxAddress: inbox, ownerAddress: "owner@example.org" }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe("admin API: users", () => {
  it("PATCH changes only the named settings and shows the user with the forwarding address", async () => {
    const id = await createUser();
    const response = await call(`/admin/users/${id}`, {
      method: "PATCH",
      body: JSON.stringify({
        displayName: "Jordan Lee",
        timeZone: "America/New_York",
        digestHour: 7,
        language: "de",
        deliveryMode: "direct",
        targetCompanies: ["Acme"],
      }),
    });
    expect(response.status).toBe(200);
    const user = (await response.json()) as Record<string, unknown>;
    expect(user).toMatchObject({
      id,
      displayName: "Jordan Lee",
      timeZone: "America/New_York",
      digestHour: 7,
      deliveryMode: "direct",
      targetCompanies: ["Acme"],
    });
    expect(user.forwardingAddress).toMatch(/^patch-.*@rebound\.example$/);
    const row = await env.DB.prepare(
      "SELECT draft_language, follow_employer_language, owner_address FROM users WHERE id = ?1",
    )
      .bind(id)
      .first();
    expect(row).toEqual({
      draft_language: "de",
      follow_employer_language: 0,
      owner_address: "owner@example.org",
    });
  });

  it.each([
    ["an hour out of range", { digestHour: 24 }],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }],
    ["an unknown field", { inboxAddress: "other@example.org" }],
    ["nothing to change", {}],
    ["a language that is not a code", { language: "German" }],
  ])("PATCH refuses %s with 400 and changes nothing", async (_, body) => {
    const id = await createUser();
    const before = await env.DB.prepare("SELECT * FROM users WHERE id = ?1").bind(id).first();
    const response = await call(`/admin/users/${id}`, {
      method: "PATCH",
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(await env.DB.prepare("SELECT * FROM users WHERE id = ?1").bind(id).first()).toEqual(
      before,
    );
  });

  it("PATCH and DELETE answer 404 for a user that does not exist", async () => {
    const missing = crypto.randomUUID();
    const patch = await call(`/admin/users/${missing}`, {
      method: "PATCH",
      body: JSON.stringify({ digestHour: 7 }),
    });
    expect(patch.status).toBe(404);
    expect((await call(`/admin/users/${missing}`, { method: "DELETE" })).status).toBe(404);
  });

  it("lists users and deletes one with everything it owned", async () => {
    const id = await createUser();
    const listed = (await (await call("/admin/users")).json()) as { users: { id: string }[] };
    expect(listed.users.map((u) => u.id)).toContain(id);
    const deleted = await call(`/admin/users/${id}`, { method: "DELETE" });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ deleted: true });
    expect((await call(`/admin/users/${id}`)).status).toBe(404);
    const after = (await (await call("/admin/users")).json()) as { users: { id: string }[] };
    expect(after.users.map((u) => u.id)).not.toContain(id);
  });
});
