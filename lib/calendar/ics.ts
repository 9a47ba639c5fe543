// A minimal iCalendar (RFC 5545) writer for all-day events: what a calendar feed of due dates needs.

export type CalendarEvent = {
  /** Stable across feeds, so a calendar app updates the event rather than adding another. */
  uid: string;
  day: Date;
  summary: string;
  description: string;
  url?: string;
};

const escapeText = (text: string) => text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

const basicDate = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, "");
const basicDateTime = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

/** Folds a content line at 75 octets, continuing with a space, without splitting a character. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  for (const character of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (Buffer.byteLength(current + character) > limit) {
      parts.push(current);
      current = "";
    }
    current += character;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function calendarDocument(name: string, events: readonly CalendarEvent[], stamp: Date): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Muster//Plan upkeep//EN",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => {
      const next = new Date(event.day.getTime() + 86_400_000);
      return [
        "BEGIN:VEVENT",
        `UID:${event.uid}`,
        `DTSTAMP:${basicDateTime(stamp)}`,
        `DTSTART;VALUE=DATE:${basicDate(event.day)}`,
        `DTEND;VALUE=DATE:${basicDate(next)}`,
        `SUMMARY:${escapeText(event.summary)}`,
        `DESCRIPTION:${escapeText(event.description)}`,
        ...(event.url ? [`URL:${event.url}`] : []),
        "END:VEVENT",
      ];
    }),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}
