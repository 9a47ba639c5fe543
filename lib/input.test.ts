import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { dateTime, day, id, INT4_MAX, text, webAddress, wholeNumber, wholeNumberParameter } from "@/lib/input";
import { parseId, parseInput } from "@/lib/validation";

const TWO_MIB = "x".repeat(2 * 1024 * 1024);

/** The refusal of `value` as the field `field` of a request, or the value it is taken as. */
function parse(field: z.ZodType, value: unknown) {
  try {
    return { value: parseInput(z.strictObject({ field }), { field: value }).field };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { refusal: { kind: error.kind, field: error.field, message: error.message } };
  }
}

const refused = (message: string) => ({ refusal: { kind: "invalid", field: "field", message: `field ${message}` } });

describe("text", () => {
  const title = text({ min: 3, max: 200 });

  it("takes text within its length, trimmed, with tabs and new lines", () => {
    expect(parse(title, "  Database down\n\tsince 09:30\r\n ")).toEqual({ value: "Database down\n\tsince 09:30" });
  });

  it.each([
    ["a NUL byte", "Database\u0000 down"],
    ["an escape", "Database \u001b[31mdown"],
    ["a bell", "Database down\u0007"],
    ["DEL", "Database\u007f down"],
  ])("refuses %s", (_, value) => {
    expect(parse(title, value)).toEqual(refused("must not contain control characters"));
  });

  it("refuses text too long or too short, and what is not text", () => {
    expect(parse(title, TWO_MIB)).toEqual(refused("must be at most 200 characters"));
    expect(parse(title, "  ab  ")).toEqual(refused("must be at least 3 characters"));
    expect(parse(text({ min: 1, max: 10 }), "   ")).toEqual(refused("must not be empty"));
    expect(parse(title, 42)).toEqual(refused("must be text"));
    expect(parse(title, null)).toEqual(refused("must be text"));
    expect(parse(title, undefined)).toEqual(refused("is required"));
  });
});

describe("id", () => {
  const userId = id("a user's id");

  it("takes a short string and refuses what no row can have as its id", () => {
    expect(parse(userId, "cmabc123")).toEqual({ value: "cmabc123" });
    expect(parse(userId, "cm\u0000abc")).toEqual(refused("must not contain control characters"));
    expect(parse(userId, TWO_MIB)).toEqual(refused("must be a user's id (at most 100 characters)"));
    expect(parse(userId, "")).toEqual(refused("must be a user's id"));
    expect(parse(userId, 0)).toEqual(refused("must be a user's id"));
  });

  it("checks an id from a path the same way", () => {
    expect(parseId("cmabc123", "actionItemId", "an action item's id")).toBe("cmabc123");
    expect(() => parseId("cm\u0000", "actionItemId", "an action item's id")).toThrow(
      expect.objectContaining({ kind: "invalid", field: "actionItemId", message: "actionItemId must not contain control characters" }),
    );
  });
});

describe("wholeNumber", () => {
  const version = wholeNumber({ min: 1 });

  it("takes a whole number that PostgreSQL's integer holds", () => {
    expect(parse(version, 1)).toEqual({ value: 1 });
    expect(parse(version, INT4_MAX)).toEqual({ value: 2147483647 });
  });

  it.each([2 ** 31, 2 ** 53, 2 ** 53 + 2, 0, -1, 1.5, "12", null, true, []])("refuses %j", (value) => {
    expect(parse(version, value)).toEqual(refused("must be a whole number from 1 to 2147483647"));
  });

  it("takes digits where a number arrives as text (a query string), within the same bounds", () => {
    const afterSeq = wholeNumberParameter();
    expect(parse(afterSeq, "12")).toEqual({ value: 12 });
    expect(parse(afterSeq, 12)).toEqual({ value: 12 });
    for (const value of ["2147483648", "99999999999", "-1", "1e3", "", null]) {
      expect(parse(afterSeq, value)).toEqual(refused("must be a whole number from 0 to 2147483647"));
    }
  });
});

describe("dateTime", () => {
  const detectedAt = dateTime();
  const notADate = refused("must be a date and time, such as 2026-12-01T09:30:00Z");

  it("takes ISO 8601 with its offset", () => {
    expect(parse(detectedAt, "2026-12-01T09:30:00Z")).toEqual({ value: new Date("2026-12-01T09:30:00Z") });
    expect(parse(detectedAt, "2026-12-01T10:30:00.250+01:00")).toEqual({ value: new Date("2026-12-01T09:30:00.250Z") });
  });

  it.each([null, true, false, [], {}, 12, 1764581400000, "12", "yesterday", "2026-12-01", "2026-12-01T09:30:00", "2026-02-30T09:30:00Z", "+275760-01-01T00:00:00Z"])(
    "refuses %j, which is no date and time",
    (value) => expect(parse(detectedAt, value)).toEqual(notADate),
  );

  it("refuses a date and time outside the years a record can have", () => {
    for (const value of ["0000-01-01T00:00:00Z", "1899-12-31T23:59:59Z", "0999-01-01T00:00:00Z"]) {
      expect(parse(detectedAt, value)).toEqual(refused("must be a date and time from the year 1900 to 9999"));
    }
    expect(parse(detectedAt, "9999-12-31T23:59:59Z")).toEqual({ value: new Date("9999-12-31T23:59:59Z") });
  });
});

