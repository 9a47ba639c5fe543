// Discord's webhooks (discord.com/developers/docs/resources/webhook#execute-webhook) take `content`
// (at most 2000 characters) and up to 10 embeds: title ≤ 256, description ≤ 4096, ≤ 25 fields with
// name ≤ 256 and value ≤ 1024, a url and an integer colour, 6000 characters in all. A webhook
// Muster does not own can carry no buttons, so the links are in the text.
import type { ChatMessage } from "@/lib/chat/types";
import { colourOf, headlineBelowTitle, severityAndState, timeToBreach, titleOf, truncate } from "@/lib/chat/words";

const CONTENT_MAX = 2000;
const TITLE_MAX = 256;
const DESCRIPTION_MAX = 4096;
const EMBED_MAX = 6000;
const FIELDS_MAX = 25;
const FIELD_NAME_MAX = 256;
const FIELD_VALUE_MAX = 1024;

export function discordBody(message: ChatMessage) {
  const facts = severityAndState(message);
  const fixed = [
    ...(facts ? [{ name: "Severity · state", value: facts, inline: true }] : []),
    ...(message.bridgeUrl ? [{ name: "Conference bridge", value: message.bridgeUrl, inline: false }] : []),
  ];
  // The most pressing services first (they come soonest deadline first), as many as fields are left.
  const services = (message.incident?.services ?? [])
    .slice(0, FIELDS_MAX - fixed.length)
    .map((service) => ({ name: service.name, value: `${service.impact}: ${timeToBreach(service)}`, inline: true }));
  const fields = [...fixed.slice(0, 1), ...services, ...fixed.slice(1)].map((field) => ({
    ...field,
    name: truncate(field.name, FIELD_NAME_MAX),
    value: truncate(field.value, FIELD_VALUE_MAX),
  }));
  const title = truncate(titleOf(message), TITLE_MAX);
  // The description takes what the title and the fields leave of the embed's 6000 characters.
  const left = EMBED_MAX - title.length - fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  const description = [headlineBelowTitle(message), message.text].filter(Boolean).join("\n\n");
  const bridge = message.bridgeUrl ? ` · Bridge: <${message.bridgeUrl}>` : "";
  return {
    content: truncate(`**${message.headline}** — ${message.link.label}: <${message.link.url}>${bridge}`, CONTENT_MAX),
    embeds: [
      {
        title,
        url: message.link.url,
        // Discord refuses an empty description: a notice with nothing below its title has none.
        ...(description ? { description: truncate(description, Math.max(1, Math.min(DESCRIPTION_MAX, left))) } : {}),
        color: colourOf(message),
        fields,
        timestamp: message.at,
      },
    ],
    allowed_mentions: { parse: [] },
  };
}
