import type {
  Digest,
  DigestDraft,
  DigestLine,
  DigestSection,
  Recipient,
} from "./compose-digest.ts";

/** The colours of one scheme; every text/background pair is checked for contrast in tests. */
export interface Palette {
  page: string;
  sheet: string;
  text: string;
  muted: string;
  border: string;
  link: string;
  draft: string;
  warm: string;
  warmEdge: string;
  handoff: string;
  handoffText: string;
  code: string;
  badge: string;
  badgeText: string;
}

/** Light colours, written inline so every client shows them. */
export const LIGHT: Palette = {
  page: "#f3f4f6",
  sheet: "#ffffff",
  text: "#1f2328",
  muted: "#4f5863",
  border: "#d0d7de",
  link: "#0a58b8",
  draft: "#f6f8fa",
  warm: "#edf7ef",
  warmEdge: "#1a7f37",
  handoff: "#fff4d6",
  handoffText: "#5c3b00",
  code: "#e9edf1",
  badge: "#0a58b8",
  badgeText: "#ffffff",
};

/** Dark colours, for clients that honour prefers-color-scheme (Apple Mail, iOS, some others). */
export const DARK: Palette = {
  page: "#0d1117",
  sheet: "#161b22",
  text: "#e6edf3",
  muted: "#a7b0ba",
  border: "#3a424d",
  link: "#80bbff",
  draft: "#0d1117",
  warm: "#132a1c",
  warmEdge: "#3fb950",
  handoff: "#2e2410",
  handoffText: "#f2cc60",
  code: "#262c36",
  badge: "#80bbff",
  badgeText: "#0d1117",
};

/** Text on background pairs that must reach WCAG AA (4.5:1) in both palettes. */
export const CONTRAST_PAIRS: readonly (readonly [keyof Palette, keyof Palette])[] = [
  ["text", "page"],
  ["text", "sheet"],
  ["text", "draft"],
  ["text", "warm"],
  ["text", "code"],
  ["muted", "sheet"],
  ["link", "sheet"],
  ["handoffText", "handoff"],
  ["badgeText", "badge"],
];

const FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const MONO = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace";

/** Each class names the palette colours it takes, so the dark block is written from DARK. */
const CLASSES: Record<
  string,
  Partial<Record<"background" | "color" | "border-color", keyof Palette>>
> = {
  "rb-page": { background: "page", color: "text" },
  "rb-sheet": { background: "sheet", color: "text", "border-color": "border" },
  "rb-muted": { color: "muted" },
  "rb-link": { color: "link" },
  "rb-rule": { "border-color": "border" },
  "rb-item": { "border-color": "border", color: "text" },
  "rb-warm": { background: "warm", "border-color": "warmEdge", color: "text" },
  "rb-draft": { background: "draft", color: "text", "border-color": "border" },
  "rb-handoff": { background: "handoff", color: "handoffText" },
  "rb-code": { background: "code", color: "text" },
  "rb-badge": { background: "badge", color: "badgeText" },
};

/** On a phone every pixel goes to the text; clients without <style> keep the inline padding. */
const NARROW_RULES = `@media (max-width: 480px) {
  .rb-frame { padding: 0 !important; }
  .rb-sheet { padding: 16px 12px !important; border-radius: 0 !important; border-width: 0 !important; }
  .rb-card { padding: 10px !important; }
  .rb-draft { padding: 10px !important; }
}`;

/** The digest as a text/html email: one fluid column, inline styles, data always escaped. */
export function renderHtml(digest: Digest): string {
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<meta name="x-apple-disable-message-reformatting">
<title>${escapeHtml(digest.subject)}</title>
<style>
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
${darkRules()}
}
${NARROW_RULES}
</style>
</head>
<body class="rb-page" style="${css({ margin: "0", padding: "0", background: LIGHT.page, color: LIGHT.text })}">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;">${escapeHtml(digest.preheader)}</div>
<div class="rb-page rb-frame" style="${css({ background: LIGHT.page, color: LIGHT.text, padding: "16px 8px" })}">
<div class="rb-sheet" role="article" aria-label="${escapeHtml(digest.title)}" style="${css({
    "max-width": "640px",
    margin: "0 auto",
    padding: "20px 16px",
    background: LIGHT.sheet,
    color: LIGHT.text,
    border: `1px solid ${LIGHT.border}`,
    "border-radius": "10px",
    "font-family": FONT,
    "font-size": "16px",
    "line-height": "1.5",
    "word-break": "break-word",
    "overflow-wrap": "anywhere",
  })}">
