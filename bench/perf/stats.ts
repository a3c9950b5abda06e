/** Small statistics helpers for the benchmark. */

/** Median (mean of the two middle values for even counts); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The q-quantile (0..1) by linear interpolation; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const low = Math.floor(at)
  const high = Math.ceil(at)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low)
}

export function sum(values: readonly number[]): number {
  let total = 0
  for (const value of values) total += value
  return total
}

export interface Fit {
  /** d log(y) / d log(x). */
  slope: number
  intercept: number
  r2: number
  n: number
}

/** Least-squares fit of log(y) over log(x), for points with x > 0 and y > 0. */
export function logLogFit(points: ReadonlyArray<readonly [x: number, y: number]>): Fit {
  const usable = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)] as const)
  const n = usable.length
  if (n < 3) return {slope: Number.NaN, intercept: Number.NaN, r2: Number.NaN, n}
  const mx = sum(usable.map(([x]) => x)) / n
  const my = sum(usable.map(([, y]) => y)) / n
  let sxx = 0
  let sxy = 0
  let syy = 0
  for (const [x, y] of usable) {
    sxx += (x - mx) ** 2
    sxy += (x - mx) * (y - my)
    syy += (y - my) ** 2
  }
  const slope = sxy / sxx
  return {slope, intercept: my - slope * mx, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy), n}
}

/** `count` indexes spread evenly over 0..length-1 (deterministic, sorted, distinct). */
export function evenlySpaced(length: number, count: number): number[] {
  if (count <= 0 || count >= length) return Array.from({length}, (_, index) => index)
  const step = length / count
  const picked = new Set<number>()
  for (let index = 0; index < count; index++) picked.add(Math.min(length - 1, Math.floor(index * step + step / 2)))
  return [...picked].sort((a, b) => a - b)
}

export const round = (value: number, digits = 2): number => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value)
