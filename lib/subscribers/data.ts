import "server-only";
import { canManageCommunications } from "@/lib/communications/ability";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Audience } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";

/** Who receives stakeholder and public updates by e-mail: addresses are the admin's to see. */
export function listSubscribers(user: SignedInUser) {
  if (!canManageCommunications(user.role)) throw new DomainError("forbidden", "Only an admin can see subscribers.");
  return db().subscriber.findMany({ orderBy: [{ audience: "asc" }, { email: "asc" }] });
}


/** The audiences whose subscribers hear of an update posted to `audience`. */
const RECEIVING_AUDIENCES: Record<Audience, Audience[]> = {
  internal: [],
  stakeholders: ["stakeholders"],
  public: ["stakeholders", "public"],
};

/** The distinct addresses an update posted to `audience` goes to. */
export async function recipientsFor(reader: Tx | PrismaClient, audience: Audience): Promise<string[]> {
  const audiences = RECEIVING_AUDIENCES[audience];
  if (audiences.length === 0) return [];
  const subscribers = await reader.subscriber.findMany({
    where: { audience: { in: audiences } },
    select: { email: true },
    distinct: ["email"],
    orderBy: { email: "asc" },
  });
  return subscribers.map((subscriber) => subscriber.email);
}

/** How many addresses an update to each audience is e-mailed to. */
export async function countRecipients(): Promise<Record<Audience, number>> {
  const [stakeholders, everyone] = await Promise.all([recipientsFor(db(), "stakeholders"), recipientsFor(db(), "public")]);
  return { internal: 0, stakeholders: stakeholders.length, public: everyone.length };
}
