import { openApiDocument } from "@/lib/api-docs/openapi";
import { publicRoute } from "@/lib/http/route";

export const GET = publicRoute(async () => Response.json(openApiDocument()));
