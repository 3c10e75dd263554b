import { describe, expect, it } from "vitest";
import { composeDigest, type Digest } from "../../src/digest/compose-digest.ts";
import {
  CONTRAST_PAIRS,
  DARK,
  escapeHtml,
  LIGHT,
  type Palette,
  renderHtml,
} from "../../src/digest/render-html.ts";
import { renderText } from "../../src/digest/render-text.ts";
import type { DigestData, DraftItem } from "../../src/domain/digest-data.ts";
import { MESSAGE_KINDS } from "../../src/domain/message-kind.ts";
import { SAMPLE_DIGEST_DATA } from "./sample-digest-data.ts";

function compose(data: DigestData): Digest {
  const digest = composeDigest(data);
  if (!digest) throw new Error("expected a digest");
  return digest;
}

interface Element {
  tag: string;
  attributes: [string, string][];
}

/** Every element and attribute of a page, as workerd's own HTML parser sees them. */
async function elementsOf(html: string): Promise<Element[]> {
  const found: Element[] = [];
  await new HTMLRewriter()
    .on("*", {
      element(el) {
        found.push({
          tag: el.tagName,
          attributes: [...el.attributes].map(([name, value]) => [name ?? "", value ?? ""]),
        });
      },
    })
    .transform(new Response(html))
    .text();
  return found;
}

/** What strangers might put in a name, a subject or a body. */
const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  "javascript:alert(document.cookie)",
  "</div></body><iframe src=https://evil.example>",
  '<a href="https://evil.example">click</a>',
  "&lt;already escaped&gt; &amp; more",
];

function hostileData(payload: string): DigestData {
  const kinds = ["appreciation", "linkedin_note", "call_script"] as const;
  const drafts: DraftItem[] = kinds.map((kind, index) => ({
    draftId: `d${index}`,
    version: 1,
    kind,
    channel: MESSAGE_KINDS[kind].channel,
    recipientName: payload,
    recipientEmail: index === 0 ? `${payload}@evil.example` : "ok@example.com",
    company: payload,
    subject: payload,
    body: `${payload}\n${payload}`,
    why: payload,
  }));
  return {
    user: { displayName: payload, timeZone: "UTC" },
    localDate: payload,
    peopleToConfirm: [
      { contactId: "p1", name: payload, email: `${payload}@evil.example`, introducedBy: payload },
      { contactId: "p2", name: payload, email: "ok@example.com", introducedBy: payload },
    ],
    incoming: [
      {
        category: "rejection",
        reason: null,
        company: payload,
        role: payload,
        from: payload,
        subject: payload,
        route: "forward",
      },
      {
        category: "feedback",
        reason: null,
        company: payload,
        role: null,
        from: payload,
        subject: payload,
        route: "reply",
      },
      {
        category: payload,
        reason: null,
        company: payload,
        role: null,
        from: payload,
        subject: payload,
        route: "reply",
      },
    ],
    drafts,
    upcoming: [
      { kind: "check_in_90_day", recipientName: payload, company: payload, dueDate: payload },
    ],
    missingAddresses: [{ name: payload, company: payload }],
    attention: [
      { problem: "failed", subject: payload, detail: payload },
      { problem: "unsure", subject: payload, detail: payload },
    ],
    week: { rejections: 1, conversations: 1, sent: 1, replies: 1 },
  };
}

const ALLOWED_TAGS = new Set([
  "html",
  "head",
  "meta",
  "title",
  "style",
  "body",
  "div",
  "section",
  "h1",
  "h2",
  "h3",
  "p",
  "ul",
  "li",
  "span",
  "strong",
  "code",
  "a",
  "br",
  "em",
  "ol",
  "mark",
  "table",
  "tr",
  "td",
]);
const ALLOWED_ATTRIBUTES = new Set([
  "lang",
  "dir",
  "charset",
  "name",
  "content",
  "class",
  "style",
  "role",
  "aria-label",
  "href",
  "id",
  "cellpadding",
  "cellspacing",
  "border",
]);

