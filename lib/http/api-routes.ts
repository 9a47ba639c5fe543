// Every route handler Muster serves and the methods it answers, by path template. The OpenAPI
// document, the security suite and the method check (405 with Allow) all read this one list;
// lib/http/api-routes.test.ts fails when it and app/**/route.ts disagree.
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export const API_ROUTES: Record<string, readonly HttpMethod[]> = {
  "/api/action-items": ["GET"],
  "/api/action-items/{id}": ["PATCH"],
  "/api/auth/{nextauth*}": ["GET", "POST"],
  "/api/communication-templates": ["GET"],
  "/api/communication-templates/{id}": ["PUT"],
  "/api/contacts": ["GET"],
  "/api/contacts/{id}": ["PATCH"],
  "/api/escalations/{id}/acknowledge": ["POST"],
  "/api/escalations/{id}/email-acknowledgement": ["GET", "POST"],
  "/api/health": ["GET"],
  "/api/incidents": ["GET", "POST"],
  "/api/incidents/{id}": ["GET", "PATCH"],
  "/api/incidents/{id}/checklist/{itemId}": ["PATCH"],
  "/api/incidents/{id}/escalation/{action}": ["POST"],
  "/api/incidents/{id}/events": ["GET"],
  "/api/incidents/{id}/join": ["POST"],
  "/api/incidents/{id}/notes": ["POST"],
  "/api/incidents/{id}/pins": ["POST"],
  "/api/incidents/{id}/review": ["GET", "PATCH"],
  "/api/incidents/{id}/review/action-items": ["POST"],
  "/api/incidents/{id}/review/attendees": ["POST"],
  "/api/incidents/{id}/review/attendees/{attendeeId}": ["DELETE"],
  "/api/incidents/{id}/review/criteria/{key}": ["PUT"],
  "/api/incidents/{id}/review/export": ["GET"],
  "/api/incidents/{id}/review/impact-start": ["PUT"],
  "/api/incidents/{id}/review/services/{key}/data-loss": ["PUT"],
  "/api/incidents/{id}/roles": ["POST"],
  "/api/incidents/{id}/services/{key}/restored": ["POST"],
  "/api/incidents/{id}/status-updates": ["POST"],
  "/api/incidents/{id}/status-updates/draft": ["POST"],
  "/api/incidents/{id}/transitions": ["POST"],
  "/api/invitations/accept": ["POST"],
  "/api/metrics": ["GET"],
  "/api/notifications": ["GET"],
  "/api/notifications/read": ["POST"],
  "/api/openapi.json": ["GET"],
  "/api/plan/reviews": ["POST"],
  "/api/plan/versions": ["GET"],
  "/api/scenarios": ["GET"],
  "/api/services": ["GET"],
  "/api/services/{key}": ["PATCH"],
  "/api/status-board": ["GET"],
  "/api/subscribers": ["GET", "POST"],
  "/api/subscribers/{id}": ["DELETE"],
  "/api/tokens": ["GET", "POST"],
  "/api/tokens/{id}": ["DELETE"],
  "/api/users": ["GET", "POST"],
  "/api/users/{id}": ["PATCH"],
  "/api/users/{id}/password-reset": ["POST"],
  "/api/webhooks": ["GET", "POST"],
  "/api/webhooks/{id}/deliveries": ["GET"],
  "/status/public.atom": ["GET"],
  "/status/public.json": ["GET"],
};

const templates = Object.keys(API_ROUTES).map((template) => ({
  template,
  pattern: new RegExp(
    // Dots are escaped first, so the catch-all's ".+" stays a pattern.
    `^${template.replace(/\./g, "\\.").replace(/\{(\w+)\*\}/g, ".+").replace(/\{(\w+)\}/g, "[^/]+")}$`,
  ),
}));

/** The route template a request path belongs to, or null when no route handler serves it. */
export function routeTemplate(pathname: string): string | null {
  return templates.find(({ pattern }) => pattern.test(pathname))?.template ?? null;
}
