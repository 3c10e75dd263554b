import type { UserAddresses } from "../db/users.ts";
import type { ServiceMail } from "../deliver/mailer.ts";

/** The mail that tells a user their Rebound addresses after a rotation. */
export function composeAddressNotice(
  serviceAddress: string,
  ownerAddress: string,
  addresses: UserAddresses,
  rotated: "forward" | "contact" | "both",
): ServiceMail {
  const lines = [
    "Your Rebound addresses have changed.",
    "",
    `Forward rejections to: ${addresses.forwardingAddress}`,
    `Contacts may write to: ${addresses.contactAddress}`,
    "",
    rotated === "contact"
      ? "The old contact address no longer accepts mail."
      : rotated === "forward"
        ? "The old forwarding address no longer accepts mail: update any saved contact or filter."
        : "The old addresses no longer accept mail: update any saved contact or filter.",
    "Keep the forwarding address private: mail to it, from your own address, writes into your Rebound.",
  ];
  const text = `${lines.join("\n")}\n`;
  const escapeHtml = (s: string) =>
    s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  return {
    from: { name: "Rebound", address: serviceAddress },
    to: ownerAddress,
    subject: "Rebound: your new forwarding address",
    headers: { "Auto-Submitted": "auto-generated" },
    text,
    html: `<p>${lines.map(escapeHtml).join("<br>")}</p>`,
  };
}
