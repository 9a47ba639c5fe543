import { authenticatedRoute } from "@/lib/http/route";
import { getStatusBoard } from "@/lib/status-board/data";
import { presentStatusBoard } from "@/lib/status-board/present";

/** The management board: active incidents, every service's health with its reasons, recent outcomes. */
export const GET = authenticatedRoute(async ({ user }) => Response.json(presentStatusBoard(await getStatusBoard(user))));
