import { describe, expect, it } from "vitest";
import { listActiveIncidents } from "@/lib/incidents/data";
import { presentActiveIncidents } from "@/lib/incidents/present";
import { transitionIncident } from "@/lib/incidents/mutations";
import { markServiceRestored } from "@/lib/recovery/mutations";
import { documentedAnswerErrors } from "@/test/documented-answers";
import { declareOutage, moveAlong } from "@/test/incidents";
import { demoUser } from "@/test/users";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe("the incidents being worked, as the home page lists them", () => {
  it("puts real incidents before drills, the most severe and soonest to breach first, with the caller's roles", async () => {
    const commander = await demoUser("commander");
    const responder = await demoUser("responder");
    // Database (1 h RTO) detected 50 min ago breaches in 10 min; detected 5 min ago, in 55 min.
    const fiftyMinutesAgo = minutesAgo(50);
    const minorSoon = await declareOutage(commander, { title: "Minor, soon", severity: "minor", services: [{ key: "database", impact: "down" }], detectedAt: fiftyMinutesAgo });
    const majorLater = await declareOutage(commander, { title: "Major, later", severity: "major", services: [{ key: "database", impact: "down" }], detectedAt: minutesAgo(5) });
    const majorSooner = await declareOutage(commander, { title: "Major, sooner", severity: "major", services: [{ key: "database", impact: "down" }], detectedAt: minutesAgo(40) });
    const drill = await declareOutage(commander, { title: "Critical drill", severity: "critical", isDrill: true, detectedAt: minutesAgo(1) });
    const resolved = await declareOutage(commander, { title: "Already resolved", severity: "critical" });
    await moveAlong(commander, resolved.id);
    const restored = await declareOutage(commander, { title: "Critical, all restored", severity: "critical", services: [{ key: "database", impact: "down" }], detectedAt: minutesAgo(30) });
    await markServiceRestored(commander, restored.id, "database", {});
    await transitionIncident(commander, minorSoon.id, { to: "assessing" });

    const listed = await listActiveIncidents(commander);
    const ours = listed.filter((incident) => [minorSoon, majorLater, majorSooner, drill, resolved, restored].some((mine) => mine.id === incident.id));
    expect(ours.map((incident) => incident.title)).toEqual(["Critical, all restored", "Major, sooner", "Major, later", "Minor, soon", "Critical drill"]);
    expect(ours.find((incident) => incident.id === minorSoon.id)).toMatchObject({
      state: "assessing",
      unrestoredServices: 1,
      worstDeadline: { service: "Database", rtoDeadline: new Date(Date.parse(fiftyMinutesAgo) + 60 * 60_000) },
    });
    expect(ours.find((incident) => incident.id === restored.id)?.worstDeadline).toBeNull();
    expect(ours[0].yourRoles).toEqual(["incident_commander"]);
    expect((await listActiveIncidents(responder)).find((incident) => incident.id === minorSoon.id)?.yourRoles).toEqual([]);
    expect(documentedAnswerErrors("listActiveIncidents", presentActiveIncidents(listed))).toBe("");
  });
});
