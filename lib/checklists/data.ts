import "server-only";
import { db } from "@/lib/db";

/** How many checklist items each incident has done, for progress bars on lists and the board. */
export async function doneItemsByIncident(incidentIds: string[]): Promise<Map<string, number>> {
  const done = await db().checklistItem.groupBy({
    by: ["incidentId"],
    where: { incidentId: { in: incidentIds }, done: true },
    _count: true,
  });
  return new Map(done.map((row) => [row.incidentId, row._count]));
}
