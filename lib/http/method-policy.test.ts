import { describe, expect, it } from "vitest";
import { methodVerdict, routeMethods } from "@/lib/http/method-policy";

describe("methodVerdict", () => {
  it("lets a route's own methods through, with HEAD beside GET and OPTIONS", () => {
    expect(routeMethods("/api/incidents")).toEqual(["GET", "HEAD", "POST", "OPTIONS"]);
    for (const method of ["GET", "HEAD", "POST", "OPTIONS"]) expect(methodVerdict(method, "/api/incidents", false)).toEqual({ kind: "allowed" });
  });

  it("refuses any other method on a route with the route's Allow", () => {
    for (const method of ["DELETE", "PUT", "TRACE", "CONNECT", "PROPFIND"]) {
      expect(methodVerdict(method, "/api/incidents/abc/notes", false)).toEqual({ kind: "not_allowed", allow: "POST, OPTIONS" });
    }
  });

  it("finds next-auth's catch-all and the public feeds", () => {
    expect(methodVerdict("POST", "/api/auth/callback/credentials", false)).toEqual({ kind: "allowed" });
    expect(methodVerdict("GET", "/api/auth/session", false)).toEqual({ kind: "allowed" });
    expect(methodVerdict("GET", "/status/public.json", false)).toEqual({ kind: "allowed" });
    expect(methodVerdict("POST", "/status/public.json", false)).toEqual({ kind: "not_allowed", allow: "GET, HEAD, OPTIONS" });
  });

  it("says an unknown API path is no route at all", () => {
    expect(methodVerdict("GET", "/api/no-such-thing", false)).toEqual({ kind: "no_such_route" });
    expect(methodVerdict("GET", "/api", false)).toEqual({ kind: "no_such_route" });
  });

  it("lets pages answer GET and HEAD, and POST only as a server action", () => {
    expect(methodVerdict("GET", "/contacts", false)).toEqual({ kind: "allowed" });
    expect(methodVerdict("HEAD", "/contacts", false)).toEqual({ kind: "allowed" });
    expect(methodVerdict("POST", "/settings", true)).toEqual({ kind: "server_action" });
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "TRACE"]) {
      expect(methodVerdict(method, "/contacts", false)).toEqual({ kind: "not_allowed", allow: "GET, HEAD" });
    }
  });
});