describe("renderHtml: data is always escaped", () => {
  it.each(HOSTILE)("renders %j as text, never as markup", async (payload) => {
    const html = renderHtml(compose(hostileData(payload)));
    const elements = await elementsOf(html);
    expect(elements.filter((e) => !ALLOWED_TAGS.has(e.tag)).map((e) => e.tag)).toEqual([]);
    const attributes = elements.flatMap((e) => e.attributes);
    expect(attributes.filter(([name]) => !ALLOWED_ATTRIBUTES.has(name))).toEqual([]);
    // The only links are mailto: links to addresses that passed validation, and anchors.
    for (const [name, value] of attributes.filter(([n]) => n === "href")) {
      expect(name).toBe("href");
      expect(value).toMatch(/^(mailto:ok@example\.com|#draft-\d+)$/);
    }
    expect(html).toContain(escapeHtml(payload));
    expect(html).toContain("People to confirm");
    // Angle brackets from data arrive as entities, so no tag can open.
    expect(html).not.toMatch(/<(script|img|svg|iframe)/i);
  });

  it("percent-encodes a mailto: address and escapes it in the attribute", async () => {
    const data = hostileData("x");
    const first = data.drafts[0];
    if (first) first.recipientEmail = "o'brien&co+jobs@mail.example.org";
    const html = renderHtml(compose(data));
    const hrefs = (await elementsOf(html)).flatMap((e) =>
      e.attributes.filter(([n]) => n === "href").map(([, v]) => v),
    );
    expect(hrefs).toContain("mailto:o&#39;brien%26co%2Bjobs@mail.example.org");
    expect(html).toContain('href="mailto:o&#39;brien%26co%2Bjobs@mail.example.org"');
  });

  it.each([
    ["&", "&amp;"],
    ["<b>", "&lt;b&gt;"],
    [`"'`, "&quot;&#39;"],
    ["plain", "plain"],
  ])("escapeHtml(%j) -> %j", (raw, escaped) => {
    expect(escapeHtml(raw)).toBe(escaped);
  });
});

/** HTMLRewriter hands attributes over as written; a mail client decodes the entities. */
function unescapeAttribute(value: string): string {
  return value.replaceAll("&#39;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
}

describe("renderHtml: one tap to answer", () => {
  const reply = "jobs+0123456789abcdef0123456789abcdef@jordanlee.dev";
  const digest = compose(SAMPLE_DIGEST_DATA);
  const html = renderHtml(digest, { replyAddress: reply });

  async function commandLinks(): Promise<{ to: string; subject: string; body: string }[]> {
    const hrefs = (await elementsOf(html))
      .flatMap((e) => e.attributes.filter(([n]) => n === "href").map(([, v]) => v))
      .map(unescapeAttribute)
      .filter((href) => href.startsWith(`mailto:${reply.replace("+", "%2B")}`));
    return hrefs.map((href) => {
      const url = new URL(href);
      return {
        to: decodeURIComponent(url.pathname),
        subject: url.searchParams.get("subject") ?? "",
        body: url.searchParams.get("body") ?? "",
      };
    });
  }

  it("gives each draft approve, edit and skip buttons that write the command to the reply address", async () => {
    const links = await commandLinks();
    for (const item of digest.emails) {
      const bodies = links.map((l) => l.body);
      expect(bodies).toContain(`approve ${item.number}`);
      expect(bodies).toContain(`skip ${item.number}`);
      expect(bodies).toContain(`edit ${item.number}\r\n${item.body.replace(/\n/g, "\r\n")}`);
    }
    expect(links.every((l) => l.to === reply)).toBe(true);
    expect(links.every((l) => l.subject === `Re: ${digest.subject}`)).toBe(true);
  });

  it("keeps every link under 2,000 characters, encoded so no field can be added", async () => {
    const hrefs = (await elementsOf(html))
      .flatMap((e) => e.attributes.filter(([n]) => n === "href").map(([, v]) => v))
      .map(unescapeAttribute)
      .filter((h) => h.startsWith("mailto:"));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) {
      expect(href.length).toBeLessThanOrEqual(2000);
      const query = href.split("?")[1];
      if (query === undefined) continue;
      expect(
        query
          .split("&")
          .map((p) => p.split("=")[0])
          .every((k) => k === "subject" || k === "body"),
      ).toBe(true);
    }
  });

  it("offers to fill a gap instead of approving a draft that has one", async () => {
    const data = structuredClone(SAMPLE_DIGEST_DATA);
    const first = data.drafts[0];
    if (first) first.body = "Hi Rachel,\n\nI read [[add: an article]].\n\nJordan";
    const withGap = compose(data);
    const gap = withGap.items.find((i) => i.hasGap);
    const page = renderHtml(withGap, { replyAddress: reply });
    expect(page).toContain(`body=fill%20${gap?.number}%20`);
    expect(page).not.toContain(`body=approve%20${gap?.number}"`);
    expect(page).toContain("<mark");
  });
});

describe("renderHtml: an email that works everywhere", () => {
  const html = renderHtml(compose(SAMPLE_DIGEST_DATA));

  it("declares light and dark support and adapts in dark mode", () => {
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain('<meta name="supported-color-schemes" content="light dark">');
    expect(html).toMatch(/<style>[\s\S]*@media \(prefers-color-scheme: dark\)[\s\S]*<\/style>/);
    expect(html).toContain(`background: ${DARK.sheet} !important`);
  });

  it("uses no external assets and no scripts", () => {
    expect(html).not.toMatch(
      /<script|<link|<img|<iframe|@import|url\(|src=|https?:\/\/[^\s<"]*\.(css|js|png)/i,
    );
  });

  it("is one fluid column with no fixed width wider than 360 px, breaking long words", () => {
    expect(html).toContain("max-width:640px");
    const widths = [...html.matchAll(/(?<![\w-])width:\s*(\d+)px/g)].map((m) => Number(m[1]));
    expect(widths.filter((w) => w > 360)).toEqual([]);
    expect(html).not.toMatch(/\swidth="/);
    expect(html).toContain("overflow-wrap:anywhere");
    expect(html).toContain("word-break:break-word");
  });

  it("uses headings for the structure: one h1, an h3 per draft", async () => {
    const elements = await elementsOf(html);
    const count = (tag: string) => elements.filter((e) => e.tag === tag).length;
    const digest = compose(SAMPLE_DIGEST_DATA);
    expect(count("h1")).toBe(1);
    expect(count("h2")).toBeGreaterThanOrEqual(digest.sections.length + 3);
    expect(count("h3")).toBe(digest.items.length);
  });

  it("keeps the drafts' line breaks in a pre-wrap block", () => {
    expect(html).toContain("white-space:pre-wrap");
    expect(html).toContain("Best regards,<br>Jordan Lee</div>");
    expect(html).toContain("Hi Rachel,<br>Thank you for taking the time");
  });

  it("puts every LinkedIn note in one card and marks call scripts", () => {
    expect(html).toContain("1 LinkedIn note</h2>");
    expect(html).toContain(
      "Jonas Weber (Energieversorgungsunternehmensdienstleistungsgesellschaft mbH):</h3>",
    );
    expect(html).toContain("A voicemail script: Rebound never calls anyone.");
  });

  it("draws progress as a table of bars, inline-styled", () => {
    expect(html).toContain("Your progress");
    expect(html).toMatch(
      /<table role="presentation"[^>]*>[\s\S]*Applications[\s\S]*class="rb-bar" style="width:\d+%/,
    );
  });
});

/** WCAG 2.x relative luminance and contrast ratio. */
function contrast(foreground: string, background: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe("colours", () => {
  const cases = (["light", "dark"] as const).flatMap((scheme) =>
    CONTRAST_PAIRS.map(([fg, bg]) => [scheme, fg, bg] as const),
  );
  it.each(cases)("%s: %s on %s reaches 4.5:1", (scheme, fg, bg) => {
    const palette: Palette = scheme === "light" ? LIGHT : DARK;
    expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it("measures contrast the WCAG way", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });
});

describe("both renderers: no holes", () => {
  const sparse: DigestData = {
    user: { displayName: null, timeZone: "UTC" },
    localDate: "2026-11-23",
    incoming: [
      {
        category: "other",
        reason: null,
        company: null,
        role: null,
        from: null,
        subject: "",
        route: "reply",
      },
      {
        category: "other",
        reason: null,
        company: null,
        role: null,
        from: null,
        subject: "",
        route: "forward",
      },
    ],
    drafts: [
      {
        draftId: "d1",
        version: 1,
        kind: "appreciation",
        channel: "email",
        recipientName: null,
        recipientEmail: null,
        company: null,
        subject: "",
        body: "",
        why: "",
      },
    ],
    upcoming: [
      { kind: "stay_in_touch", recipientName: null, company: null, dueDate: "2026-11-30" },
    ],
    missingAddresses: [{ name: "", company: null }],
    attention: [{ problem: "unsure", subject: "", detail: "" }],
    week: { rejections: 0, conversations: 0, sent: 0, replies: 0 },
  };

  it.each([
    ["the sample", SAMPLE_DIGEST_DATA],
    ["data full of nulls and empty strings", sparse],
  ])("never shows undefined, null or NaN for %s", (_, data) => {
    const digest = compose(data);
    for (const rendered of [
      renderText(digest),
      renderHtml(digest),
      digest.subject,
      digest.preheader,
    ]) {
      expect(rendered).not.toMatch(/undefined|\bnull\b|NaN|\[object /);
    }
  });
});
