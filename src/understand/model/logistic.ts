/**
 * Multinomial logistic regression over sparse binary features: training (full-batch Adam with
 * L2, deterministic: fixed example order, no randomness) and inference (a sum of weight rows).
 * Weights are kept as int8 with one scale per model, base64 in the checked-in JSON.
 */

/** One training example: the features present, the class, and how much it counts. */
export interface Example {
  indices: readonly number[];
  label: number;
  weight: number;
}

export interface TrainOptions {
  featureCount: number;
  classCount: number;
  /** L2 penalty per weight (on the mean loss). */
  l2: number;
  /** The first `wordFeatures` features (hashed words) take `l2Words` instead of `l2`. */
  wordFeatures?: number;
  l2Words?: number;
  iterations: number;
  learningRate: number;
}

/**
 * Minimises the weighted mean cross-entropy plus l2/2·|W|² by full-batch Adam. Returns the
 * weights, row-major: weight of feature f for class k at f·classCount + k.
 */
export function trainSoftmax(examples: readonly Example[], options: TrainOptions): Float64Array {
  const { featureCount, classCount: K, l2, iterations, learningRate } = options;
  const wordWeights = (options.wordFeatures ?? 0) * K;
  const l2Words = options.l2Words ?? l2;
  const size = featureCount * K;
  const w = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const logits = new Float64Array(K);
  const total = examples.reduce((sum, e) => sum + e.weight, 0);
  const beta1 = 0.9;
  const beta2 = 0.999;
  for (let t = 1; t <= iterations; t++) {
    grad.fill(0);
    for (const example of examples) {
      scoreInto(w, example.indices, K, logits);
      softmaxInPlace(logits);
      const scale = example.weight / total;
      logits[example.label] = (logits[example.label] ?? 0) - 1;
      for (const f of example.indices) {
        const row = f * K;
        for (let k = 0; k < K; k++) grad[row + k] = (grad[row + k] ?? 0) + scale * (logits[k] ?? 0);
      }
    }
    const correction1 = 1 - beta1 ** t;
    const correction2 = 1 - beta2 ** t;
    for (let i = 0; i < size; i++) {
      const wi = w[i] ?? 0;
      const g = (grad[i] ?? 0) + (i < wordWeights ? l2Words : l2) * wi;
      const mi = beta1 * (m[i] ?? 0) + (1 - beta1) * g;
      const vi = beta2 * (v[i] ?? 0) + (1 - beta2) * g * g;
      m[i] = mi;
      v[i] = vi;
      w[i] = wi - (learningRate * (mi / correction1)) / (Math.sqrt(vi / correction2) + 1e-8);
    }
  }
  return w;
}

/** logits[k] = Σ over present features of the feature's weight for class k. */
export function scoreInto(
  weights: Float64Array | Float32Array,
  indices: readonly number[],
  classCount: number,
  logits: Float64Array,
): void {
  logits.fill(0);
  for (const f of indices) {
    const row = f * classCount;
    for (let k = 0; k < classCount; k++) logits[k] = (logits[k] ?? 0) + (weights[row + k] ?? 0);
  }
}

/** Turns logits into probabilities, in place. */
export function softmaxInPlace(values: Float64Array, temperature = 1): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const x of values) max = Math.max(max, x);
  let sum = 0;
  for (let k = 0; k < values.length; k++) {
    const e = Math.exp(((values[k] ?? 0) - max) / temperature);
    values[k] = e;
    sum += e;
  }
  for (let k = 0; k < values.length; k++) values[k] = (values[k] ?? 0) / sum;
}

/** Weights as stored: int8 steps of `scale`, base64. */
export interface QuantisedWeights {
  scale: number;
  data: string;
}

/** Rounds every weight to the nearest of 255 steps spanning the largest one. */
export function quantise(weights: Float64Array): QuantisedWeights {
  let largest = 0;
  for (const x of weights) largest = Math.max(largest, Math.abs(x));
  const scale = largest === 0 ? 1 : Number((largest / 127).toPrecision(6));
  const bytes = new Uint8Array(weights.length);
  for (let i = 0; i < weights.length; i++) {
    const q = Math.max(-127, Math.min(127, Math.round((weights[i] ?? 0) / scale)));
    bytes[i] = q & 0xff;
  }
  return { scale, data: toBase64(bytes) };
}

/** The stored weights as numbers again, ready for scoreInto. */
export function dequantise(stored: QuantisedWeights): Float32Array {
  const bytes = fromBase64(stored.data);
  const out = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = (((bytes[i] ?? 0) << 24) >> 24) * stored.scale;
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x2000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
  }
  return btoa(binary);
}

function fromBase64(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
