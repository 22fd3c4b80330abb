// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chatAvailability } from '../src/chat/availability';
import { setProductPresence } from '../src/chat/productPresence';
import type { ResolvedConfig } from '../src/config/configTypes';
import { createPresence } from '../src/policy/presence';

const config = { chat: { provider: 'relay' as const, url: 'ws://127.0.0.1:9/', timeZone: 'UTC' } };

describe('chatAvailability with a relay that is down', () => {
  let calls = 0;
  beforeEach(() => {
    calls = 0;
    sessionStorage.clear();
    vi.stubGlobal('fetch', async () => {
      calls++;
      throw new TypeError('Failed to fetch');
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks once per back-off window in this tab, not on every page', async () => {
    expect((await chatAvailability(config)).reason).toBe('unreachable');
    expect((await chatAvailability(config)).reason).toBe('unreachable');
    expect(calls).toBe(1);
  });

  it('asks again once the window has passed, and waits twice as long after a second failure', async () => {
    const now = Date.now();
    await chatAvailability(config);
    vi.spyOn(Date, 'now').mockReturnValue(now + 31_000);
    await chatAvailability(config);
    expect(calls).toBe(2);
    vi.spyOn(Date, 'now').mockReturnValue(now + 31_000 + 59_000);
    await chatAvailability(config);
    expect(calls).toBe(2);
    vi.spyOn(Date, 'now').mockReturnValue(now + 31_000 + 61_000);
    await chatAvailability(config);
    expect(calls).toBe(3);
    vi.restoreAllMocks();
  });

  it('forgets the failure once the relay answers', async () => {
    await chatAvailability(config, { remember: true });
    sessionStorage.clear();
    vi.stubGlobal('fetch', async () => ({ json: async () => ({ online: true, agents: 2 }) }));
    expect(await chatAvailability(config)).toEqual({ live: true, agents: 2 });
    expect(sessionStorage.getItem('heed:relay-down')).toBeNull();
  });

  it('keeps nothing in session storage with privacy.storage "memory", and ignores a stored value of another shape', async () => {
    await chatAvailability({ ...config, privacy: { storage: 'memory' } });
    expect(sessionStorage.getItem('heed:relay-down')).toBeNull();
    sessionStorage.setItem('heed:relay-down', '{"until":"soon"}');
    await chatAvailability(config);
    expect(calls).toBe(2);
  });
});

describe('chatAvailability with a chat product', () => {
  const product = (presence?: () => boolean | undefined) => {
    const config = { chat: { provider: 'crisp' as const, timeZone: 'UTC', hours: 'Mon-Sun 00:00-24:00' } };
    if (presence) setProductPresence(config, presence);
    return config;
  };

  it('is live inside the hours when the product cannot tell', async () => {
    expect(await chatAvailability(product())).toEqual({ live: true, agents: 0 });
    expect(await chatAvailability(product(() => undefined))).toEqual({ live: true, agents: 0 });
  });

  it('is not live when the product says nobody is there, and live again when it says someone is', async () => {
    let online = false;
    const config = product(() => online);
    expect(await chatAvailability(config)).toMatchObject({ live: false, reason: 'offline' });
    online = true;
    expect(await chatAvailability(config)).toMatchObject({ live: true });
  });

  it('keeps to chat.hours whatever the product says', async () => {
    const config = { chat: { provider: 'intercom' as const, timeZone: 'UTC', hours: 'Mon-Fri 09:00-17:00' } };
    setProductPresence(config, () => true);
    expect(await chatAvailability(config, { now: Date.parse('2026-12-06T12:00:00Z') })).toMatchObject({ live: false, reason: 'hours' });
  });
});

describe('createPresence with a chat product', () => {
  it('hears the product each time: its word may come after the policy first asked', async () => {
    let online: boolean | undefined;
    const config = { chat: { provider: 'tawk' as const, timeZone: 'UTC' } } as unknown as ResolvedConfig;
    setProductPresence(config, () => online);
    const live = createPresence(config);
    expect(await live()).toBe(true);
    online = false;
    expect(await live()).toBe(false);
    online = true;
    expect(await live()).toBe(true);
  });
});
