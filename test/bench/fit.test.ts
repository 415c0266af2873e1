import { describe, expect, it } from "vitest";
import { fitPowerLaw } from "../../solver/bench/fit.ts";
import { createRng } from "../../solver/rng.ts";

const sizes = [90, 180, 360, 720, 1300];

describe("fitPowerLaw", () => {
  it.each([0.5, 1, 1.5, 2, 3])("recovers the exponent b = %s of an exact power law", (b) => {
    const a = 0.004;
    const fit = fitPowerLaw(sizes.map((n) => ({ n, t: a * n ** b })));
    expect(fit).not.toBeNull();
    expect(fit!.b).toBeCloseTo(b, 10);
    expect(fit!.a).toBeCloseTo(a, 10);
    expect(fit!.r2).toBeCloseTo(1, 10);
    expect(fit!.points).toBe(sizes.length);
  });

  it("stays near the true exponent under multiplicative noise of +-10 %", () => {
    const rng = createRng(7);
    const many = Array.from({ length: 40 }, (_, i) => 100 + i * 50);
    const fit = fitPowerLaw(
      many.map((n) => ({ n, t: 0.02 * n ** 1.7 * (0.9 + 0.2 * rng.next()) })),
    );
    expect(fit!.b).toBeGreaterThan(1.6);
    expect(fit!.b).toBeLessThan(1.8);
    expect(fit!.r2).toBeGreaterThan(0.95);
    expect(fit!.r2).toBeLessThan(1);
  });

  it("reads a flat line as b = 0 with a perfect fit", () => {
    const fit = fitPowerLaw(sizes.map((n) => ({ n, t: 42 })));
    expect(fit!.b).toBeCloseTo(0, 12);
    expect(fit!.a).toBeCloseTo(42, 10);
    expect(fit!.r2).toBe(1);
  });

  it("drops points that cannot be logged and needs two distinct sizes", () => {
    const fit = fitPowerLaw([
      { n: 100, t: 10 },
      { n: 400, t: 40 },
      { n: 0, t: 5 },
      { n: 800, t: 0 },
      { n: 900, t: NaN },
    ]);
    expect(fit!.points).toBe(2);
    expect(fit!.b).toBeCloseTo(1, 10);
    expect(fitPowerLaw([{ n: 100, t: 10 }])).toBeNull();
    expect(
      fitPowerLaw([
        { n: 100, t: 10 },
        { n: 100, t: 20 },
      ]),
    ).toBeNull();
    expect(fitPowerLaw([])).toBeNull();
  });
});
