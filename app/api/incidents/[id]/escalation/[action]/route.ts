import { authenticate } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { escalateNow, pauseEscalation, resumeEscalation } from "@/lib/escalation/mutations";
import type { RouteContext } from "@/lib/http/params";
import { handle, readJson } from "@/lib/http/route";

/** The commander's escalation commands, each `{ reason }`: pause, resume, or escalate to the next level now. */
const COMMANDS = { pause: pauseEscalation, resume: resumeEscalation, escalate: escalateNow } as const;

export const POST = handle(async (request, { params }: RouteContext<{ id: string; action: string }>) => {
  const { id, action } = await params;
  const command = COMMANDS[action as keyof typeof COMMANDS];
  if (!command) throw new DomainError("not_found", `No escalation command is called ${action}: use pause, resume or escalate.`);
  const event = await command(await authenticate(), id, await readJson(request));
  return Response.json(event, { status: 201 });
});
