import { describe, expect, it } from "vitest";
import { serviceHealth, type ServiceNode } from "@/lib/services/health";

// The plan's graph, in part: Web app → Core API → Database, Redis; Authentication → Database, Redis.
const SERVICES: ServiceNode[] = [
  { key: "web-app", name: "Web application", dependsOn: ["core-api"] },
  { key: "core-api", name: "Core API", dependsOn: ["database", "redis"] },
  { key: "authentication", name: "Authentication", dependsOn: ["database", "redis"] },
  { key: "database", name: "Database", dependsOn: [] },
  { key: "redis", name: "Redis", dependsOn: [] },
  { key: "cdn", name: "CDN", dependsOn: [] },
];
const INCIDENT_7 = { id: "i7", number: 7, title: "Database corruption" };
const INCIDENT_8 = { id: "i8", number: 8, title: "Slow API" };

const byKey = (hits: Parameters<typeof serviceHealth>[1]) =>
  Object.fromEntries(serviceHealth(SERVICES, hits).map((service) => [service.key, service]));

describe("service health", () => {
  it("is operational everywhere with nothing hit", () => {
    expect(serviceHealth(SERVICES, []).map((service) => service.health)).toEqual(Array(6).fill("operational"));
  });

  it("puts what depends on a down database at risk, through other services too, and nothing else", () => {
    const health = byKey([{ serviceKey: "database", impact: "down", incident: INCIDENT_7 }]);
    expect(health.database.health).toBe("down");
    expect(health["core-api"].health).toBe("at_risk");
    expect(health.authentication.health).toBe("at_risk");
    expect(health["web-app"]).toMatchObject({
      health: "at_risk",
      reasons: [{ kind: "dependency", cause: "Database", impact: "down", path: ["Core API"], incident: INCIDENT_7 }],
    });
    expect(health.redis.health).toBe("operational");
    expect(health.cdn.health).toBe("operational");
  });

  it("gives per incident the direct hit and the worst dependency, nearest first, not every service in between", () => {
    const health = byKey([
      { serviceKey: "database", impact: "down", incident: INCIDENT_7 },
      { serviceKey: "core-api", impact: "at_risk", incident: INCIDENT_7 },
    ]);
    expect(health["core-api"].reasons).toEqual([
      { kind: "direct", impact: "at_risk", incident: INCIDENT_7 },
      { kind: "dependency", cause: "Database", impact: "down", path: [], incident: INCIDENT_7 },
    ]);
    expect(health["web-app"].reasons).toEqual([
      { kind: "dependency", cause: "Database", impact: "down", path: ["Core API"], incident: INCIDENT_7 },
    ]);
  });

  it("takes the worst of a direct hit and a dependency's, and lists the worst reason first", () => {
    const health = byKey([
      { serviceKey: "database", impact: "down", incident: INCIDENT_7 },
      { serviceKey: "core-api", impact: "degraded", incident: INCIDENT_8 },
    ]);
    expect(health["core-api"].health).toBe("degraded");
    expect(health["core-api"].reasons.map((reason) => reason.kind)).toEqual(["direct", "dependency"]);
    expect(health["web-app"].reasons).toHaveLength(2);
  });

  it("does not spread a service that is only at risk", () => {
    const health = byKey([{ serviceKey: "redis", impact: "at_risk", incident: INCIDENT_8 }]);
    expect(health.redis.health).toBe("at_risk");
    expect(health["core-api"].health).toBe("operational");
  });
});
