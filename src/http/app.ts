import { sValidator } from "@hono/standard-validator";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { NewUserBodySchema, UserPatchBodySchema } from "../../schemas/api.ts";
import { deleteUser, listUsers, patchToChanges } from "../db/admin-users.ts";
import { updateUserSettings } from "../db/settings.ts";
import { summariseUser } from "../db/summary.ts";
import { findUserById, insertUser } from "../db/users.ts";
import { calendarFeed } from "./calendar-feed.ts";

/** HTTP: a health check and a small admin API for adding job seekers and seeing their data. */
export const app = new Hono<{ Bindings: Env }>();

app.get("/health", (c) => c.json({ ok: true }));
app.route("/", calendarFeed);

app.use("/admin/*", async (c, next) => {
  const presented = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? "";
  // Without a configured token every request is refused, rather than the API being open.
  if (!c.env.ADMIN_TOKEN || !sameSecret(presented, c.env.ADMIN_TOKEN)) {
    throw new HTTPException(401, { message: "Unauthorized" });
  }
  await next();
});

function sameSecret(a: string, b: string): boolean {
  const encoder = new TextEncoder();
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  return left.byteLength === right.byteLength && crypto.subtle.timingSafeEqual(left, right);
}

app.post("/admin/users", sValidator("json", NewUserBodySchema), async (c) => {
  const body = c.req.valid("json");
  const id = await insertUser(c.env.DB, body, new Date());
  return c.json({ id }, 201);
});

app.get("/admin/users", async (c) => c.json({ users: await listUsers(c.env.DB) }));

app.get("/admin/users/:id", async (c) => {
  const user = await findUserById(c.env.DB, c.req.param("id"));
  if (!user) return c.json({ error: "No such user." }, 404);
  return c.json({ ...user, forwardingAddress: user.inboxAddress });
});

app.patch("/admin/users/:id", sValidator("json", UserPatchBodySchema), async (c) => {
  const id = c.req.param("id");
  const result = await updateUserSettings(c.env.DB, id, patchToChanges(c.req.valid("json"))).run();
  if (result.meta.changes === 0) return c.json({ error: "No such user." }, 404);
  const user = await findUserById(c.env.DB, id);
  return c.json({ ...user, forwardingAddress: user?.inboxAddress });
});

app.delete("/admin/users/:id", async (c) => {
  const deleted = await deleteUser(c.env.DB, c.req.param("id"));
  return deleted ? c.body(null, 204) : c.json({ error: "No such user." }, 404);
});

app.get("/admin/users/:id/summary", async (c) => {
  return c.json(await summariseUser(c.env.DB, c.req.param("id")));
});

app.onError((error, c) => {
  if (error instanceof HTTPException) return error.getResponse();
  if (
    error instanceof Error &&
    /UNIQUE constraint failed: users\.inbox_address/.test(error.message)
  ) {
    return c.json({ error: "That inbox address is already taken." }, 409);
  }
  // The public answer stays generic; the detail goes to the Worker's logs.
  console.error("http error", error);
  return c.json({ error: "Internal error" }, 500);
});
