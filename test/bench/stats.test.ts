import { describe, expect, it } from "vitest";
import { median, medianInterval, percentile, worst } from "../../solver/bench/stats.ts";

describe("median", () => {
  it("takes the middle value of an odd-length list, whatever its order", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([7])).toBe(7);
  });

  it("averages the two middle values of an even-length list", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([10, 20])).toBe(15);
  });

  it("does not reorder the caller's list", () => {
    const times = [3, 1, 2];
    median(times);
    expect(times).toEqual([3, 1, 2]);
  });

  it("is NaN for no values rather than a made-up zero", () => {
    expect(median([])).toBeNaN();
  });
});

describe("worst", () => {
  it("is the slowest run", () => {
    expect(worst([12, 250, 3])).toBe(250);
    expect(worst([])).toBeNaN();
  });
});

describe("percentile", () => {
  it("spans the minimum to the maximum and agrees with the median at 50", () => {
    const xs = [15, 20, 35, 40, 50];
    expect(percentile(xs, 0)).toBe(15);
    expect(percentile(xs, 100)).toBe(50);
    expect(percentile(xs, 50)).toBe(median(xs));
    expect(percentile([1, 2, 3, 4], 50)).toBe(median([1, 2, 3, 4]));
  });

  it("interpolates between ranks", () => {
    // Rank 0.9 * 4 = 3.6: 40 + 0.6 * (50 - 40).
    expect(percentile([50, 15, 40, 20, 35], 90)).toBeCloseTo(46, 10);
  });

  it("is NaN outside 0..100 or for no values", () => {
    expect(percentile([1, 2], -1)).toBeNaN();
    expect(percentile([1, 2], 101)).toBeNaN();
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("medianInterval", () => {
  it("is a single point when every value is the same", () => {
    expect(medianInterval([7, 7, 7, 7])).toEqual([7, 7]);
  });

  it("holds the median and widens with the spread of the values", () => {
    const tight = [10, 11, 12, 13, 14, 15, 16, 17, 18];
    const wide = [1, 5, 10, 11, 14, 30, 60, 90, 200];
    const [tl, th] = medianInterval(tight);
    const [wl, wh] = medianInterval(wide);
    expect(tl).toBeLessThanOrEqual(median(tight));
    expect(th).toBeGreaterThanOrEqual(median(tight));
    expect(wh - wl).toBeGreaterThan(th - tl);
    // Never outside the values themselves.
    expect(wl).toBeGreaterThanOrEqual(1);
    expect(wh).toBeLessThanOrEqual(200);
  });

  it("gives the same interval for the same list, and a narrower one at a lower level", () => {
    const values = [3, 9, 1, 40, 7, 12, 5, 8, 30, 2];
    expect(medianInterval(values)).toEqual(medianInterval(values));
    const [l50, h50] = medianInterval(values, 0.5);
    const [l90, h90] = medianInterval(values, 0.9);
    expect(h50 - l50).toBeLessThanOrEqual(h90 - l90);
  });

  it("is [NaN, NaN] for no values", () => {
    expect(medianInterval([])).toEqual([NaN, NaN]);
  });
});
