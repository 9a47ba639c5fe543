import { describe, expect, it } from "vitest";
import { fieldInWords } from "@/lib/plan/words";

describe("fieldInWords", () => {
  it.each([
    ["phone", "Phone"],
    ["rtoMinutes", "RTO minutes"],
    ["isDemoValue", "Demo value"],
    ["dependsOn", "Depends on"],
    ["statusUpdateIntervalMinutes", "Status update interval minutes"],
    ["contactIds", "Contact IDs"],
    ["Recovery Steps: steps", "Recovery Steps: steps"],
    ["services[core-api]", "services[core-api]"],
  ])("names %s as %s", (field, words) => {
    expect(fieldInWords(field)).toBe(words);
  });
});
