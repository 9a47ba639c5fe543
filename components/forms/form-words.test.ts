import { describe, expect, it } from "vitest";
import { aboveTheForm, fieldOfForm, inWords, refusalInWords, refusalOf, refusalsOf, UNREACHABLE } from "@/components/forms/form-words";
import { ApiError } from "@/components/live/api-client";
import { DomainError } from "@/lib/errors";
import { declareIncidentSchema } from "@/lib/incidents/schema";
import { postStatusUpdateSchema } from "@/lib/status-updates/schema";
import { fallbackMessage } from "@/lib/validation";

function issuesOf(schema: typeof declareIncidentSchema | typeof postStatusUpdateSchema, input: unknown) {
  const result = schema.safeParse(input, { error: fallbackMessage });
  if (result.success) throw new Error("expected a refusal");
  return result.error.issues;
}

describe("a form's refusals in words", () => {
  it("says a predicate after the field's label, as a sentence", () => {
    expect(inWords("Title", "must be at least 3 characters")).toBe("Title must be at least 3 characters.");
    expect(inWords("Status update", "must not be empty")).toBe("Status update must not be empty.");
  });

  it("keeps a sentence of its own as it is", () => {
    expect(inWords("Email", "ops@example.com already receives updates for stakeholders.")).toBe("ops@example.com already receives updates for stakeholders.");
    expect(inWords("Title", "Give the incident a title.")).toBe("Give the incident a title.");
  });

  it("uses the form's words for a field left empty, the schema's for anything else", () => {
    const whenEmpty = { body: "Write the update before posting." };
    const empty = refusalsOf(issuesOf(postStatusUpdateSchema, { body: "   " }), { body: "   " }, whenEmpty);
    expect(empty.body.message).toBe("Write the update before posting.");
    const long = "x".repeat(4001);
    const tooLong = refusalsOf(issuesOf(postStatusUpdateSchema, { body: long }), { body: long }, whenEmpty);
    expect(inWords("Status update", tooLong.body.message)).toBe("Status update must be at most 4,000 characters.");
  });

  it("puts a refusal inside a list beside the list, the first one only", () => {
    const input = { title: "Database down", services: [{ key: "db", impact: "gone" }, { key: "", impact: "down" }] };
    const refusals = refusalsOf(issuesOf(declareIncidentSchema, input), input);
    expect(Object.keys(refusals)).toEqual(["services"]);
    expect(refusals.services.field).toBe("services.0.impact");
    expect(fieldOfForm(refusals.services, ["title", "services"])).toBe("services");
  });

  it("takes the field name off a server refusal and keeps the field it names", () => {
    const refusal = refusalOf(new ApiError("title must be at least 3 characters", 400, "title"));
    expect(refusal).toEqual({ field: "title", message: "must be at least 3 characters" });
    expect(inWords("Title", refusal.message)).toBe("Title must be at least 3 characters.");
    expect(refusalOf(new DomainError("invalid", "rtoMinutes: must be a whole number from 0 to 2147483647", "rtoMinutes")).message).toBe(
      "must be a whole number from 0 to 2147483647",
    );
  });

  it("says a refusal for a field the form lacks above it, without the field's name", () => {
    const refusal = refusalOf(new ApiError("templateId must be a communication template's id", 400, "templateId"));
    expect(fieldOfForm(refusal, ["body", "subject"])).toBeUndefined();
    expect(aboveTheForm(refusal)).toBe("Must be a communication template's id.");
    expect(aboveTheForm(refusalOf(new ApiError("Incident #4 is closed.", 409)))).toBe("Incident #4 is closed.");
  });

  it("says a button's refusal as a sentence, without the field name the server puts in front", () => {
    expect(refusalInWords(new ApiError("Only the incident's commander can remove a service.", 403))).toBe("Only the incident's commander can remove a service.");
    expect(refusalInWords(new ApiError("impact must be down, degraded or at_risk", 400, "impact"))).toBe("Must be down, degraded or at_risk.");
    expect(refusalInWords(new TypeError("Failed to fetch"))).toBe(UNREACHABLE);
  });

  it("says a lost connection in words", () => {
    expect(refusalOf(new TypeError("Failed to fetch"))).toEqual({ message: UNREACHABLE });
  });
});
