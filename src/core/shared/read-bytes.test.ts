import { describe, expect, it } from 'vitest';
import { readAllBytes } from './read-bytes';

const streamOf = (...parts: number[][]) => new ReadableStream<Uint8Array>({
  start(controller) {
    for (const part of parts) controller.enqueue(new Uint8Array(part));
    controller.close();
  },
});

describe('readAllBytes', () => {
  it('joins every chunk in order', async () => {
    expect(await readAllBytes(streamOf([1, 2], [3], [], [4, 5]).getReader())).toEqual(new Uint8Array([1, 2, 3, 4, 5]));
    expect(await readAllBytes(streamOf().getReader())).toEqual(new Uint8Array([]));
  });

  it('gives up, and cancels the stream, as soon as more than the limit has come', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) { controller.enqueue(new Uint8Array(4)); },
      cancel() { cancelled = true; },
    });
    expect(await readAllBytes(stream.getReader(), 10)).toBeUndefined();
    expect(cancelled).toBe(true);
    expect(await readAllBytes(streamOf([1, 2], [3, 4]).getReader(), 4)).toEqual(new Uint8Array([1, 2, 3, 4]));
  });
});
