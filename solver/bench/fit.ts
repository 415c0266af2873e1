// How time grows with size: a least-squares line through (log n, log t), so t ≈ a · n^b. The
// exponent b reads directly as the order of growth (1 linear, 2 quadratic).

export type Point = { n: number; t: number };

export type PowerFit = {
  a: number;
  b: number;
  /** Coefficient of determination of the line in log space (1 for a perfect fit). */
  r2: number;
  points: number;
};

/**
 * Fits t = a · n^b. Points with a non-positive or non-finite n or t cannot be logged and are
 * dropped; null when fewer than two distinct sizes remain, since no slope is defined then.
 */
export function fitPowerLaw(points: readonly Point[]): PowerFit | null {
  const usable = points.filter((p) => p.n > 0 && p.t > 0 && Number.isFinite(p.n + p.t));
  const xs = usable.map((p) => Math.log(p.n));
  const ys = usable.map((p) => Math.log(p.t));
  const count = xs.length;
  if (count < 2) return null;
  const meanX = xs.reduce((s, x) => s + x, 0) / count;
  const meanY = ys.reduce((s, y) => s + y, 0) / count;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < count; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return null;
  const b = sxy / sxx;
  const lnA = meanY - b * meanX;
  // Every time equal: the line explains all there is to explain.
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { a: Math.exp(lnA), b, r2, points: count };
}
