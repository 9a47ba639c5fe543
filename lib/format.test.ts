import { describe, expect, it } from "vitest";
import {
  daysBetween,
  formatClockTime,
  formatCount,
  formatDate,
  formatDateAndTime,
  formatMinuteRange,
  formatMinutes,
  formatMonth,
  formatPercent,
  formatRelativeDays,
  telHref,
} from "@/lib/format";

describe("formatMinutes", () => {
  it("writes the plan's objectives in human units", () => {
    expect(formatMinutes(15)).toBe("15 min");
    expect(formatMinutes(60)).toBe("1 h");
    expect(formatMinutes(90)).toBe("1 h 30 min");
    expect(formatMinutes(4 * 60)).toBe("4 h");
    expect(formatMinutes(24 * 60)).toBe("24 h");
    expect(formatMinutes(7 * 24 * 60)).toBe("7 days");
  });
});

describe("formatMinuteRange", () => {
  it("keeps short windows in minutes, as the plan writes them", () => {
    expect(formatMinuteRange(0, 15)).toBe("0–15 min");
    expect(formatMinuteRange(15, 60)).toBe("15–60 min");
    expect(formatMinuteRange(30, 120)).toBe("30–120 min");
  });

  it("writes long windows in hours or days", () => {
    expect(formatMinuteRange(0, 120)).toBe("0–2 h");
    expect(formatMinuteRange(120, 24 * 60)).toBe("2–24 h");
    expect(formatMinuteRange(24 * 60, 7 * 24 * 60)).toBe("1–7 days");
  });

  it("writes open and missing windows", () => {
    expect(formatMinuteRange(60, null)).toBe("60+ min");
    expect(formatMinuteRange(120, null)).toBe("2+ h");
    expect(formatMinuteRange(null, 15)).toBe("up to 15 min");
    expect(formatMinuteRange(null, null)).toBeNull();
  });
});

describe("dates", () => {
  const now = new Date("2026-11-25T10:00:00Z");

  it("writes a date the same everywhere", () => {
    expect(formatDate(new Date("2026-02-25T23:30:00Z"))).toBe("25 Feb 2026");
  });

  it("counts calendar days", () => {
    expect(daysBetween(now, new Date("2026-11-26T01:00:00Z"))).toBe(1);
    expect(daysBetween(now, new Date("2026-11-20T23:00:00Z"))).toBe(-5);
  });

  it("writes days relative to now", () => {
    expect(formatRelativeDays(new Date("2026-11-25T23:00:00Z"), now)).toBe("today");
    expect(formatRelativeDays(new Date("2026-12-07T00:00:00Z"), now)).toBe("in 12 days");
    expect(formatRelativeDays(new Date("2026-11-22T00:00:00Z"), now)).toBe("3 days ago");
  });
});

describe("formatCount", () => {
  it("chooses singular or plural", () => {
    expect(formatCount(1, "service")).toBe("1 service");
    expect(formatCount(14, "service")).toBe("14 services");
    expect(formatCount(2, "policy", "policies")).toBe("2 policies");
  });
});

describe("telHref", () => {
  it("keeps only what a phone dials", () => {
    expect(telHref("+1-555-0101")).toBe("tel:+15550101");
    expect(telHref("(020) 7946 0000")).toBe("tel:02079460000");
  });
});

describe("metrics", () => {
  it("writes a calendar month and a share", () => {
    expect(formatMonth("2026-07")).toBe("Jul 2026");
    expect(formatMonth("2027-01")).toBe("Jan 2027");
    expect(formatPercent(5 / 6)).toBe("83\u00a0%");
    expect(formatPercent(0)).toBe("0\u00a0%");
    expect(formatPercent(1)).toBe("100\u00a0%");
  });
});

describe("dates written by hand", () => {
  // Intl in en-GB and UTC is what the dates were written with before; each month of a year, at a
  // time with single digits, must read the same.
  const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" });
  const days = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, month + 1, month * 2, month * 5, month * 4)));

  it("reads as Intl writes en-GB in UTC, every month", () => {
    for (const date of days) {
      expect(formatDate(date)).toBe(intl({ day: "numeric", month: "short", year: "numeric" }).format(date));
      expect(formatDateAndTime(date)).toBe(intl({ day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(date));
      expect(formatDateAndTime(date, { seconds: true })).toBe(
        intl({ day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(date),
      );
      expect(formatMonth(date.toISOString().slice(0, 7))).toBe(intl({ month: "short", year: "numeric" }).format(date));
    }
  });

  it("writes the clock in UTC with two digits, seconds only when asked", () => {
    const date = new Date("2026-03-04T05:06:07Z");
    expect(formatClockTime(date)).toBe("05:06");
    expect(formatClockTime(date, { seconds: true })).toBe("05:06:07");
  });
});
