// Opening a long incident: the war room page and the incident's API read, for an incident with a
// hundred events and one with ten thousand, each with a checklist of 300 steps, one request at a
// time. Opening should cost the same however long the incident has run.
import { connectToRunningEmbeddedDatabase } from "@/lib/database/embedded";
import { MANY_NOTES_SQL } from "@/test/many-notes";
import type { MusterApi } from "./muster-api";
import { distribution, type Distribution } from "./percentiles";
import { demoSession } from "./sign-in";

const EVENT_COUNTS = [100, 10_000];
const CHECKLIST_ITEMS = 300;
const READS = 30;

// Fills incident $1's checklist up to $2 steps after the ones its scenario brought, in phases of ten.
const MORE_CHECKLIST_ITEMS_SQL = `
  WITH last AS (SELECT COALESCE(MAX(position), -1) AS position, COUNT(*) AS count FROM "ChecklistItem" WHERE "incidentId" = $1)
  INSERT INTO "ChecklistItem" (id, "incidentId", "runbookTitle", "phaseName", position, title, details, "updatedAt")
  SELECT gen_random_uuid()::text, $1, 'Bench runbook', 'Bench phase ' || (n / 10 + 1), last.position + n, 'Bench step ' || n, '{}', now()
  FROM last, generate_series(1, $2::int - last.count::int) AS n`;

export type OpeningResult = { events: number; checklistItems: number; page: Distribution; api: Distribution; pageBytes: number };

async function timed(reads: number, read: () => Promise<Response>): Promise<{ times: Distribution; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let n = 0; n < reads; n++) {
    const started = performance.now();
    const response = await read();
    const body = await response.arrayBuffer();
    times.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`Opening the incident answered HTTP ${response.status}`);
    bytes = body.byteLength;
  }
  return { times: distribution(times), bytes };
}

export async function runLongIncidentRound(origin: string, home: string, token: string, api: MusterApi): Promise<OpeningResult[]> {
  const database = await connectToRunningEmbeddedDatabase(home);
  const session = await demoSession(origin, "commander");
  const results: OpeningResult[] = [];
  try {
    for (const events of EVENT_COUNTS) {
      const incident = await api.declareIncident(`Bench: an incident with ${events} events`);
      await database.query(MANY_NOTES_SQL, [incident.id, events]);
      await database.query(MORE_CHECKLIST_ITEMS_SQL, [incident.id, CHECKLIST_ITEMS]);
      const page = await timed(READS, () => fetch(`${origin}/incidents/${incident.id}`, { headers: { cookie: session } }));
      const read = await timed(READS, () => fetch(`${origin}/api/incidents/${incident.id}`, { headers: { authorization: `Bearer ${token}` } }));
      const { rows } = await database.query<{ count: number }>(`SELECT COUNT(*)::int AS count FROM "ChecklistItem" WHERE "incidentId" = $1`, [incident.id]);
      results.push({ events, checklistItems: rows[0].count, page: page.times, api: read.times, pageBytes: page.bytes });
    }
  } finally {
    await database.end();
  }
  return results;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");

export function printLongIncident(results: OpeningResult[]) {
  if (!results.length) return;
  console.log(`Opening an incident, one request at a time (${READS} reads each), ms`);
  console.log(["events", "steps", "page p50", "page p95", "page KB", "API p50", "API p95"].map((cell) => cell.padStart(10)).join(""));
  for (const { events, checklistItems, page, api, pageBytes } of results) {
    console.log([events, checklistItems, ms(page.p50), ms(page.p95), (pageBytes / 1024).toFixed(0), ms(api.p50), ms(api.p95)].map((cell) => String(cell).padStart(10)).join(""));
  }
  const [short, long] = [results[0], results.at(-1)!];
  console.log(
    `  ${long.events} events against ${short.events}: page p95 ${(long.page.p95 / short.page.p95).toFixed(2)}×, API p95 ${(long.api.p95 / short.api.p95).toFixed(2)}× ` +
      "(target: p95 ≤ 300 ms, within 1.5×)\n",
  );
}
