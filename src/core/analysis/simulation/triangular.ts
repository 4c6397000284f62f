/**
 * A draw from the triangular distribution (min, mode, max) by its inverse distribution function, given a
 * uniform `u` in [0, 1). Zero width returns the mode, so a zero-width simulation reproduces the point estimate.
 */
export function triangular(u: number, min: number, mode: number, max: number): number {
  const width = max - min;
  if (width <= 0) return mode;
  const below = mode - min;
  return u * width < below ? min + Math.sqrt(u * width * below) : max - Math.sqrt((1 - u) * width * (max - mode));
}

/** Mean of the triangular distribution: (min + mode + max) / 3. */
export function triangularMean(min: number, mode: number, max: number): number {
  return (min + mode + max) / 3;
}
