import { DomainError } from "@/lib/errors";
import { escalateNow, pauseEscalation, resumeEscalation } from "@/lib/escalation/mutations";
import { authenticatedRoute, readJson } from "@/lib/http/route";
import { presentEvent } from "@/lib/timeline/present";

/** The commander's escalation commands, each `{ reason }`: pause, resume, or escalate to the next level now. */
const COMMANDS = { pause: pauseEscalation, resume: resumeEscalation, escalate: escalateNow } as const;

export const POST = authenticatedRoute<{ id: string; action: string }>(async ({ request, params, user }) => {
  const command = Object.hasOwn(COMMANDS, params.action) ? COMMANDS[params.action as keyof typeof COMMANDS] : undefined;
  if (!command) throw new DomainError("not_found", `No escalation command is called ${params.action}: use pause, resume or escalate.`);
  const event = await command(user, params.id, await readJson(request));
  return Response.json(presentEvent(event), { status: 201 });
});
