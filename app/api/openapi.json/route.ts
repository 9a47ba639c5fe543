import { openApiDocument } from "@/lib/api-docs/openapi";

export function GET() {
  return Response.json(openApiDocument());
}
