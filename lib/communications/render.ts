// Communication templates hold placeholders in double braces. Values go in as plain text; each
// place that shows the result escapes it for its medium (React on pages, XML in the Atom feed,
// JSON, text/plain e-mail), so a title such as "<script>" is always shown as written.

/** Every placeholder a template may use, with what it is replaced by. */
export const PLACEHOLDERS = {
  "incident.title": "The incident's title",
  "incident.number": "The incident's number, such as #12",
  "incident.severity": "Critical, Major or Minor",
  "incident.state": "Where the incident is on its path, such as Recovering",
  services: "The affected services (for the public audience, only those on the public status page)",
  detectedAt: "When the incident was detected (UTC)",
  resolvedAt: "When the incident was resolved (UTC), or “not yet”",
  nextUpdateAt: "When the next update is due (UTC)",
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;
export type PlaceholderValues = Record<Placeholder, string>;

const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isPlaceholder(name: string): name is Placeholder {
  return Object.hasOwn(PLACEHOLDERS, name);
}

/** The names in double braces that are not placeholders, each once, in order of appearance. */
export function unknownPlaceholders(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => match[1]);
  return [...new Set(names.filter((name) => !isPlaceholder(name)))];
}

/** The template's text with each placeholder replaced by its value. */
export function fillTemplate(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}
