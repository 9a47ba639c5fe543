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

const ACRONYMS: Record<string, string> = { rto: "RTO", rpo: "RPO", id: "ID", ids: "IDs", url: "URL", api: "API" };

/**
 * A recorded field's name as a reader says it: "rtoMinutes" → "RTO minutes", "isDemoValue" →
 * "Demo value". Names already in words (a runbook's "Recovery Steps: steps") stay as they are.
 */
export function fieldInWords(field: string): string {
  if (!/^[a-z][a-zA-Z0-9]*$/.test(field)) return field;
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(" ")
    .filter((word, index) => !(index === 0 && word === "is"))
    .map((word) => ACRONYMS[word] ?? word);
  const sentence = words.join(" ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
