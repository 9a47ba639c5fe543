import { describe, expect, it } from "vitest";
import { CHAT_FORMATS } from "@/lib/chat/body";
import type { ChatMessage } from "@/lib/chat/types";
import { PLATFORM_SCHEMAS } from "@/test/chat-platform-schemas";

// As long as Muster lets each part be: a 200-character title, a 4,000-character status update,
// and more services than Discord has fields for.
const longest: ChatMessage = {
  event: "status_update.posted",
  headline: `Status update to stakeholders: ${"s".repeat(200)}`,
  text: "Everything we know, at length. ".repeat(130).slice(0, 4000),
  incident: {
    number: 123456,
    title: "T".repeat(200),
    severity: "critical",
    state: "DR activated",
    isDrill: true,
    services: Array.from({ length: 40 }, (_, index) => ({ name: `Service ${index} ${"n".repeat(100)}`, impact: "Down", minutesToBreach: index - 20 })),
  },
  link: { url: "https://muster.example.com/incidents/abc", label: "Open the war room" },
  bridgeUrl: "https://meet.example.com/abc",
  at: "2026-12-04T21:00:00.000Z",
};

const plain: ChatMessage = { ...longest, event: "backup.rpo_breached", headline: "Customer data backups are beyond their RPO", text: "Newest verified restore point is 5 h old.", incident: null, bridgeUrl: null };

describe("chat formatters", () => {
  it.each(Object.keys(CHAT_FORMATS) as (keyof typeof CHAT_FORMATS)[])("keep %s within the platform's limits at the longest a message gets", (platform) => {
    const body = CHAT_FORMATS[platform](longest);
    expect(() => PLATFORM_SCHEMAS[platform].parse(body)).not.toThrow();
    // Cut short where a limit bites, never dropped: the title's start and the bridge stay.
    expect(JSON.stringify(body)).toContain("[Drill] Incident #123456: TTTT");
    expect(JSON.stringify(body)).toContain("https://meet.example.com/abc");
  });

  it.each(Object.keys(CHAT_FORMATS) as (keyof typeof CHAT_FORMATS)[])("write a plan-wide %s notice with its headline once", (platform) => {
    const body = CHAT_FORMATS[platform](plain);
    expect(() => PLATFORM_SCHEMAS[platform].parse(body)).not.toThrow();
    const text = JSON.stringify(body);
    expect(text).toContain("Newest verified restore point is 5 h old.");
    expect(text).toContain("https://muster.example.com/incidents/abc");
    expect(text).not.toContain("Severity");
  });

  it("says a breached service's overrun and a restored one as such", () => {
    const message = { ...longest, incident: { ...longest.incident!, services: [{ name: "Core API", impact: "Down", minutesToBreach: -75 }, { name: "Search", impact: "Degraded", minutesToBreach: null }] } };
    const discord = CHAT_FORMATS.discord(message);
    expect(discord.embeds[0].fields.map((field) => field.value)).toEqual(["Critical · DR activated", "Down: RTO breached 1 h 15 min ago", "Degraded: restored", "https://meet.example.com/abc"]);
  });
});
