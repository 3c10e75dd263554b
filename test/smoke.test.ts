import * as chrono from "chrono-node";
import EmailForwardParser from "email-forward-parser";
import EmailReplyParser from "email-reply-parser";
import { expect, it } from "vitest";

it("libraries load in workerd", () => {
  const r = new EmailForwardParser().read(
    "hello\n\n---------- Forwarded message ---------\nFrom: A B <a@b.com>\nDate: Mon, 1 Jan 2024\nSubject: x\nTo: <c@d.com>\n\nbody text",
    "Fwd: x",
  );
  expect(r.forwarded).toBe(true);
  expect(new EmailReplyParser().read("hi\n\nOn Mon, A wrote:\n> x").getVisibleText()).toContain(
    "hi",
  );
  expect(chrono.parseDate("back on January 14")).not.toBeNull();
});
