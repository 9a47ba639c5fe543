// The acknowledgement link in an escalation e-mail: it names the escalation, the person and when
// it expires, signed with the server's secret, so following it acknowledges as that person without
// a password, for a week. A forwarded or leaked e-mail stops working after that.
import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl } from "@/lib/app-url";

/** How long an e-mailed link acknowledges: a week outlasts any incident's escalation. */
export const ACKNOWLEDGEMENT_LINK_LIFETIME_MS = 7 * 24 * 60 * 60_000;

export type AcknowledgementLinkCheck = "valid" | "expired" | "invalid";

function signature(escalationId: string, userId: string, expires: string): string {
  return createHmac("sha256", process.env.NEXTAUTH_SECRET ?? "").update(`ack:${escalationId}:${userId}:${expires}`).digest("base64url");
}

export function acknowledgementLink(escalationId: string, userId: string, now = new Date()): string {
  const expires = String(now.getTime() + ACKNOWLEDGEMENT_LINK_LIFETIME_MS);
  const url = appUrl(`/api/escalations/${escalationId}/email-acknowledgement`);
  url.searchParams.set("user", userId);
  url.searchParams.set("expires", expires);
  url.searchParams.set("sig", signature(escalationId, userId, expires));
  return url.toString();
}

/** Checks a link's signature first, so only a link Muster made is ever told it has expired. */
export function verifyAcknowledgementLink(escalationId: string, link: URLSearchParams, now = new Date()): AcknowledgementLinkCheck {
  const userId = link.get("user") ?? "";
  const expires = link.get("expires") ?? "";
  const expected = Buffer.from(signature(escalationId, userId, expires));
  const actual = Buffer.from(link.get("sig") ?? "");
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return "invalid";
  return Number(expires) > now.getTime() ? "valid" : "expired";
}
