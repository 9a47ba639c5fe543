import { DomainError } from "@/lib/errors";
import type { UserRole } from "@/lib/generated/prisma/enums";

/**
 * Who records a backup verification: the people who run restores (responders, commanders) and
 * admins. A backup job posts with a token of a responder account, which can record its runs
 * without being able to declare or command incidents. Management (viewers) only read.
 */
export function canRecordVerifications(role: UserRole): boolean {
  return role === "admin" || role === "commander" || role === "responder";
}

export const RECORD_VERIFICATION_REFUSED = "Only responders, commanders and admins can record a backup verification.";

export function requireVerificationRecorder(user: { role: UserRole }): void {
  if (!canRecordVerifications(user.role)) throw new DomainError("forbidden", RECORD_VERIFICATION_REFUSED);
}
