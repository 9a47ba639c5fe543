// Which body a chat platform's incoming webhook reads: one formatter per platform.
import { discordBody } from "@/lib/chat/discord";
import { mattermostBody } from "@/lib/chat/mattermost";
import { slackBody } from "@/lib/chat/slack";
import { teamsBody } from "@/lib/chat/teams";
import type { ChatMessage } from "@/lib/chat/types";

export const CHAT_FORMATS = { slack: slackBody, teams: teamsBody, mattermost: mattermostBody, discord: discordBody } as const;

export type ChatFormat = keyof typeof CHAT_FORMATS;

export function isChatFormat(format: string): format is ChatFormat {
  return Object.hasOwn(CHAT_FORMATS, format);
}

export function chatBody(format: ChatFormat, message: ChatMessage): unknown {
  return CHAT_FORMATS[format](message);
}
