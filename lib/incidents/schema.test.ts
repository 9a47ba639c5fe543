import { describe, expect, it } from "vitest";
import { declareIncidentSchema } from "@/lib/incidents/schema";
import { parseInput } from "@/lib/validation";

const declaration = { title: "Core API down", services: [{ key: "core-api", impact: "down" }] };

describe("declareIncidentSchema", () => {
  it.each(["nul\u0000byte", "0000-01-01T00:00:00Z", "275760-09-13T00:00:00Z", "0000-01-01"])(
    "refuses the impact start %j naming the field, rather than failing to compare it",
    (impactStartedAt) => {
      expect(() => parseInput(declareIncidentSchema, { ...declaration, impactStartedAt })).toThrow(/^impactStartedAt must be a date and time/);
    },
  );
});
