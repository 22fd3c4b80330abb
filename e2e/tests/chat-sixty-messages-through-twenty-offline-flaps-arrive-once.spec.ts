import { recordReliability } from '../helpers/hardeningPage';
import { chatStatus, conversationIdOf, expect, openConversation, say, startConversation, storedThread, test, unique, visitorMessage } from '../fixtures/chat/chat';

// The hardening probe sent 60 messages through 20 offline flaps and a relay kill; this keeps the
// first part in the suite. Each flap: two messages written offline, then one sent the moment the
// connection is back and cut again right after (its ack may never arrive, so it is resent with the
// same id). Every message must reach the relay once, in the order written.
const FLAPS = 20;

test(`${FLAPS * 3} messages through ${FLAPS} offline flaps: none lost, none doubled, in order`, async ({ page, context, agentConsole }) => {
  test.setTimeout(120_000);
  const first = unique('Hello, my order has not arrived.');
  await startConversation(page, first);
  const sent = [first];
  for (let flap = 0; flap < FLAPS; flap++) {
    await context.setOffline(true);
    for (const text of [unique(`offline ${flap}a`), unique(`offline ${flap}b`)]) {
      await say(page, text);
      sent.push(text);
    }
    await context.setOffline(false);
    const raced = unique(`back online ${flap}`);
    await say(page, raced);
    sent.push(raced);
  }
  await context.setOffline(false);
  for (const text of sent) await expect(visitorMessage(page, text)).toHaveAttribute('data-state', 'delivered', { timeout: 40_000 });
  await expect(chatStatus(page)).toHaveText('');

  const agent = await agentConsole();
  await openConversation(agent, sent[sent.length - 1]);
  const stored = (await storedThread(agent, await conversationIdOf(page))).map((m) => m.text);
  const lost = sent.filter((text) => !stored.includes(text)).length;
  const doubled = stored.length - new Set(stored).size;
  recordReliability('chat messages under faults', { sent: sent.length - 1, flaps: FLAPS, lost, doubled }, 'offline flaps');
  expect({ lost, doubled }).toEqual({ lost: 0, doubled: 0 });
  expect(stored).toEqual(sent);
  // And the visitor's own thread shows each message once.
  for (const text of sent) await expect(visitorMessage(page, text)).toHaveCount(1);
});