<h1 style="${css({ margin: "0", "font-size": "24px", "line-height": "1.25" })}">${escapeHtml(digest.title)}</h1>
<p class="rb-muted" style="${css({ margin: "4px 0 16px", color: LIGHT.muted })}">${escapeHtml(digest.date)}</p>
<p style="margin:0;">${escapeHtml(digest.greeting)}</p>
${digest.sections.map((s) => renderSection(s, digest)).join("\n")}
${digest.footer.map((line, i) => `<p class="rb-muted" style="${css({ margin: i === 0 ? "24px 0 0" : "4px 0 0", "font-size": "14px", color: LIGHT.muted })}">${escapeHtml(line)}</p>`).join("\n")}
</div>
</div>
</body>
</html>
`;
}

function renderSection(section: DigestSection, digest: Digest): string {
  const heading = `<h2 class="rb-rule" style="${css({
    margin: "28px 0 12px",
    "padding-top": "16px",
    "border-top": `1px solid ${LIGHT.border}`,
    "font-size": "20px",
    "line-height": "1.3",
  })}">${escapeHtml(section.heading)}</h2>`;
  switch (section.kind) {
    case "lines": {
      const intro = section.intro ? paragraph(section.intro) : "";
      return `<section>\n${heading}\n${intro}${renderLines(section.lines)}\n</section>`;
    }
    case "drafts":
      return `<section>\n${heading}\n${paragraph(section.intro)}${digest.items.map(renderDraft).join("\n")}\n</section>`;
    case "commands":
      return `<section>\n${heading}\n${paragraph(section.intro)}<ul style="${css({ margin: "0", padding: "0", "list-style": "none" })}">
${section.commands
  .map(
    (c) =>
      `<li style="margin:0 0 8px;"><code class="rb-code" style="${css({
        "font-family": MONO,
        "font-size": "15px",
        background: LIGHT.code,
        color: LIGHT.text,
        padding: "2px 6px",
        "border-radius": "4px",
        "white-space": "nowrap",
      })}">${escapeHtml(c.example)}</code> ${escapeHtml(c.meaning)}</li>`,
  )
  .join("\n")}
</ul>\n</section>`;
  }
}

function renderLines(lines: readonly DigestLine[]): string {
  const items = lines.map((line) => {
    const warm = line.tone === "warm";
    return `<li class="${warm ? "rb-warm" : "rb-item"}" style="${css({
      margin: "0 0 8px",
      padding: "6px 12px",
      "border-left": `4px solid ${warm ? LIGHT.warmEdge : LIGHT.border}`,
      background: warm ? LIGHT.warm : "transparent",
      color: LIGHT.text,
    })}">${escapeHtml(line.text)}</li>`;
  });
  return `<ul style="${css({ margin: "0", padding: "0", "list-style": "none" })}">\n${items.join("\n")}\n</ul>`;
}

function renderDraft(item: DigestDraft): string {
  const badge = `<span class="rb-badge" style="${css({
    display: "inline-block",
    "min-width": "20px",
    padding: "0 6px",
    "margin-right": "8px",
    "border-radius": "12px",
    background: LIGHT.badge,
    color: LIGHT.badgeText,
    "text-align": "center",
    "font-size": "16px",
  })}">${item.number}</span>`;
  const handoff = item.handoff
    ? `<p class="rb-handoff" style="${css({
        margin: "0 0 8px",
        padding: "6px 10px",
        "border-radius": "6px",
        background: LIGHT.handoff,
        color: LIGHT.handoffText,
        "font-weight": "600",
      })}">${escapeHtml(item.handoff)}</p>\n`
    : "";
  const subject =
    item.subject !== null ? `<strong>Subject: ${escapeHtml(item.subject)}</strong><br><br>` : "";
  return `<div class="rb-item rb-card" style="${css({
    margin: "16px 0",
    padding: "12px",
    border: `1px solid ${LIGHT.border}`,
    "border-radius": "8px",
  })}">
<h3 style="${css({ margin: "0 0 8px", "font-size": "18px", "line-height": "1.35" })}">${badge}${escapeHtml(item.title)}</h3>
<p style="margin:0 0 4px;"><strong>To:</strong> ${recipientHtml(item.to)}</p>
<p class="rb-muted" style="${css({ margin: "0 0 8px", color: LIGHT.muted })}"><strong>Why:</strong> ${escapeHtml(item.why)}</p>
${handoff}<div class="rb-draft" aria-label="Draft ${item.number}" style="${css({
    margin: "0",
    padding: "12px",
    background: LIGHT.draft,
    color: LIGHT.text,
    border: `1px solid ${LIGHT.border}`,
    "border-radius": "6px",
    "white-space": "pre-wrap",
  })}">${subject}${escapeHtml(item.body).replaceAll("\n", "<br>")}</div>
</div>`;
}

/** The recipient, their address a mailto: link (compose let through plain addresses only). */
function recipientHtml(to: Recipient): string {
  const name = escapeHtml(to.name);
  if (to.email) {
    const link = `<a class="rb-link" href="${escapeHtml(mailto(to.email))}" style="color:${LIGHT.link};">${escapeHtml(to.email)}</a>`;
    return to.email === to.name ? link : `${name} &lt;${link}&gt;`;
  }
  return to.via ? `${name} (${escapeHtml(to.via)})` : name;
}

/** RFC 6068: the local part percent-encoded so "?", "%", "&" or "#" cannot add fields. */
function mailto(address: string): string {
  const at = address.lastIndexOf("@");
  return `mailto:${encodeURIComponent(address.slice(0, at))}@${address.slice(at + 1)}`;
}

function paragraph(text: string): string {
  return `<p style="margin:0 0 12px;">${escapeHtml(text)}</p>\n`;
}

/** Escapes text for HTML content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Inline style from our own constants (never from data). */
function css(rules: Record<string, string>): string {
  return Object.entries(rules)
    .map(([property, value]) => `${property}:${value}`)
    .join(";");
}

function darkRules(): string {
  return Object.entries(CLASSES)
    .map(([name, props]) => {
      const body = Object.entries(props)
        .map(([property, key]) => `${property}: ${DARK[key]} !important;`)
        .join(" ");
      return `  .${name} { ${body} }`;
    })
    .join("\n");
}
