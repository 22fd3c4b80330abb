import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RelayHandle } from '../src/index.js';
import { Client, removeTempDirs, start } from './helpers.js';

let relay: RelayHandle;
const open: Client[] = [];
beforeAll(async () => {
  relay = await start();
});
afterEach(async () => {
  for (const c of open.splice(0)) await c.close();
});
afterAll(async () => {
  await relay.close();
  removeTempDirs();
});

async function presenceOverHttp() {
  const res = await fetch(`${relay.url}/presence`);
  return res.json();
}

describe('presence', () => {
  it('pushes agent availability to visitors whenever it changes', async () => {
    const visitor = await Client.visitor(relay);
    open.push(visitor);
    const welcome = await visitor.hello('visitor-presence');
    expect(welcome.presence).toEqual({ online: false, agents: 0 });

    // Connecting is not being online: the agent flips the switch.
    const { agent: alice } = await Client.agent(relay);
    open.push(alice);
    alice.send({ type: 'presence', online: true });
    expect(await visitor.next('presence')).toEqual({ type: 'presence', online: true, agents: 1 });
    expect(await alice.next('presence')).toEqual({ type: 'presence', online: true, agents: 1 });
    expect(await presenceOverHttp()).toEqual({ online: true, agents: 1 });

    const { agent: bob } = await Client.agent(relay);
    open.push(bob);
    bob.send({ type: 'presence', online: true });
    expect(await visitor.next('presence')).toEqual({ type: 'presence', online: true, agents: 2 });

    // A visitor arriving now is told in its welcome.
    const late = await Client.visitor(relay);
    open.push(late);
    expect((await late.hello('visitor-late')).presence).toEqual({ online: true, agents: 2 });

    bob.send({ type: 'presence', online: false });
    expect(await visitor.next('presence')).toEqual({ type: 'presence', online: true, agents: 1 });
    expect(await late.next('presence')).toEqual({ type: 'presence', online: true, agents: 1 });

    // An online agent whose socket goes away counts as offline.
    await alice.drop();
    expect(await visitor.next('presence')).toEqual({ type: 'presence', online: false, agents: 0 });
    expect(await presenceOverHttp()).toEqual({ online: false, agents: 0 });

    // Repeating the current state changes nothing for visitors; the agent gets a confirmation.
    bob.send({ type: 'presence', online: false });
    expect(await bob.next('presence', (f) => f.agents === 0)).toMatchObject({ online: false });
    bob.send({ type: 'presence', online: true });
    expect(await visitor.next('presence')).toEqual({ type: 'presence', online: true, agents: 1 });
    expect(visitor.take('presence')).toEqual([]);
  });

  it('lets agents see visitors come and go', async () => {
    const { agent } = await Client.agent(relay);
    open.push(agent);
    const v = await Client.visitor(relay);
    const welcome = await v.hello('visitor-comes-and-goes');
    v.send({ type: 'message', id: 'here-1', text: 'hello' });
    await agent.next('conversation', (f) => f.item.id === welcome.conversationId && f.item.visitorOnline === true);
    await v.close();
    expect(
      await agent.next('conversation', (f) => f.item.id === welcome.conversationId && f.item.visitorOnline === false),
    ).toMatchObject({ item: { lastMessage: { text: 'hello' } } });
  });
});
