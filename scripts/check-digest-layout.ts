// node scripts/check-digest-layout.ts [page.html]
// Renders the sample digest (scripts/render-digest-sample.ts), screenshots it in Debian's
// headless Chromium at 360 px and 1200 px (and at 360 px in dark mode) into
// .wrangler/digest-sample/, and fails when the page scrolls sideways at 360 px.
// Needs /usr/bin/chromium (`apt-get install -y chromium`); never downloads a browser.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { renderDigestSample, SAMPLE_DIR } from "./render-digest-sample.ts";

const run = promisify(execFile);
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
/** The narrowest phone the digest must fit (the 360 px), and a desktop window. */
const NARROW = 360;
const WIDE = 1200;
/** Screenshots are cut at this height; the sample is shorter at both widths. */
const MAX_HEIGHT = 12_000;

interface Measurement {
  innerWidth: number;
  scrollWidth: number;
  /** The content's own height (the frame around it is taller). */
  scrollHeight: number;
  /** Elements reaching past the right edge, to say what overflows. */
  culprits: string[];
}

/** Runs Chromium once on a page with a fresh profile, no network chatter, no GPU. */
async function chromium(args: string[], url: string): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), "rebound-chromium-"));
  try {
    const { stdout } = await run(
      CHROMIUM,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        `--user-data-dir=${profile}`,
        ...args,
        url,
      ],
      { timeout: 60_000, maxBuffer: 32 * 1024 * 1024 },
    );
    return stdout;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * Lays the page out in an iframe exactly `width` px wide (a headless window is never narrower
 * than 500 px) and reads the measurements a script in the outer page writes into the DOM.
 */
async function measure(html: string, width: number): Promise<Measurement> {
  const wrapper = `<!DOCTYPE html>
<html><body style="margin:0">
<iframe id="digest" width="${width}" height="${MAX_HEIGHT}" style="border:0;display:block"
  srcdoc="${html.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}"></iframe>
<pre id="rebound-measurement"></pre>
<script>
document.getElementById("digest").addEventListener("load", (event) => {
  const frame = event.target.contentWindow;
  const root = frame.document.documentElement;
  const culprits = [...frame.document.body.querySelectorAll("*")]
    .filter((el) => el.getBoundingClientRect().right > frame.innerWidth + 0.5)
    .slice(0, 10)
    .map((el) => el.tagName.toLowerCase() + (el.className ? "." + el.className : "") + ": " +
      (el.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 60));
  document.getElementById("rebound-measurement").textContent = JSON.stringify({
    innerWidth: frame.innerWidth, scrollWidth: root.scrollWidth,
    scrollHeight: Math.ceil(root.getBoundingClientRect().height),
    culprits });
});
</script>
</body></html>`;
  const file = join(SAMPLE_DIR, `measure-${width}.html`);
  await writeFile(file, wrapper, "utf8");
  try {
    const dom = await chromium(
      ["--dump-dom", "--virtual-time-budget=5000", `--window-size=${Math.max(width, 500)},800`],
      pathToFileURL(file).href,
    );
    const json = /<pre id="rebound-measurement">(.+?)<\/pre>/s.exec(dom)?.[1];
    if (!json) throw new Error(`Chromium returned no measurement at ${width} px`);
    return JSON.parse(decodeEntities(json)) as Measurement;
  } finally {
    await rm(file, { force: true });
  }
}

/** --dump-dom escapes the measurement's text; JSON wants it back. */
function decodeEntities(text: string): string {
  return text
    .replaceAll("&quot;", '"')
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&nbsp;", "\u00a0")
    .replaceAll("&amp;", "&");
}

async function screenshot(page: string, width: number, height: number, out: string, dark = false) {
  await chromium(
    [
      `--window-size=${width},${Math.min(height, MAX_HEIGHT)}`,
      `--screenshot=${out}`,
      ...(dark ? ["--force-dark-mode", "--blink-settings=preferredColorScheme=0"] : []),
    ],
    page,
  );
  if (!existsSync(out)) throw new Error(`Chromium wrote no screenshot to ${out}`);
  console.log(`  ${out}`);
}

await mkdir(SAMPLE_DIR, { recursive: true });
if (!existsSync(CHROMIUM)) {
  console.error(
    `No Chromium at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM.`,
  );
  process.exit(2);
}

// An HTML file given as the argument is checked instead of the sample (to try a change quickly).
const given = process.argv.slice(2).find((a) => a !== "--");
const sample = given ? { html: resolve(given), subject: `(${given})` } : await renderDigestSample();
const html = await readFile(sample.html, "utf8");
const page = pathToFileURL(sample.html).href;
const narrow = await measure(html, NARROW);
const wide = await measure(html, WIDE);
if (narrow.innerWidth !== NARROW) {
  console.error(
    `Chromium laid the page out ${narrow.innerWidth} px wide, not ${NARROW}: no check.`,
  );
  process.exit(1);
}

console.log(`Sample: ${sample.subject}`);
console.log("Screenshots:");
await screenshot(page, NARROW, narrow.scrollHeight, join(SAMPLE_DIR, "digest-360.png"));
await screenshot(page, NARROW, narrow.scrollHeight, join(SAMPLE_DIR, "digest-360-dark.png"), true);
await screenshot(page, WIDE, wide.scrollHeight, join(SAMPLE_DIR, "digest-1200.png"));

console.log(
  `At ${NARROW} px: ${narrow.scrollWidth} px wide, ${narrow.scrollHeight} px tall; ` +
    `at ${WIDE} px: ${wide.scrollWidth} px wide, ${wide.scrollHeight} px tall.`,
);
if (narrow.scrollWidth > NARROW) {
  console.error(
    `The digest overflows at ${NARROW} px: the page is ${narrow.scrollWidth} px wide. ` +
      `Past the edge:\n  ${narrow.culprits.join("\n  ")}`,
  );
  process.exit(1);
}
console.log(`No horizontal overflow at ${NARROW} px.`);
