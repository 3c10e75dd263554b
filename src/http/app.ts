import { sValidator } from "@hono/standard-validator";
import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { NewUserBodySchema, UserPatchBodySchema } from "../../schemas/api.ts";
import { listUsers } from "../db/admin-users.ts";
import { updateUserSettings } from "../db/settings.ts";
import { summariseUser } from "../db/summary.ts";
import { findUserAddresses, findUserById, insertUser, rotateAddressSecrets } from "../db/users.ts";
import { bindingMailer } from "../deliver/binding-mailer.ts";
import { readConfig } from "../env.ts";
import { composeAddressNotice } from "../inbound/address-notice.ts";
import { deleteUser } from "../retention/delete-user.ts";
import { calendarFeed } from "./calendar-feed.ts";
import { patchToChanges } from "./user-patch.ts";

/** HTTP: a health check and a small admin API for adding job seekers and seeing their data. */
export const app = new Hono<{ Bindings: Env }>();

app.get("/health", (c) => c.json({ ok: true }));
app.route("/", calendarFeed);

/** Shorter admin tokens are guessable; the API stays off until a real one is set. */
const MIN_ADMIN_TOKEN_CHARS = 32;

app.use("/admin/*", async (c, next) => {
  const token = c.env.ADMIN_TOKEN ?? "";
  if (token.length < MIN_ADMIN_TOKEN_CHARS) {
    return c.json(
      {
        error: `The admin API is off: ADMIN_TOKEN must be set to at least ${MIN_ADMIN_TOKEN_CHARS} characters (wrangler secret put ADMIN_TOKEN; e.g. openssl rand -hex 32).`,
      },
      503,
    );
  }
  const presented = c.req.header("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? "";
  if (!(await sameSecret(presented, token))) {
    throw new HTTPException(401, { message: "Unauthorized" });
  }
  await next();
});

/** Compares SHA-256 digests in constant time: neither the token's length nor its prefix leaks. */
async function sameSecret(presented: string, expected: string): Promise<boolean> {
  const digest = (text: string) => crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  const [left, right] = await Promise.all([digest(presented), digest(expected)]);
  return crypto.subtle.timingSafeEqual(left, right);
}

app.post("/admin/users", sValidator("json", NewUserBodySchema), async (c) => {
  const body = c.req.valid("json");
  const id = await insertUser(c.env.DB, body, new Date());
  // The private address to forward to, and the one contacts may write to (README, "Addresses").
  const addresses = await findUserAddresses(c.env.DB, id);
  return c.json({ id, ...addresses }, 201);
});

/**
 * Replaces the forwarding secret (`?address=contact` the contact one, `both` both): the old
 * address stops accepting mail at once. The user is mailed the new address.
 */
app.post("/admin/users/:id/rotate-address", async (c) => {
  const which = c.req.query("address") ?? "forward";
  if (which !== "forward" && which !== "contact" && which !== "both") {
    throw new HTTPException(400, { message: "address must be forward, contact or both" });
  }
  const user = await findUserById(c.env.DB, c.req.param("id"));
  if (!user) throw new HTTPException(404, { message: "No such user" });
  const addresses = await rotateAddressSecrets(c.env.DB, user.id, which);
  if (!addresses) throw new HTTPException(404, { message: "No such user" });
  const { serviceAddress } = readConfig(c.env);
  let told = true;
  try {
    await bindingMailer(c.env.EMAIL).notify(
      composeAddressNotice(serviceAddress, user.ownerAddress, addresses, which),
    );
  } catch (error) {
    told = false;
    console.error("address notice failed", user.id, error instanceof Error ? error.message : error);
  }
  return c.json({ id: user.id, ...addresses, told });
});

app.get("/admin/users", async (c) => c.json({ users: await listUsers(c.env.DB) }));

app.get("/admin/users/:id", async (c) => {
  const user = await findUserById(c.env.DB, c.req.param("id"));
  if (!user) return c.json({ error: "No such user." }, 404);
  return c.json({ ...user, ...(await findUserAddresses(c.env.DB, user.id)) });
});

app.patch("/admin/users/:id", sValidator("json", UserPatchBodySchema), async (c) => {
  const id = c.req.param("id");
  const result = await updateUserSettings(c.env.DB, id, patchToChanges(c.req.valid("json"))).run();
  if (result.meta.changes === 0) return c.json({ error: "No such user." }, 404);
  const user = await findUserById(c.env.DB, id);
  return c.json({ ...user, ...(await findUserAddresses(c.env.DB, id)) });
});

app.get("/admin/users/:id/summary", async (c) => {
  return c.json(await summariseUser(c.env.DB, c.req.param("id")));
});

app.delete("/admin/users/:id", async (c) => {
  const bucket = (c.env as { RAW_MAIL?: R2Bucket }).RAW_MAIL;
  const deletion = await deleteUser(c.env.DB, bucket, c.req.param("id"));
  if (!deletion.found) return c.json({ error: "No such user." }, 404);
  return c.json({ deleted: true, rawObjectsDeleted: deletion.rawObjectsDeleted });
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
