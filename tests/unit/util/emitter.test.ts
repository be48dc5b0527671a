import { describe, expect, it } from 'vitest';
import { makeEmitter } from '@/lib/util/emitter';

describe('makeEmitter', () => {
  it('calls each listener with the value, in the order they were added', () => {
    const emitter = makeEmitter<number>();
    const heard: string[] = [];
    emitter.on((value) => heard.push(`a${value}`));
    emitter.on((value) => heard.push(`b${value}`));
    emitter.emit(1);
    emitter.emit(2);
    expect(heard).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('stops calling a listener once it unsubscribes, and only that one', () => {
    const emitter = makeEmitter<string>();
    const heard: string[] = [];
    const stopA = emitter.on((value) => heard.push(`a:${value}`));
    emitter.on((value) => heard.push(`b:${value}`));
    stopA();
    stopA();
    emitter.emit('x');
    expect(heard).toEqual(['b:x']);
  });

  it('keeps a listener added twice once', () => {
    const emitter = makeEmitter();
    let calls = 0;
    const listener = () => calls++;
    emitter.on(listener);
    const stop = emitter.on(listener);
    emitter.emit();
    stop();
    emitter.emit();
    expect(calls).toBe(1);
  });

  it('clear drops every listener', () => {
    const emitter = makeEmitter<number>();
    let calls = 0;
    emitter.on(() => calls++);
    emitter.on(() => calls++);
    emitter.clear();
    emitter.emit(1);
    expect(calls).toBe(0);
  });

  it('a listener that throws stops the ones after it, and the error reaches emit', () => {
    const emitter = makeEmitter<number>();
    const heard: number[] = [];
    emitter.on((value) => heard.push(value));
    emitter.on(() => {
      throw new Error('broken listener');
    });
    emitter.on((value) => heard.push(value * 10));
    expect(() => emitter.emit(1)).toThrow('broken listener');
    expect(heard).toEqual([1]);
  });

  it('a listener that unsubscribes another during emit keeps it from being called', () => {
    const emitter = makeEmitter();
    const heard: string[] = [];
    let stopB = () => {};
    emitter.on(() => {
      heard.push('a');
      stopB();
    });
    stopB = emitter.on(() => heard.push('b'));
    emitter.emit();
    expect(heard).toEqual(['a']);
  });
});
