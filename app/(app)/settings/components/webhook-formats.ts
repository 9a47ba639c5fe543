import type { WebhookFormat } from "@/lib/generated/prisma/enums";

/** Each destination kind as the Settings page names it, with where its address comes from. */
export const WEBHOOK_FORMATS: Record<WebhookFormat, { label: string; placeholder: string; hint: string }> = {
  generic: { label: "Webhook (Muster's signed JSON)", placeholder: "https://status.example.com/hooks/muster", hint: "Any receiver of yours: http:// or https://." },
  slack: { label: "Slack", placeholder: "https://hooks.slack.com/services/…", hint: "The incoming webhook's URL, from the Slack app's “Incoming Webhooks” page." },
  teams: { label: "Microsoft Teams", placeholder: "https://…webhook.office.com/…", hint: "The URL of the channel's Workflows “post to a channel when a webhook request is received”." },
  mattermost: { label: "Mattermost", placeholder: "https://chat.example.com/hooks/…", hint: "The incoming webhook's URL, from Integrations → Incoming Webhooks." },
  discord: { label: "Discord", placeholder: "https://discord.com/api/webhooks/…", hint: "The webhook's URL, from the channel's Integrations → Webhooks." },
};
