// The acknowledgement link in an escalation e-mail: it names the escalation and the person, signed
// with the server's secret, so following it acknowledges as that person without a password.
import { createHmac, timingSafeEqual } from "node:crypto";
import { appUrl } from "@/lib/app-url";

function signature(escalationId: string, userId: string): string {
  return createHmac("sha256", process.env.NEXTAUTH_SECRET ?? "").update(`ack:${escalationId}:${userId}`).digest("base64url");
}

export function acknowledgementLink(escalationId: string, userId: string): string {
  const url = appUrl(`/api/escalations/${escalationId}/email-acknowledgement`);
  url.searchParams.set("user", userId);
  url.searchParams.set("sig", signature(escalationId, userId));
  return url.toString();
}

export function verifyAcknowledgementLink(escalationId: string, userId: string, given: string): boolean {
  const expected = Buffer.from(signature(escalationId, userId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
