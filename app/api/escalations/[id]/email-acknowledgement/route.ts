// The link in an escalation e-mail. Opening it shows one button; pressing it acknowledges. (A GET
// that acknowledged by itself would be triggered by mail scanners that open every link.) Public: the
// link's signature, not a session, says who is acknowledging.
import { DomainError } from "@/lib/errors";
import { verifyAcknowledgementLink } from "@/lib/escalation/ack-link";
import { acknowledgeEscalation } from "@/lib/escalation/mutations";
import { publicRoute } from "@/lib/http/route";
import { findUserById } from "@/lib/users/data";

function page(title: string, body: string, status = 200) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.4rem">${title}</h1>${body}</body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}

const REFUSALS = {
  invalid: () => page("This link is not valid", "<p>Open the incident in Muster to acknowledge.</p>", 403),
  expired: () => page("This link has expired", "<p>Acknowledgement links work for 7 days. Open the incident in Muster to acknowledge.</p>", 410),
};

async function signer(request: Request, escalationId: string) {
  const link = new URL(request.url).searchParams;
  const check = verifyAcknowledgementLink(escalationId, link);
  if (check !== "valid") return { refusal: REFUSALS[check]() };
  const user = await findUserById(link.get("user") ?? "");
  return user ? { user } : { refusal: REFUSALS.invalid() };
}

export const GET = publicRoute<{ id: string }>(async ({ request, params }) => {
  const { user, refusal } = await signer(request, params.id);
  if (!user) return refusal;
  const action = new URL(request.url);
  return page(
    "Acknowledge the escalation",
    `<p>You are ${user.name.replace(/[<>&"]/g, "")}. Acknowledge that you are on it?</p>
<form method="post" action="${action.pathname}${action.search}"><button style="font-size:1rem;padding:.6rem 1.2rem">Acknowledge</button></form>`,
  );
});

export const POST = publicRoute<{ id: string }>(async ({ request, params: { id } }) => {
  const { user, refusal } = await signer(request, id);
  if (!user) return refusal;
  try {
    await acknowledgeEscalation(user, id, "email");
    return page("Acknowledged", "<p>Thank you: the war room shows that you are on it.</p>", 201);
  } catch (error) {
    if (error instanceof DomainError) return page("Not acknowledged", `<p>${error.message.replace(/[<>&"]/g, "")}</p>`, 409);
    throw error;
  }
});
