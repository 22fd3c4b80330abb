import { describe, expect, it } from 'vitest';
import { createEmitter } from '../src/emitter';

// Payloads are objects: the emitter stamps the visitor's group on each.
interface Events {
  ping: { n: number };
  error: { message: string };
}

describe('createEmitter', () => {
  it('delivers to subscribers in order and unsubscribes', () => {
    const bus = createEmitter<Events>(() => {});
    const seen: string[] = [];
    const offA = bus.on('ping', ({ n }) => seen.push(`a${n}`));
    bus.on('ping', ({ n }) => seen.push(`b${n}`));
    bus.emit('ping', { n: 1 });
    offA();
    bus.emit('ping', { n: 2 });
    expect(seen).toEqual(['a1', 'b1', 'b2']);
  });

  it('a throwing listener does not stop the others and is reported', () => {
    const problems: unknown[] = [];
    const bus = createEmitter<Events>((error, name) => problems.push([name, (error as Error).message]));
    const seen: number[] = [];
    bus.on('ping', () => {
      throw new Error('boom');
    });
    bus.on('ping', ({ n }) => seen.push(n));
    bus.emit('ping', { n: 7 });
    expect(seen).toEqual([7]);
    expect(problems).toEqual([['ping', 'boom']]);
  });

  it('a listener that unsubscribes while emitting does not skip its neighbour', () => {
    const bus = createEmitter<Events>(() => {});
    const seen: string[] = [];
    const off = bus.on('ping', () => {
      seen.push('once');
      off();
    });
    bus.on('ping', () => seen.push('next'));
    bus.emit('ping', { n: 0 });
    bus.emit('ping', { n: 0 });
    expect(seen).toEqual(['once', 'next', 'next']);
  });

  it('the same callback subscribed twice is two subscriptions with their own unsubscribe', () => {
    const bus = createEmitter<Events>(() => {});
    let count = 0;
    const cb = () => count++;
    const off1 = bus.on('ping', cb);
    bus.on('ping', cb);
    off1();
    bus.emit('ping', { n: 0 });
    expect(count).toBe(1);
  });

  it('clear() drops every subscription', () => {
    const bus = createEmitter<Events>(() => {});
    let count = 0;
    bus.on('ping', () => count++);
    bus.clear();
    bus.emit('ping', { n: 0 });
    expect(count).toBe(0);
  });

  it('stamps the group on every payload, and lets a tap see each event before its listeners', () => {
    const bus = createEmitter<Events>(() => {});
    const seen: unknown[] = [];
    bus.tap = (name, payload) => seen.push(['tap', name, { ...payload }]);
    bus.on('ping', (payload) => seen.push(['listener', { ...payload }]));
    bus.emit('ping', { n: 1 });
    bus.group = 'holdout';
    bus.emit('ping', { n: 2 });
    expect(seen).toEqual([
      ['tap', 'ping', { n: 1, group: 'heed' }],
      ['listener', { n: 1, group: 'heed' }],
      ['tap', 'ping', { n: 2, group: 'holdout' }],
      ['listener', { n: 2, group: 'holdout' }],
    ]);
  });
});
