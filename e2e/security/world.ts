// The callers the role matrix tries every write as, and the scenes it tries them in: a fresh
// incident per attempt, declared by the commander (its incident commander), that the responder has
// joined or not. Each demo user signs in once per worker.
import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import { expect, signInThroughApi } from "../fixtures/authentication";
import { declareThroughApi, resolveThroughApi } from "../fixtures/incidents";
import type { Role } from "../fixtures/users";

export const CALLERS = ["anonymous", "viewer", "responder outside", "responder inside", "commander", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

/** The demo user a caller is; the two responder columns are one user, in and out of the incident. */
export function roleOf(caller: Exclude<Caller, "anonymous">): Role {
  return caller === "responder outside" || caller === "responder inside" ? "responder" : caller;
}

export type SceneKind = "active" | "resolved" | "none";

export type Scene = {
  /** The attempt's own incident; empty for a write outside incidents. */
  incidentId: string;
  /** A unique word for this attempt, so what it would write can be looked for. */
  stamp: string;
  /** The row the attempt aims at, when it is not the incident, for what a refusal must leave alone. */
  subject?: string;
};

type IncidentDetail = {
  escalations: { id: string; firedAt: string | null; level: { name: string } }[];
  checklist: { id: string; version: number }[];
  roles: { id: string; role: string; endedAt: string | null }[];
};

export class World {
  private stamps = 0;

  private constructor(
    private readonly contexts: Record<Role, BrowserContext>,
    private readonly anonymous: APIRequestContext,
    private readonly ids: Record<Role, string>,
  ) {}

  static async open(browser: Browser, baseURL: string, anonymous: APIRequestContext): Promise<World> {
    const contexts = {} as Record<Role, BrowserContext>;
    const ids = {} as Record<Role, string>;
    for (const role of ["admin", "commander", "responder", "viewer"] as const) {
      // A worker's own contexts: the project's options are given here, as its tests' contexts get them.
      contexts[role] = await browser.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
      await signInThroughApi(contexts[role], role);
      ids[role] = (await (await contexts[role].request.get("/api/auth/session")).json()).user.id;
    }
    return new World(contexts, anonymous, ids);
  }

  async close() {
    await Promise.all(Object.values(this.contexts).map((context) => context.close()));
  }

  /** The HTTP client a caller sends with: its session cookie and Muster's own Origin. */
  request(caller: Caller): APIRequestContext {
    return caller === "anonymous" ? this.anonymous : this.contexts[roleOf(caller)].request;
  }

  context(caller: Exclude<Caller, "anonymous">): BrowserContext {
    return this.contexts[roleOf(caller)];
  }

  get admin(): APIRequestContext {
    return this.contexts.admin.request;
  }

  userId(role: Role): string {
    return this.ids[role];
  }

  stamp(): string {
    return `${Date.now().toString(36)}-${process.pid}-${++this.stamps}`;
  }

  /**
   * A fresh incident for one attempt. Its level 1 (due at detection) has fired before it is handed
   * over, so the scheduler writes nothing into it while the attempt is watched. A resolved one has
   * its review, which the review's writes need.
   */
  async scene(caller: Caller, kind: SceneKind): Promise<Scene> {
    const stamp = this.stamp();
    if (kind === "none") return { incidentId: "", stamp };
    const incident = await declareThroughApi(this.contexts.commander.request, {
      title: `Role matrix ${stamp}`,
      services: [{ key: "cdn", impact: "degraded" }],
    });
    if (caller === "responder inside") {
      expect((await this.contexts.responder.request.post(`/api/incidents/${incident.id}/join`)).status(), "the responder joins").toBe(201);
    }
    await expect
      .poll(async () => (await this.incident(incident.id)).escalations.some((escalation) => escalation.firedAt), { timeout: 20_000 })
      .toBe(true);
    if (kind === "resolved") await resolveThroughApi(this.contexts.commander.request, incident.id);
    return { incidentId: incident.id, stamp };
  }

  async incident(incidentId: string): Promise<IncidentDetail> {
    const answer = await this.admin.get(`/api/incidents/${incidentId}`);
    expect(answer.status()).toBe(200);
    return answer.json();
  }

  /** What an attempt on the incident could change, as the admin sees it. */
  async incidentState(incidentId: string): Promise<unknown> {
    const [detail, events, review] = await Promise.all(
      [`/api/incidents/${incidentId}`, `/api/incidents/${incidentId}/events?afterSeq=0`, `/api/incidents/${incidentId}/review`].map(async (path) =>
        (await this.admin.get(path)).json(),
      ),
    );
    return { detail, events, review };
  }
}
