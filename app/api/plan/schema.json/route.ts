import { publicRoute } from "@/lib/http/route";
import { planCodeJsonSchemaDocument } from "@/lib/plan/code/document";

// Public: it describes the plan's shape and holds nothing of the plan, and editors
// (yaml-language-server) fetch the address a document names without signing in.
export const GET = publicRoute(async () => Response.json(planCodeJsonSchemaDocument()));
