import { describe, expect, it } from "vitest";
import {
  DependencyCycleError,
  dependencyDepths,
  recoveryObjectives,
  recoveryStages,
  type ServiceNode,
} from "@/lib/services/recovery-order";

let position = 0;
function service(key: string, dependsOn: string[], rating?: [priority: number, rtoMinutes: number, rpoMinutes: number]): ServiceNode {
  position += 1;
  const [priority, rtoMinutes, rpoMinutes] = rating ?? [null, null, null];
  return { key, name: key, priority, rtoMinutes, rpoMinutes, position, dependsOn };
}

// The plan's service priority matrix and the dependencies it names.
const PLAN_SERVICES = [
  service("Authentication", ["Database", "Redis"], [1, 60, 15]),
  service("Core API", ["Database", "Redis"], [1, 60, 15]),
  service("Database", ["Storage"], [1, 60, 15]),
  service("Web Application", ["Core API", "CDN"], [2, 120, 60]),
  service("Real-time Messaging", ["Core API", "Redis"], [2, 120, 60]),
  service("Voice/Video Services", ["LiveKit", "Core API"], [2, 240, 60]),
  service("Admin Panel", ["Core API"], [3, 480, 240]),
  service("Mobile API", ["Core API"], [3, 480, 240]),
  service("Analytics", ["Database"], [4, 1440, 240]),
  service("Monitoring", [], [4, 1440, 240]),
  service("Redis", []),
  service("Storage", []),
  service("CDN", []),
  service("LiveKit", []),
];

function stageOf(stages: ReturnType<typeof recoveryStages>, key: string): number {
  const stage = stages.find((candidate) => candidate.services.some((member) => member.key === key));
  if (!stage) throw new Error(`${key} is in no stage`);
  return stage.number;
}

describe("recoveryStages", () => {
  const stages = recoveryStages(PLAN_SERVICES);

  it("brings the database back before the core API, and the core API before the web application", () => {
    expect(stageOf(stages, "Database")).toBeLessThan(stageOf(stages, "Core API"));
    expect(stageOf(stages, "Core API")).toBeLessThan(stageOf(stages, "Web Application"));
  });

  it("puts what depends on nothing in stage 1 and layers the rest by their longest chain", () => {
    expect(stages.map((stage) => stage.services.map((member) => member.key))).toEqual([
      ["Redis", "Storage", "CDN", "LiveKit", "Monitoring"],
      ["Database"],
      ["Authentication", "Core API", "Analytics"],
      ["Web Application", "Real-time Messaging", "Voice/Video Services", "Admin Panel", "Mobile API"],
    ]);
  });

  it("orders a stage by priority, whatever order the services come in", () => {
    const reversed = recoveryStages([...PLAN_SERVICES].reverse());
    expect(reversed[2].services.map((member) => member.key)).toEqual(["Authentication", "Core API", "Analytics"]);
  });

  it("reports a cycle with the services in it", () => {
    const cyclic = [service("A", ["B"], [1, 60, 15]), service("B", ["C"]), service("C", ["A"]), service("D", [])];
    expect(() => recoveryStages(cyclic)).toThrow(DependencyCycleError);
    expect(() => recoveryStages(cyclic)).toThrow("A → B → C → A");
  });

  it("reports a service that depends on itself", () => {
    expect(() => dependencyDepths([service("Loop", ["Loop"])])).toThrow("Loop → Loop");
  });

  it("refuses a dependency that is not a service", () => {
    expect(() => dependencyDepths([service("Lonely", ["Nowhere"])])).toThrow('"Nowhere"');
  });
});

describe("recoveryObjectives", () => {
  const objectives = recoveryObjectives(PLAN_SERVICES);

  it("keeps a rated service's own objective", () => {
    expect(objectives.get("Web Application")).toEqual({ priority: 2, rtoMinutes: 120, rpoMinutes: 60, inheritedFrom: null });
  });

  it("gives an unrated dependency the objective of the strictest service that needs it", () => {
    expect(objectives.get("CDN")).toMatchObject({ rtoMinutes: 120, inheritedFrom: { key: "Web Application" } });
    expect(objectives.get("LiveKit")).toMatchObject({ rtoMinutes: 240, inheritedFrom: { key: "Voice/Video Services" } });
    expect(objectives.get("Redis")).toMatchObject({ priority: 1, rtoMinutes: 60, rpoMinutes: 15 });
  });

  it("names the nearest of equally strict services as the source", () => {
    expect(objectives.get("Storage")).toMatchObject({ rtoMinutes: 60, inheritedFrom: { key: "Database" } });
  });

  it("inherits through other unrated dependencies", () => {
    const chain = [service("App", ["Cache"], [2, 120, 60]), service("Cache", ["Disk"]), service("Disk", [])];
    expect(recoveryObjectives(chain).get("Disk")).toMatchObject({ rtoMinutes: 120, inheritedFrom: { key: "App" } });
  });

  it("leaves a dependency that nothing rated needs without an objective", () => {
    expect(recoveryObjectives([service("Orphan", [])]).get("Orphan")).toBeNull();
  });
});
