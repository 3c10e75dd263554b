import { escapeHtml } from "../digest/render-html.ts";

/** A link shown as a button under a service message's text. */
export interface ActionLink {
  label: string;
  href: string;
}

/**
 * The HTML part of Rebound's short service messages (confirmations, handoffs): the text part's
 * paragraphs, escaped, in a readable column, with optional action links. No remote content.
 */
export function plainHtml(text: string, links: readonly ActionLink[] = []): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 14px">${escapeHtml(p).replaceAll("\n", "<br>")}</p>`);
  const buttons = links.map(
    (l) =>
      `<p style="margin:0 0 14px"><a href="${escapeHtml(l.href)}" style="display:inline-block;padding:10px 16px;border-radius:6px;background:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600">${escapeHtml(l.label)}</a></p>`,
  );
  return [
    "<!doctype html>",
    '<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    '<body style="margin:0;padding:16px;background:#ffffff;color:#111827;font:15px/1.5 -apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif">',
    '<div style="max-width:640px">',
    ...paragraphs,
    ...buttons,
    "</div></body></html>",
  ].join("\n");
}
