// Discord's webhooks (discord.com/developers/docs/resources/webhook#execute-webhook) take `content`
// (at most 2000 characters) and up to 10 embeds: title ≤ 256, description ≤ 4096, ≤ 25 fields with
// name ≤ 256 and value ≤ 1024, a url and an integer colour, 6000 characters in all. A webhook
// Muster does not own can carry no buttons, so the links are in the text.
import type { ChatMessage } from "@/lib/chat/types";
import { colourOf, severityAndState, timeToBreach, titleOf, truncate } from "@/lib/chat/words";

const CONTENT_MAX = 2000;
const TITLE_MAX = 256;
const DESCRIPTION_MAX = 3000; // under 4096, so that the title and fields keep to the 6000 in all
const FIELDS_MAX = 25;
const FIELD_NAME_MAX = 256;
const FIELD_VALUE_MAX = 1024;

export function discordBody(message: ChatMessage) {
  const facts = severityAndState(message);
  const fields = [
    ...(facts ? [{ name: "Severity · state", value: facts, inline: true }] : []),
    ...(message.incident?.services ?? []).map((service) => ({ name: service.name, value: `${service.impact}: ${timeToBreach(service)}`, inline: true })),
    ...(message.bridgeUrl ? [{ name: "Conference bridge", value: message.bridgeUrl, inline: false }] : []),
  ].slice(0, FIELDS_MAX);
  const bridge = message.bridgeUrl ? ` · Bridge: <${message.bridgeUrl}>` : "";
  return {
    content: truncate(`**${message.headline}** — ${message.link.label}: <${message.link.url}>${bridge}`, CONTENT_MAX),
    embeds: [
      {
        title: truncate(titleOf(message), TITLE_MAX),
        url: message.link.url,
        description: truncate(message.text ? `${message.headline}\n\n${message.text}` : message.headline, DESCRIPTION_MAX),
        color: colourOf(message),
        fields: fields.map((field) => ({ ...field, name: truncate(field.name, FIELD_NAME_MAX), value: truncate(field.value, FIELD_VALUE_MAX) })),
        timestamp: message.at,
      },
    ],
    allowed_mentions: { parse: [] },
  };
}
