import { answerPublicStatus } from "@/lib/public-status/serve";

/** A GET of a public status address as server.ts answers it, as a fetch Response. */
export async function getPublicStatus(path: "/status/public" | "/status/public.json" | "/status/public.atom", ifNoneMatch?: string): Promise<Response> {
  const answer = await answerPublicStatus(path, "GET", { "if-none-match": ifNoneMatch });
  if (!answer) throw new Error(`${path} is not served from the public snapshot`);
  return new Response(answer.body && new Uint8Array(answer.body), { status: answer.status, headers: answer.headers });
}
