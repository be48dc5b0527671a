// @ts-check
// Which local connections subscribe to which topic. `add` and `remove`
// say when a topic gains its first or loses its last local subscriber
// (when the instance joins or leaves the topic's Redis channel).

/** @template C */
export class Topics {
  /** @type {Map<string, Set<C>>} */
  #subscribers = new Map();
  subscriptions = 0;

  /** @param {string} topic */
  get(topic) {
    return this.#subscribers.get(topic);
  }

  get size() {
    return this.#subscribers.size;
  }

  /**
   * @param {string} topic
   * @param {C} conn
   * @returns {boolean} whether the topic is new on this instance
   */
  add(topic, conn) {
    let subs = this.#subscribers.get(topic);
    const fresh = !subs;
    if (!subs) this.#subscribers.set(topic, (subs = new Set()));
    if (!subs.has(conn)) this.subscriptions++;
    subs.add(conn);
    return fresh;
  }

  /**
   * @param {string} topic
   * @param {C} conn
   * @returns {boolean} whether the topic has no local subscriber left
   */
  remove(topic, conn) {
    const subs = this.#subscribers.get(topic);
    if (!subs || !subs.delete(conn)) return false;
    this.subscriptions--;
    if (subs.size > 0) return false;
    this.#subscribers.delete(topic);
    return true;
  }
}
