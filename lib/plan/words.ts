// How a change record's values read in a sentence, for the history page and the diff's words alike.

/** A recorded value as a reader sees it: text quoted, lists joined, nothing as "none". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "none";
  if (typeof value === "string") return `"${value}"`;
  if (Array.isArray(value)) return value.length ? value.map(describeValue).join(", ") : "none";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** "phone from "+1-555-0101" to "+1-555-0190"". */
export function describeFieldChange(field: string, from: unknown, to: unknown): string {
  return `${field} from ${describeValue(from)} to ${describeValue(to)}`;
}
