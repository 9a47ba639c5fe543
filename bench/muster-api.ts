// The few calls of Muster's HTTP API the benchmark makes, as any automation would make them:
// sign in once for a session, create an API token with it, then use the token alone.
import type { IncidentEvent } from "@/lib/timeline/types";
import { demoSession } from "./sign-in";

export type ChecklistItem = { id: string; done: boolean; version: number };
export type Incident = { id: string; checklist: ChecklistItem[] };
export type TickOutcome =
  | { status: 200; item: ChecklistItem }
  | { status: 409; current: ChecklistItem }
  | { status: number; error: string };

/** A scenario with a long checklist (~16 steps), so one incident gives many items to tick. */
const BENCH_INCIDENT = {
  scenarioKey: "database-corruption-loss",
  services: [
    { key: "database", impact: "down" },
    { key: "core-api", impact: "down" },
  ],
};

async function expectOk(response: Response, what: string) {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return response;
}

/** Signs in as the demo admin (who may tick any incident) and returns a fresh API token. */
export async function createBenchToken(origin: string): Promise<string> {
  const session = await demoSession(origin, "admin");
  // A write on the session cookie must name Muster as its origin, as Muster's own pages do.
  const created = await fetch(`${origin}/api/tokens`, {
    method: "POST",
    headers: { cookie: session, origin, "content-type": "application/json" },
    body: JSON.stringify({ name: "bench" }),
  });
  return ((await (await expectOk(created, "POST /api/tokens")).json()) as { token: string }).token;
}

export function musterApi(origin: string, token: string) {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const getJson = async <T>(path: string) => (await (await expectOk(await fetch(`${origin}${path}`, { headers }), `GET ${path}`)).json()) as T;

  return {
    async declareIncident(title: string): Promise<Incident> {
      const response = await fetch(`${origin}/api/incidents`, {
        method: "POST",
        headers,
        body: JSON.stringify({ title, ...BENCH_INCIDENT }),
      });
      return (await (await expectOk(response, "POST /api/incidents")).json()) as Incident;
    },

    getIncident: (incidentId: string) => getJson<Incident>(`/api/incidents/${incidentId}`),

    events: (incidentId: string, afterSeq: number) => getJson<IncidentEvent[]>(`/api/incidents/${incidentId}/events?afterSeq=${afterSeq}`),

    /** One tick; a 409 is an answer (someone ticked first), not a failure. */
    async tick(incidentId: string, itemId: string, done: boolean, version: number): Promise<TickOutcome> {
      const response = await fetch(`${origin}/api/incidents/${incidentId}/checklist/${itemId}`, {
        method: "PATCH",
        headers,
        body: JSON.stringify({ done, version }),
      });
      if (response.status === 200) return { status: 200, item: (await response.json()) as ChecklistItem };
      if (response.status === 409) return { status: 409, current: ((await response.json()) as { current: ChecklistItem }).current };
      return { status: response.status, error: await response.text() };
    },
  };
}

export type MusterApi = ReturnType<typeof musterApi>;
