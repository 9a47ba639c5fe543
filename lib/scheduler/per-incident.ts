// Due work runs incident by incident, each in its own transaction, so one incident whose row
// cannot be processed is reported and skipped while every other incident's work is done.

/** Runs `work` for each incident in turn; a failure is logged with the incident and skipped. */
export async function forEachIncident<Result>(incidentIds: Iterable<string>, work: (incidentId: string) => Promise<Result[]>): Promise<Result[]> {
  const results: Result[] = [];
  for (const incidentId of new Set(incidentIds)) {
    try {
      results.push(...(await work(incidentId)));
    } catch (error) {
      console.error(`Scheduled work for incident ${incidentId} failed; it is retried on the next pass`, error);
    }
  }
  return results;
}
