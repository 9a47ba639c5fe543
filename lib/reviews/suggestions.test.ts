import { describe, expect, it } from "vitest";
import type { ServiceOutcome } from "@/lib/reviews/outcomes";
import { suggestCommunication, suggestedScores, suggestFunctionality, suggestRpo, suggestRto } from "@/lib/reviews/suggestions";

function service(name: string, figures: Partial<ServiceOutcome>): ServiceOutcome {
  const recorded = { rtoTargetMinutes: 60, recoveryMinutes: null, rpoTargetMinutes: 15, dataLossMinutes: null, ...figures };
  const verdict = (value: number | null, target: number) => (value === null ? "not_recorded" : value <= target ? "met" : "missed");
  return {
    key: name.toLowerCase().replace(/ /g, "-"),
    name,
    rto: verdict(recorded.recoveryMinutes, recorded.rtoTargetMinutes),
    rpo: verdict(recorded.dataLossMinutes, recorded.rpoTargetMinutes),
    ...recorded,
  };
}

const database = service("Database", { recoveryMinutes: 42, dataLossMinutes: 5 });
const coreApi = service("Core API", { recoveryMinutes: 70, dataLossMinutes: 30 });
const web = service("Web Application", { rtoTargetMinutes: 120, rpoTargetMinutes: 60 });

describe("RTO achievement", () => {
  it("is met when every service was restored within its RTO, with each time", () => {
    expect(suggestRto([database, service("Core API", { recoveryMinutes: 55 })])).toEqual({
      met: true,
      reason: "every service was restored within its RTO: Database in 42 min (RTO 1 h), Core API in 55 min (RTO 1 h)",
    });
  });

  it("is not met when one was late or breached its RTO unrestored, naming each", () => {
    expect(suggestRto([database, coreApi])).toEqual({ met: false, reason: "Core API was restored in 1 h 10 min against a 1 h RTO" });
    const breached = { ...web, rto: "missed" as const };
    expect(suggestRto([coreApi, breached])?.reason).toBe(
      "Core API was restored in 1 h 10 min against a 1 h RTO and Web Application was not restored within its 2 h RTO",
    );
  });

  it("says nothing while a recovery is unrecorded, or with no services", () => {
    expect(suggestRto([database, web])).toBeNull();
    expect(suggestRto([])).toBeNull();
  });
});

describe("RPO achievement", () => {
  it("is met when every recorded data loss was within its RPO, naming the services without a record", () => {
    expect(suggestRpo([database, web])).toEqual({
      met: true,
      reason: "every recorded data loss was within its RPO: Database 5 min (RPO 15 min); not recorded for Web Application",
    });
  });

  it("is not met when one lost more than its RPO", () => {
    expect(suggestRpo([database, coreApi, web])).toEqual({ met: false, reason: "Core API lost 30 min of data against a 15 min RPO" });
  });

  it("says nothing when no data loss was recorded", () => {
    expect(suggestRpo([web])).toBeNull();
  });
});

describe("functionality", () => {
  it("is met when every service was restored and every checklist step done", () => {
    expect(suggestFunctionality([database, coreApi], { done: 12, total: 12 })).toEqual({
      met: true,
      reason: "both services were restored and all 12 checklist steps were done",
    });
    expect(suggestFunctionality([database], { done: 0, total: 0 })).toEqual({ met: true, reason: "the service was restored" });
  });

  it("is not met with a service not restored or steps left, saying which", () => {
    expect(suggestFunctionality([database, web], { done: 9, total: 12 })).toEqual({
      met: false,
      reason: "Web Application was not marked restored; only 9 of 12 checklist steps were done",
    });
  });

  it("says nothing with neither services nor checklist", () => {
    expect(suggestFunctionality([], { done: 0, total: 0 })).toBeNull();
  });
});

describe("communication", () => {
  it("is met once a status update reached stakeholders or the public, and only internal notes do not count", () => {
    expect(suggestCommunication({ internal: 3, stakeholders: 2, public: 1 })).toEqual({
      met: true,
      reason: "2 status updates to stakeholders and 1 to the public were posted",
    });
    expect(suggestCommunication({ internal: 0, stakeholders: 0, public: 1 })).toEqual({ met: true, reason: "1 status update to the public was posted" });
    expect(suggestCommunication({ internal: 4, stakeholders: 0, public: 0 })).toEqual({
      met: false,
      reason: "no status update was posted to stakeholders or the public",
    });
  });
});

it("suggests nothing for performance: Muster does not measure it, the commander decides", () => {
  const scores = suggestedScores({ services: [database], checklist: { done: 1, total: 1 }, statusUpdates: { internal: 0, stakeholders: 1, public: 0 } });
  expect(Object.keys(scores).sort()).toEqual(["communication", "functionality", "rpo-achievement", "rto-achievement"]);
  expect(scores.performance).toBeUndefined();
});
