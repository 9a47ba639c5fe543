import { describe, expect, it } from "vitest";
import { describeRtoClock, formatCountdown, formatDuration, formatMinutesAgo, formatSpan } from "@/components/clock-format";

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("the incident clocks", () => {
  it("read a running time in whole minutes, hours with padded minutes, then days and hours", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(17 * MINUTE + 59 * SECOND)).toBe("17 min");
    expect(formatDuration(HOUR + 5 * MINUTE + 30 * SECOND)).toBe("1 h 05 min");
    expect(formatDuration(23 * HOUR + 59 * MINUTE)).toBe("23 h 59 min");
    expect(formatDuration(2 * DAY + 3 * HOUR + 40 * MINUTE)).toBe("2 d 3 h");
    expect(formatDuration(-5 * MINUTE)).toBe("0 min");
  });

  it("show seconds only in the last ten minutes before a deadline", () => {
    expect(formatCountdown(42 * MINUTE + 13 * SECOND)).toBe("42 min");
    expect(formatCountdown(10 * MINUTE)).toBe("10 min");
    expect(formatCountdown(10 * MINUTE - SECOND)).toBe("9 min 59 s");
    expect(formatCountdown(4 * MINUTE + 12 * SECOND)).toBe("4 min 12 s");
    expect(formatCountdown(4 * MINUTE + 2 * SECOND)).toBe("4 min 02 s");
    expect(formatCountdown(42 * SECOND)).toBe("42 s");
    expect(formatCountdown(2 * HOUR + 7 * MINUTE)).toBe("2 h 07 min");
  });

  it("write an RTO clock as time left, then as how long ago it was breached", () => {
    const deadline = Date.parse("2026-11-25T11:00:00Z");
    expect(describeRtoClock(deadline, deadline - (HOUR + 5 * MINUTE))).toBe("1 h 05 min left");
    expect(describeRtoClock(deadline, deadline - (4 * MINUTE + 12 * SECOND))).toBe("4 min 12 s left");
    expect(describeRtoClock(deadline, deadline + 20 * SECOND)).toBe("Breached just now");
    expect(describeRtoClock(deadline, deadline + 75 * MINUTE)).toBe("Breached 1 h 15 min ago");
  });

  it("write what has passed and finished intervals the same way", () => {
    expect(formatMinutesAgo(30 * SECOND)).toBe("just now");
    expect(formatMinutesAgo(HOUR + 2 * MINUTE)).toBe("1 h 02 min ago");
    expect(formatSpan(0, 42 * MINUTE)).toBe("42 min");
    expect(formatSpan(0, HOUR + 5 * MINUTE)).toBe("1 h 05 min");
  });
});
