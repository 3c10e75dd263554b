import { afterEach, describe, expect, it, vi } from "vitest";
import { warmUpUnderstanding } from "../../src/understand/warm-up.ts";

describe("warmUpUnderstanding", () => {
  afterEach(() => vi.restoreAllMocks());

  it("parses and understands its sample without an error (a failure would only be logged)", async () => {
    const logged = vi.spyOn(console, "error");
    await warmUpUnderstanding();
    expect(logged).not.toHaveBeenCalled();
  });
});
