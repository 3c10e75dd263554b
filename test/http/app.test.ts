import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const TOKEN = "test-admin-token-0123456789abcdef";
const withToken = { ...env, ADMIN_TOKEN: TOKEN };

async function call(path: string, init: RequestInit = {}, bindings: Env = withToken) {
  const { app } = await import("../../src/http/app.ts");
  return app.request(path, init, bindings);
}

const body = (inbox: string) =>
  JSON.stringify({
    inboxAddress: inbox,
    ownerAddress: "Jordan.Lee@Gmail.com",
    timeZone: "Europe/Berlin",
  });

describe("HTTP", () => {
  it("answers the health check through the Worker's fetch()", async () => {
    const { default: worker } = await import("../../src/index.ts");
    const response = await worker.fetch(
      new Request("https://rebound.test/health"),
      env,
      createExecutionContext(),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it("refuses the admin API without the right token", async () => {
    expect((await call("/admin/users", { method: "POST", body: body("a@x.dev") })).status).toBe(
      401,
    );
    const wrong = { authorization: "Bearer nope", "content-type": "application/json" };
    expect(
      (await call("/admin/users", { method: "POST", headers: wrong, body: body("a@x.dev") }))
        .status,
    ).toBe(401);
  });

  it.each([
    ["no admin token", undefined],
    ["an admin token of 31 characters", "a".repeat(31)],
  ])("serves no admin API with %s: 503 and why", async (_, token) => {
    const headers = { authorization: `Bearer ${token ?? ""}`, "content-type": "application/json" };
    const response = await call(
      "/admin/users",
      { method: "POST", headers, body: body("b@x.dev") },
      { ...env, ADMIN_TOKEN: token } as Env,
    );
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: string }).error).toMatch(/at least 32 characters/);
  });

  it.each([
    ["a prefix of the token", TOKEN.slice(0, -1)],
    ["the token and more", `${TOKEN}x`],
    ["the token in other case", TOKEN.toUpperCase()],
  ])("refuses %s", async (_, presented) => {
    const headers = { authorization: `Bearer ${presented}`, "content-type": "application/json" };
    const response = await call("/admin/users", {
      method: "POST",
      headers,
      body: body("c@x.dev"),
    });
    expect(response.status).toBe(401);
  });

  it("creates a job seeker, lower-casing addresses, and refuses the same inbox twice", async () => {
    const headers = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
    const created = await call("/admin/users", {
      method: "POST",
      headers,
      body: body("Jobs@Create.dev"),
    });
    expect(created.status).toBe(201);
    const { id, forwardingAddress, contactAddress } = (await created.json()) as {
      id: string;
      forwardingAddress: string;
      contactAddress: string;
    };
    // The private addresses mail is accepted at: the inbox with a 128-bit secret each.
    expect(forwardingAddress).toMatch(/^jobs\+fwd-[0-9a-f]{32}@create\.dev$/);
    expect(contactAddress).toMatch(/^jobs\+re-[0-9a-f]{32}@create\.dev$/);
    const row = await env.DB.prepare(
      "SELECT inbox_address, owner_address, time_zone FROM users WHERE id = ?1",
    )
      .bind(id)
      .first();
    expect(row).toEqual({
      inbox_address: "jobs@create.dev",
      owner_address: "jordan.lee@gmail.com",
      time_zone: "Europe/Berlin",
    });
    const again = await call("/admin/users", {
      method: "POST",
      headers,
      body: body("jobs@create.dev"),
    });
    expect(again.status).toBe(409);
  });

  it.each([
    [{ inboxAddress: "not-an-address", ownerAddress: "a@b.dev" }],
    [{ inboxAddress: "a@b.dev", ownerAddress: "c@d.dev", timeZone: "Mars/Olympus" }],
    [{ inboxAddress: "a@b.dev", ownerAddress: "c@d.dev", digestHour: 24 }],
    [{ inboxAddress: "a@b.dev", ownerAddress: "c@d.dev", deliveryMode: "carrier-pigeon" }],
  ])("rejects an invalid body %o with 400", async (invalid) => {
    const headers = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
    const response = await call("/admin/users", {
      method: "POST",
      headers,
      body: JSON.stringify(invalid),
    });
    expect(response.status).toBe(400);
  });
});
