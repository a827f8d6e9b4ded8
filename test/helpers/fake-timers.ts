// A fake clock for the data layer's `timers` seam: nothing really sleeps, and
// each test can see exactly which waits the code asked for.
import { forgetLoadedFeeds, timers } from '../../src/data/load-feed.js';

export interface FakeClock {
  now: number;
  /** Every delay asked for, in order. */
  delays: number[];
  pending(): number;
  /** Runs the earliest pending timer, moving the clock to its time. */
  fireNext(): boolean;
  /** Lets promises settle, firing timers until `promise` settles (or nothing is pending). */
  drive<T>(promise: Promise<T>): Promise<T>;
  restore(): void;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

export function installFakeTimers(random = 0.5): FakeClock {
  const saved = { ...timers };
  let nextId = 1;
  const queue: Array<{ id: number; at: number; callback: () => void }> = [];
  const clock: FakeClock = {
    now: Date.parse('2024-05-01T07:00:00Z'),
    delays: [],
    pending: () => queue.length,
    fireNext() {
      queue.sort((a, b) => a.at - b.at);
      const next = queue.shift();
      if (!next) return false;
      clock.now = Math.max(clock.now, next.at);
      next.callback();
      return true;
    },
    async drive(promise) {
      let settled = false;
      promise.then(() => (settled = true), () => (settled = true));
      for (let i = 0; i < 100; i += 1) {
        for (let j = 0; j < 5 && !settled; j += 1) await tick();
        if (settled || !clock.fireNext()) break;
      }
      return promise;
    },
    restore: () => Object.assign(timers, saved),
  };
  timers.setTimeout = (callback, ms) => {
    clock.delays.push(ms);
    const id = nextId++;
    queue.push({ id, at: clock.now + ms, callback });
    return id;
  };
  timers.clearTimeout = (id) => {
    const index = queue.findIndex((entry) => entry.id === id);
    if (index >= 0) queue.splice(index, 1);
  };
  timers.random = () => random;
  timers.now = () => clock.now;
  return clock;
}

/** Forgets every kept feed, so each test starts with an empty localStorage cache. */
export function clearFeedCache(): void {
  forgetLoadedFeeds();
  for (const key of Object.keys(localStorage)) if (key.startsWith('hromada-widgets:v1:feed:')) localStorage.removeItem(key);
}

/**
 * A response whose body arrives in `parts`, each `every` ms after the last (on the fake clock); with `stall`, the
 * last never comes. As a real fetch's body, it errors when the request is aborted: `signal` gives the request's
 * signal when the body is read (the response is made before its request).
 */
export function trickle(text: string, parts: number, every: number, stall: boolean, signal: () => AbortSignal | undefined): Response {
  const bytes = new TextEncoder().encode(text);
  let sent = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull: (out) =>
        new Promise<void>((resolve) => {
          const aborted = () => (out.error(new DOMException('Aborted', 'AbortError')), resolve());
          // Aborted already (before its body was read), as a real fetch's body would be.
          if (signal()?.aborted) return aborted();
          signal()?.addEventListener('abort', aborted);
          if (stall && sent === parts - 1) return;
          timers.setTimeout(() => {
            const end = Math.ceil((bytes.length * (sent += 1)) / parts);
            out.enqueue(bytes.slice(Math.ceil((bytes.length * (sent - 1)) / parts), end));
            if (sent === parts) out.close();
            resolve();
          }, every);
        }),
    }),
  );
}
