// What the public status JSON answers and the Atom feed is written from: only what was posted to
// the public, the public services' state, and whether this is the last known state.
import { z } from "zod";
import { instantText } from "@/lib/present";
import type { PublicStatusView } from "@/lib/public-status/types";

const serviceStateSchema = z.enum(["operational", "degraded", "outage"]);

export const publicStatusSchema = z.object({
  /** When this state was first read from the database: it changes with the state, not with each read. */
  asOf: instantText(),
  overall: serviceStateSchema,
  services: z.array(z.object({ name: z.string(), state: serviceStateSchema })),
  incidents: z.array(
    z.object({
      /** The id of its first public update: the incident's own id stays internal. */
      id: z.string(),
      title: z.string(),
      status: z.enum(["ongoing", "resolved"]),
      resolvedAt: instantText().nullable(),
      /** Public services it affects. */
      services: z.array(z.string()),
      /** Newest first. */
      updates: z.array(z.object({ id: z.string(), subject: z.string().nullable(), body: z.string(), postedAt: instantText() })),
    }),
  ),
  /** The database did not answer: this is the last state read. */
  stale: z.boolean(),
  unreachableSince: instantText().nullable(),
});

export function presentPublicStatus(status: PublicStatusView): z.infer<typeof publicStatusSchema> {
  return {
    asOf: status.asOf,
    overall: status.overall,
    services: status.services.map(({ name, state }) => ({ name, state })),
    incidents: status.incidents.map(({ id, title, status: progress, resolvedAt, services, updates }) => ({
      id,
      title,
      status: progress,
      resolvedAt,
      services,
      updates: updates.map(({ id: updateId, subject, body, postedAt }) => ({ id: updateId, subject, body, postedAt })),
    })),
    stale: status.stale,
    unreachableSince: status.unreachableSince,
  };
}
