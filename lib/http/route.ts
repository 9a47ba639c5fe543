// Route handlers stay thin: they parse the request, call one domain function, and let this module
// turn its errors into a status code and a JSON message.
import { DomainError, HTTP_STATUS } from "@/lib/errors";

export function errorResponse(error: unknown): Response {
  if (error instanceof DomainError) {
    return Response.json(
      { error: error.message, field: error.field, current: error.current },
      { status: HTTP_STATUS[error.kind] },
    );
  }
  console.error(error);
  return Response.json({ error: "Something went wrong on the server." }, { status: 500 });
}

/** Wraps a route handler so a DomainError answers with its status and message. */
export function handle<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** The request's JSON body; a body that is not JSON is a 400. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError("invalid", "The request body is not valid JSON.");
  }
}
