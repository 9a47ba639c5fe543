// The checks every schema's fields are built from, so that no input reaches the database in a form
// it cannot store: text without control characters and within a length, whole numbers that fit
// their column, dates written as ISO 8601 within years a record can have, bounded ids. Each says
// what it wants in words; `parseInput` (lib/validation.ts) puts the field's name in front.
import { z } from "zod";

// In the browser the pages' content security policy forbids eval. zod would probe for it as each
// object schema is built (the probe is refused and reported as a violation) to compile a faster
// check, which forms do not need. Every schema imports this module first, so this comes before any.
if (typeof window !== "undefined") z.config({ jitless: true });

/** PostgreSQL's `integer` (int4) holds up to 2^31 − 1: versions, sequence numbers, minutes, counts. */
export const INT4_MAX = 2_147_483_647;

/** Ids are cuids (25 characters) or the plan's keys; nothing longer names a row. */
export const ID_MAX_LENGTH = 100;

// PostgreSQL's timestamps reach 294276 AD and JavaScript's 275760; no incident, review or due date
// of a disaster-recovery plan lies outside the years 1900 to 9999, so a date outside is a typing
// mistake. Checked on the year as written, a pattern the JSON Schema carries too.
const WITHIN_YEARS = /^(?:19\d\d|[2-9]\d{3})-/;
const YEARS = "from the year 1900 to 9999";

export const EXAMPLE_DATE_TIME = "2026-12-01T09:30:00Z";
export const EXAMPLE_DAY = "2026-12-01";

// C0 controls and DEL, except tab, line feed and carriage return (a new line from any system):
// PostgreSQL refuses NUL in text, and the others are never typed by a person.
const WITHOUT_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

/**
 * The JSON Schema pattern for text of at least `min` characters once trimmed, without control
 * characters. minLength would count the spaces trimming takes away (and zod keeps one pattern of
 * several), so one pattern says both: no control characters, and `min` characters or more from the
 * first non-space character to the last.
 */
function documentedPattern(min: number) {
  const trimmedLength = min === 1 ? "\\S" : `\\S[\\s\\S]{${min - 2},}\\S`;
  return `^(?=[\\s\\S]*${trimmedLength})${WITHOUT_CONTROL_CHARACTERS.source.slice(1)}`;
}

const CONTROL_CHARACTERS_REFUSED = "must not contain control characters";

/** "is required" when the field is missing, otherwise what it must be. */
function requiredOr(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : message);
}

type TextOptions = {
  /** The most characters kept, after trimming. */
  max: number;
  /** The fewest characters, after trimming; 0 lets an empty text through. */
  min?: number;
};

/** Text a person types, trimmed: within `min`–`max` characters, without control characters. */
export function text({ max, min = 0 }: TextOptions) {
  const checked = z
    .string({ error: requiredOr("must be text") })
    .trim()
    .check(...(min > 0 ? [z.minLength(min, min === 1 ? "must not be empty" : `must be at least ${min.toLocaleString("en-GB")} characters`)] : []))
    .max(max, `must be at most ${max.toLocaleString("en-GB")} characters`)
    .regex(WITHOUT_CONTROL_CHARACTERS, CONTROL_CHARACTERS_REFUSED);
  return min > 0 ? checked.meta({ pattern: documentedPattern(min) }) : checked;
}

/** A row's id or key, such as "a user's id": a short string without control characters. */
export function id(what: string) {
  const message = `must be ${what}`;
  return z
    .string({ error: requiredOr(message) })
    .trim()
    .min(1, message)
    .max(ID_MAX_LENGTH, `${message} (at most ${ID_MAX_LENGTH} characters)`)
    .regex(WITHOUT_CONTROL_CHARACTERS, CONTROL_CHARACTERS_REFUSED)
    .meta({ pattern: documentedPattern(1) });
}

type WholeNumberOptions = { min?: number; max?: number };

function wholeNumberMessage({ min = 0, max = INT4_MAX }: WholeNumberOptions) {
  return `must be a whole number from ${min} to ${max}`;
}

/** A whole number within its column: from `min` (0) to `max` (PostgreSQL's integer). */
export function wholeNumber({ min = 0, max = INT4_MAX }: WholeNumberOptions = {}) {
  const message = wholeNumberMessage({ min, max });
  return z.number({ error: requiredOr(message) }).int(message).min(min, message).max(max, message);
}

/** The same, from a query string or a socket message, where a number may arrive as its digits. */
export function wholeNumberParameter(options: WholeNumberOptions = {}) {
  const number = wholeNumber(options);
  const digits = z.string().regex(/^\d{1,10}$/).transform(Number);
  return z.union([digits, z.number()], { error: requiredOr(wholeNumberMessage(options)) }).pipe(number);
}

/** A moment, as ISO 8601 with its offset ("2026-12-01T09:30:00Z"); nothing else is taken for a date. */
export function dateTime() {
  return z.iso
    .datetime({ offset: true, error: requiredOr(`must be a date and time, such as ${EXAMPLE_DATE_TIME}`) })
    .regex(WITHIN_YEARS, `must be a date and time ${YEARS}`)
    // A second pattern makes zod leave the format out of the JSON Schema: say it again.
    .meta({ format: "date-time" })
    .transform((value) => new Date(value));
}

/** A day, as ISO 8601 ("2026-12-01"), kept as its midnight UTC. */
export function day() {
  return z.iso
    .date({ error: requiredOr(`must be a day, such as ${EXAMPLE_DAY}`) })
    .regex(WITHIN_YEARS, `must be a day ${YEARS}`)
    .meta({ format: "date" })
    .transform((value) => new Date(`${value}T00:00:00Z`));
}

/** An http:// or https:// address, as pasted: without control characters, within what browsers keep. */
export function webAddress({ max = 2048 }: { max?: number } = {}) {
  return z
    .url({ protocol: /^https?$/, error: requiredOr("must be an http:// or https:// URL") })
    .max(max, `must be at most ${max.toLocaleString("en-GB")} characters`)
    .regex(WITHOUT_CONTROL_CHARACTERS, CONTROL_CHARACTERS_REFUSED);
}

// RFC 5321: a forward path holds at most 256 octets, two of them the angle brackets.
const EMAIL_MAX_LENGTH = 254;

/** An e-mail address, trimmed and in lower case. */
export function emailAddress() {
  return z
    .string({ error: "must be an e-mail address" })
    .trim()
    .toLowerCase()
    .max(EMAIL_MAX_LENGTH, `must be at most ${EMAIL_MAX_LENGTH} characters`)
    .pipe(z.email({ error: "must be an e-mail address" }));
}
