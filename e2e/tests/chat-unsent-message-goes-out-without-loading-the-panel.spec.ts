import { chatPage, conversationIdOf, expect, panel, say, startConversation, storedThread, test, unique, visitorMessage } from '../fixtures/chat/chat';
import { open } from './helpers';
import { outboxKept } from '../fixtures/chat/outboxKept';

// A visitor whose last chat message was still unsent when they left comes back to another page
// and never opens the help panel. Delivering that message needs the chat client only: the page
// must not download the panel (Preact, Floating UI, the views) or the chat view for it.

test('the next page delivers an unsent message with the chat client alone, fetching no panel or chat view code', async ({ page, context, agentConsole }) => {
  const first = unique('Can I collect from the workshop?');
  await startConversation(page, first);
  const conversationId = await conversationIdOf(page);
  await context.setOffline(true);
  const second = unique('And is Saturday fine?');
  await say(page, second);
  await expect(visitorMessage(page, second)).toHaveAttribute('data-state', 'pending');
  await expect.poll(() => page.evaluate(outboxKept)).toBe(true);
  await page.close();
  await context.setOffline(false);

  const next = await context.newPage();
  const chunks: string[] = [];
  next.on('request', (request) => {
    const file = /\/(heed-[a-z]+)-[\w-]+\.js$/.exec(request.url());
    if (file) chunks.push(file[1]);
  });
  await open(next, chatPage());
  const agent = await agentConsole();
  await expect.poll(async () => (await storedThread(agent, conversationId)).map((m) => m.text), { timeout: 15_000 }).toEqual([first, second]);
  expect(chunks).toContain('heed-deliver');
  expect(chunks).not.toContain('heed-panel');
  expect(chunks).not.toContain('heed-chat');
  await expect(panel(next)).toHaveCount(0);
  expect(await next.evaluate(() => (window as unknown as { log: Array<[string]> }).log.filter(([name]) => name === 'error'))).toEqual([]);
});
