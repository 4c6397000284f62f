import { ContractError } from "../../errors";

/** A source of uniform numbers in [0, 1). Injected into the simulation so that a run can be replayed. */
export type RandomSource = () => number;

/**
 * xoshiro128** (Blackman and Vigna, 2018): 128 bits of state, 32-bit integer steps only, so it gives the same
 * sequence in Node and in every browser. The state is filled from the seed by splitmix32, as its authors
 * advise, so nearby seeds give unrelated sequences. Seed: any safe integer (the workbook's `Seed`).
 */
export function seededRandom(seed: number): RandomSource {
  if (!Number.isSafeInteger(seed)) throw new ContractError(`The seed must be a whole number, not ${seed}`);
  const high = Math.floor(seed / 4294967296);
  const mix = splitmix32((seed >>> 0) ^ Math.imul(high | 0, 0x9e3779b1));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  if ((a | b | c | d) === 0) a = 1; // the one state xoshiro cannot leave
  return () => {
    const result = Math.imul(rotateLeft(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotateLeft(d, 11);
    return result / 4294967296;
  };
}

function rotateLeft(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

function splitmix32(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state ^ (state >>> 16);
    z = Math.imul(z, 0x21f0aaad);
    z ^= z >>> 15;
    z = Math.imul(z, 0x735a2d97);
    return (z ^ (z >>> 15)) | 0;
  };
}
