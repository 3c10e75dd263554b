import { Hono } from "hono";
import { findUserByCalendarSecret, loadCalendarFollowUps } from "../db/exports.ts";
import { followUpCalendar } from "../exports/calendar.ts";
import { hashCalendarSecret } from "../exports/calendar-secret.ts";

/** GET /calendar/<secret>.ics: a user's follow-ups for phone calendars to subscribe to. */
export const calendarFeed = new Hono<{ Bindings: Env }>();

calendarFeed.get("/calendar/:file", async (c) => {
  const secret = /^([0-9a-f]{32})\.ics$/.exec(c.req.param("file"))?.[1];
  // A wrong, malformed or revoked secret all get the same answer: nothing to learn from it.
  const user = secret
    ? await findUserByCalendarSecret(c.env.DB, await hashCalendarSecret(secret))
    : null;
  if (!user) return c.text("Not found", 404);
  const body = followUpCalendar(await loadCalendarFollowUps(c.env.DB, user.id), new Date());
  return c.body(body, 200, {
    "content-type": "text/calendar; charset=utf-8",
    "cache-control": "private, max-age=300",
    "referrer-policy": "no-referrer",
  });
});