describe("day", () => {
  const dueDate = day();

  it("takes a day as its midnight UTC, and nothing else", () => {
    expect(parse(dueDate, "2026-12-01")).toEqual({ value: new Date("2026-12-01T00:00:00Z") });
    for (const value of ["2026-12-01T18:30:00Z", "1 December", "12", 12, null, true, []]) {
      expect(parse(dueDate, value)).toEqual(refused("must be a day, such as 2026-12-01"));
    }
    expect(parse(dueDate, "0000-01-01")).toEqual(refused("must be a day from the year 1900 to 9999"));
  });
});

describe("webAddress", () => {
  it("takes an http or https address as written", () => {
    expect(parse(webAddress(), "https://hooks.example.com/muster?team=ops")).toEqual({ value: "https://hooks.example.com/muster?team=ops" });
  });

  it.each([
    ["another scheme", "ftp://hooks.example.com/x", "must be an http:// or https:// URL"],
    ["no address at all", "hooks", "must be an http:// or https:// URL"],
    ["a NUL byte", "https://hooks.example.com/a\u0000b", "must not contain control characters"],
    ["an address past 2,048 characters", `https://hooks.example.com/${"a".repeat(2048)}`, "must be at most 2,048 characters"],
  ])("refuses %s", (_, value, message) => {
    expect(parse(webAddress(), value)).toEqual(refused(message));
  });

  it("asks for the address when it is missing", () => {
    expect(parse(webAddress(), undefined)).toEqual(refused("is required"));
  });
});

describe("parseInput", () => {
  const schema = z.strictObject({ title: text({ max: 10 }), services: z.array(z.strictObject({ key: id("a service's key") })) });

  it("names unknown fields, at any depth", () => {
    expect(() => parseInput(schema, { title: "x", services: [], colour: "red", size: 1 })).toThrow(
      expect.objectContaining({ field: "colour", message: "colour or size are not fields this request takes" }),
    );
    expect(() => parseInput(schema, { title: "x", services: [{ key: "db", impact: "down" }] })).toThrow(
      expect.objectContaining({ field: "services.0.impact", message: "services.0.impact is not a field this request takes" }),
    );
  });

  it("says in words what zod would have said in its own", () => {
    expect(() => parseInput(schema, null)).toThrow(expect.objectContaining({ message: "The request must be a JSON object." }));
    expect(() => parseInput(schema, { title: "x", services: "db" })).toThrow(expect.objectContaining({ message: "services must be a list" }));
    expect(() => parseInput(z.strictObject({ audience: z.enum(["internal", "public"]) }), { audience: "everyone" })).toThrow(
      expect.objectContaining({ message: "audience must be internal or public" }),
    );
  });
});

describe("the JSON Schema a field documents", () => {
  it("says what is checked: lengths, bounds, formats, required fields, no other fields", () => {
    const schema = z.strictObject({ title: text({ min: 3, max: 200 }), version: wholeNumber({ min: 1 }), at: dateTime().optional(), on: day() });
    expect(z.toJSONSchema(schema, { io: "input" })).toMatchObject({
      type: "object",
      additionalProperties: false,
      required: ["title", "version", "on"],
      properties: {
        title: { type: "string", minLength: 3, maxLength: 200, pattern: expect.any(String) },
        version: { type: "integer", minimum: 1, maximum: INT4_MAX },
        at: { type: "string", format: "date-time", allOf: [{ pattern: expect.any(String) }, { pattern: "^(?:19\\d\\d|[2-9]\\d{3})-" }] },
        on: { type: "string", format: "date" },
      },
    });
  });

  it("takes and refuses the same text as the check, though trimming takes spaces away", () => {
    const samples = [" ", "   ", "a", " a ", "ab", " a b ", "abc", "\n\tab\n", "nul\u0000byte", "a\u0001bc"];
    for (const field of [text({ min: 1, max: 20 }), text({ min: 2, max: 20 }), text({ min: 3, max: 20 }), id("an id")]) {
      const { pattern } = z.toJSONSchema(field, { io: "input" }) as { pattern: string };
      const documented = new RegExp(pattern, "u");
      for (const sample of samples) expect(documented.test(sample), JSON.stringify(sample)).toBe(field.safeParse(sample).success);
    }
  });
});
