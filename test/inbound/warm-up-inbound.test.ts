import { afterEach, describe, expect, it, vi } from "vitest";
import { warmUpInbound } from "../../src/inbound/warm-up-inbound.ts";

describe("warmUpInbound", () => {
  afterEach(() => vi.restoreAllMocks());

  it("takes every sample through the whole pipeline to a stored, understood message", async () => {
    const logged = vi.spyOn(console, "error");
    const outcomes = await warmUpInbound();
    // Three rounds of the forward and the contact's reply, then one forward per other language.
    expect(outcomes).toHaveLength(12);
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({ kind: "stored", status: "processed" });
    }
    expect(logged).not.toHaveBeenCalled();
  });
});
