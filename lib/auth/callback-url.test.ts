import { describe, expect, it } from "vitest";
import { redirectWithinMuster, sameOriginPath } from "@/lib/auth/callback-url";

const BASE = "http://localhost:3000";

// Each one a browser would follow to another site (it drops tabs and line breaks, reads \ as /).
const ELSEWHERE = [
  "/%09/evil.example/x",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/%0a/evil.example",
  "/%0d/evil.example",
  "/\t\\evil.example",
  "/\\evil.example",
  "/%5cevil.example",
  "//evil.example",
  "//evil.example/x",
  "https://evil.example",
  "https://evil.example/incidents",
  "http://localhost:3000.evil.example/",
  "javascript:alert(1)",
  "evil.example",
  "",
];

describe("where a sign-in may land", () => {
  it.each(ELSEWHERE)("keeps %j on Muster's home", (payload) => {
    expect(sameOriginPath(payload)).toBeUndefined();
    expect(redirectWithinMuster(payload, BASE)).toBe(`${BASE}/`);
  });

  it("keeps a path on Muster, with its query and fragment", () => {
    expect(sameOriginPath("/incidents/abc?tab=timeline#seq-4")).toBe("/incidents/abc?tab=timeline#seq-4");
    expect(redirectWithinMuster("/contacts", BASE)).toBe(`${BASE}/contacts`);
    expect(redirectWithinMuster(`${BASE}/runbooks/restore?x=1`, BASE)).toBe(`${BASE}/runbooks/restore?x=1`);
  });

  it("refuses anything that is not a single string", () => {
    expect(sameOriginPath(["/a", "/b"])).toBeUndefined();
    expect(sameOriginPath(undefined)).toBeUndefined();
  });
});
