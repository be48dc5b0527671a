import type { Page } from 'playwright-core';
import { CHUNK_KIND } from '@/lib/sync/room/chunking';
import { waitSaved } from '@/tests/e2e/support/chromium';

// Figures taken inside a panel page, for bench/attacks.measure.ts.

/**
 * What one burst of incoming changes cost a panel page: its longest
 * main-thread block, its heap growth and the growth of the board's stored
 * rows. `act` sends the changes and resolves once the panel has read them;
 * the figures are taken after a second of idle and the save.
 */
export interface Cost {
  /** Longest long task (>= 50 ms) while the changes were read; 0 if none. */
  longestBlockMs: number;
  heapGrowth: number;
  storedGrowth: number;
  stored: number;
}

interface Watch {
  longest: number;
  lastEnd: number;
  observer: PerformanceObserver;
}
type Probed = Window & { costWatch?: Watch };

export async function measureCost(page: Page, boardId: string, act: () => Promise<void>): Promise<Cost> {
  const cdp = await page.context().newCDPSession(page);
  const heapUsed = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  try {
    const storedBefore = await settledStoredBytes(page, boardId);
    const heapBefore = await heapUsed();
    await page.evaluate(() => {
      const watch: Watch = { longest: 0, lastEnd: 0, observer: undefined as never };
      watch.observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          watch.longest = Math.max(watch.longest, entry.duration);
          watch.lastEnd = Math.max(watch.lastEnd, entry.startTime + entry.duration);
        }
      });
      watch.observer.observe({ type: 'longtask', buffered: false });
      (window as Probed).costWatch = watch;
    });
    await act();
    await idle(page, 1000);
    await waitSaved(page);
    const longestBlockMs = await page.evaluate(() => {
      const watch = (window as Probed).costWatch!;
      watch.observer.disconnect();
      return watch.longest;
    });
    const heapGrowth = (await heapUsed()) - heapBefore;
    const stored = await settledStoredBytes(page, boardId);
    return { longestBlockMs, heapGrowth, storedGrowth: stored - storedBefore, stored };
  } finally {
    await cdp.detach();
  }
}

/**
 * Resolves after `quietMs` in which idle callbacks kept coming (no gap over
 * 100 ms) and no long task ended. A page that is never idle fails after 60 s.
 */
function idle(page: Page, quietMs: number): Promise<void> {
  return page.evaluate(
    (quietMs) =>
      new Promise<void>((resolve, reject) => {
        const watch = (window as Probed).costWatch;
        const start = performance.now();
        let last = start;
        let quietSince = start;
        const tick = () => {
          const t = performance.now();
          if (t - last > 100 || (watch && watch.lastEnd > quietSince)) quietSince = t;
          last = t;
          if (t - quietSince >= quietMs) return resolve();
          if (t - start > 60_000) return reject(new Error('the panel was not idle for a second within 60 s'));
          requestIdleCallback(tick);
        };
        requestIdleCallback(tick);
      }),
    quietMs,
  );
}

/** The byte size of a board's update rows, read from IndexedDB without the app. */
export function storedBytes(page: Page, boardId: string): Promise<number> {
  return page.evaluate(
    (boardId) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('common-ground');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('updates').objectStore('updates').index('boardId').getAll(boardId);
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { update: Uint8Array }[]).reduce((sum, row) => sum + row.update.byteLength, 0));
          };
        };
      }),
    boardId,
  );
}

/** Stored bytes once two reads 300 ms apart agree: a compaction may still run after the status says saved. */
async function settledStoredBytes(page: Page, boardId: string): Promise<number> {
  let before = await storedBytes(page, boardId);
  for (let tries = 0; tries < 100; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = await storedBytes(page, boardId);
    if (now === before) return now;
    before = now;
  }
  throw new Error('the stored rows kept changing for 30 s');
}

type Counted = Window & { updateBytes: number };

/** chunking.ts's chunk frame header: kind, then id, index and count as u32. */
const CHUNK_HEADER_BYTES = 13;

/**
 * Counts, in the page, the bytes of Yjs updates it sends or receives on data
 * channels: y-webrtc sync messages (type 0, step 2 or update), sent whole or
 * as the first chunk of a larger one (chunking.ts: CHUNK_KIND and a 13-byte
 * header); their length prefix gives the update's size.
 */
export function countUpdateBytes(page: Page, direction: 'sent' | 'received'): Promise<void> {
  return page.evaluate(
    ({ direction, chunkKind, chunkHeader }) => {
      const w = window as unknown as Counted;
      w.updateBytes = 0;
      const count = (data: unknown) => {
        const bytes = ArrayBuffer.isView(data)
          ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
          : data instanceof ArrayBuffer
            ? new Uint8Array(data)
            : null;
        if (!bytes || bytes.length < 3) return;
        const firstChunk =
          bytes[0] === chunkKind && bytes.length > chunkHeader && new DataView(bytes.buffer, bytes.byteOffset).getUint32(5) === 0;
        const at = bytes[0] === chunkKind ? (firstChunk ? chunkHeader : -1) : 0;
        if (at < 0 || bytes[at] !== 0 || (bytes[at + 1] !== 1 && bytes[at + 1] !== 2)) return;
        let length = 0;
        for (let i = at + 2, shift = 0; i < bytes.length; i++, shift += 7) {
          length += (bytes[i]! & 0x7f) * 2 ** shift;
          if (bytes[i]! < 0x80) break;
        }
        w.updateBytes += length;
      };
      const proto = RTCDataChannel.prototype;
      if (direction === 'sent') {
        const send = proto.send;
        proto.send = function (this: RTCDataChannel, data: string | Blob | ArrayBuffer | ArrayBufferView) {
          count(data);
          return send.call(this, data as never);
        };
      } else {
        const onmessage = Object.getOwnPropertyDescriptor(proto, 'onmessage')!;
        Object.defineProperty(proto, 'onmessage', {
          ...onmessage,
          set(this: RTCDataChannel, listener: ((event: MessageEvent) => void) | null) {
            onmessage.set!.call(this, listener && ((event: MessageEvent) => (count(event.data), listener.call(this, event))));
          },
        });
      }
    },
    { direction, chunkKind: CHUNK_KIND, chunkHeader: CHUNK_HEADER_BYTES },
  );
}

/** Reads and resets the page's count. */
export const takeCount = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Counted;
    const bytes = w.updateBytes;
    w.updateBytes = 0;
    return bytes;
  });
