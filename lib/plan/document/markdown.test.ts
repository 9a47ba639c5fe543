// Muster's own Markdown of the seeded plan reads back as the very plan it was written from.
import { describe, expect, it } from "vitest";
import { type PlanModel, readPlanModel } from "@/lib/plan/code/model";
import { planMarkdown } from "@/lib/plan/document/markdown";
import { parsePlanMarkdown } from "@/lib/plan/document/parse-markdown";

/** The plan without the dates Muster keeps itself (an import never sets them). */
function withoutDates({ document, ...plan }: PlanModel) {
  const { lastUpdatedAt: _updated, lastReviewedAt: _reviewed, nextReviewAt: _next, ...info } = document;
  return { document: info, ...plan };
}

describe("the plan as Markdown", () => {
  it("parses back into the seeded plan, every part of it, with nothing left unplaced", async () => {
    const seeded = await readPlanModel();
    const markdown = planMarkdown(seeded);
    const { plan, report } = parsePlanMarkdown(markdown);
    expect(report.unplaced).toEqual([]);
    const expected = withoutDates(seeded);
    const actual = withoutDates(plan);
    for (const part of Object.keys(expected) as (keyof typeof expected)[]) expect({ part, value: actual[part] }).toEqual({ part, value: expected[part] });
  });
});
