// @ts-check
// A token bucket: `burst` messages at once, refilled at `rate` per second.

/**
 * @param {number} rate  tokens per second
 * @param {number} burst  the bucket's size (it starts full)
 * @param {() => number} now  milliseconds
 */
export function createTokenBucket(rate, burst, now = Date.now) {
  let tokens = burst;
  let last = now();
  return {
    /** Takes one token; false when the bucket is empty. */
    take() {
      const at = now();
      tokens = Math.min(burst, tokens + ((at - last) / 1000) * rate);
      last = at;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    /** Whether at least half the bucket has come back (the sender calmed down). */
    calm() {
      return tokens >= burst / 2;
    },
  };
}
