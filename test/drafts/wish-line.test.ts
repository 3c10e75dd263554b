import { describe, expect, it } from "vitest";
import { renderDraft } from "../../src/drafts/render-draft.ts";

const context = {
  recipient: { name: "Grace Liu", warm: false, note: "" },
  sender: { name: "Jordan Lee" },
  company: "Silverbirch Insurance Ltd",
  role: "Actuarial Analyst",
  targets: [],
  purpose: "appreciation" as const,
};

describe("thank-yous after a search on hold or a closed role", () => {
  it.each([0, 1, 2, 3])("wish no new hire well when nobody was hired (variant %i)", (variant) => {
    for (const kind of ["appreciation", "call_script"] as const) {
      const body = renderDraft({ ...context, kind, variant, someoneHired: false }).body;
      expect(body).not.toMatch(/whoever|joins you|takes on the role/);
    }
  });

  it.each([0, 1, 2])("do wish the new hire well when someone was hired (variant %i)", (variant) => {
    const body = renderDraft({ ...context, kind: "appreciation", variant }).body;
    expect(body).toMatch(/whoever/);
  });
});
