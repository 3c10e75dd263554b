// node scripts/render-digest-sample.ts
// Renders a realistic sample digest (six drafts including a LinkedIn note and a call script, a
// long German company name, a long address) to .wrangler/digest-sample/digest.html and
// digest.txt, to look at in a browser or to screenshot with scripts/check-digest-layout.ts.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { composeDigest } from "../src/digest/compose-digest.ts";
import { renderHtml } from "../src/digest/render-html.ts";
import { renderText } from "../src/digest/render-text.ts";
import { SAMPLE_DIGEST_DATA } from "../test/digest/sample-digest-data.ts";

export const SAMPLE_DIR = join(import.meta.dirname, "..", ".wrangler", "digest-sample");

/** Writes the sample's HTML and text; returns the paths and the subject. */
export async function renderDigestSample(dir = SAMPLE_DIR) {
  const digest = composeDigest(SAMPLE_DIGEST_DATA);
  if (!digest) throw new Error("the sample digest has nothing to say");
  await mkdir(dir, { recursive: true });
  const html = join(dir, "digest.html");
  const text = join(dir, "digest.txt");
  await writeFile(
    html,
    renderHtml(digest, { replyAddress: "jobs+0123456789abcdef0123456789abcdef@jordanlee.dev" }),
    "utf8",
  );
  await writeFile(text, renderText(digest), "utf8");
  return { html, text, subject: digest.subject };
}

if (import.meta.main) {
  const { html, text, subject } = await renderDigestSample();
  console.log(`Subject: ${subject}\n${html}\n${text}`);
}
