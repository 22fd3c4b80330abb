import { chatPage, conversationIdOf, expect, openChat, panel, say, startConversation, storedThread, test, unique, visitorMessage } from '../fixtures/chat/chat';
import { open } from './helpers';

/** Is a message waiting in the IndexedDB outbox, with the pending flag set in Heed's store? */
async function outboxKept(): Promise<boolean> {
  const read = (db: string, store: string, query: (s: IDBObjectStore) => IDBRequest) =>
    new Promise<unknown>((resolve) => {
      const open = indexedDB.open(db);
      open.onerror = () => resolve(undefined);
      open.onsuccess = () => {
        try {
          const request = query(open.result.transaction(store).objectStore(store));
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => resolve(undefined);
        } catch {
          resolve(undefined);
        } finally {
          open.result.close();
        }
      };
    });
  const waiting = await read('heed-chat', 'outbox', (s) => s.count());
  const flag = await read('heed', 'kv', (s) => s.get('chat:pending'));
  return typeof waiting === 'number' && waiting > 0 && flag === true;
}

test('a message still unsent when the visitor left is delivered from the next page, without opening the chat', async ({ page, context, agentConsole }) => {
  const first = unique('Do you deliver on Saturdays?');
  await startConversation(page, first);
  const conversationId = await conversationIdOf(page);

  // Offline, the visitor sends one more and leaves before it could go out.
  await context.setOffline(true);
  const second = unique('Or on Sunday mornings?');
  await say(page, second);
  await expect(visitorMessage(page, second)).toHaveAttribute('data-state', 'pending');
  // The visitor leaves once the message is stored: IndexedDB writes still in flight when a page
  // closes are aborted by the browser, so "Sending…" alone does not mean it is kept yet.
  await expect.poll(() => page.evaluate(outboxKept)).toBe(true);
  await page.close();
  await context.setOffline(false);

  // Back on the site, the visitor never opens the chat: the message goes out once, and the socket closes.
  const next = await context.newPage();
  const socket = next.waitForEvent('websocket');
  await open(next, chatPage());
  const agent = await agentConsole();
  await expect.poll(async () => (await storedThread(agent, conversationId)).map((m) => m.text), { timeout: 15_000 }).toEqual([first, second]);
  await expect.poll(async () => (await socket).isClosed()).toBe(true);
  await expect(panel(next)).toHaveCount(0);
  expect(await next.evaluate(() => (window as unknown as { log: Array<[string]> }).log.filter(([name]) => name === 'error'))).toEqual([]);

  // Nothing waits any more: a further page opens no socket and loads no chat code.
  const third = await context.newPage();
  const loaded: string[] = [];
  third.on('websocket', (ws) => loaded.push(ws.url()));
  third.on('request', (request) => /heed-(chat|panel)-/.test(request.url()) && loaded.push(request.url()));
  await open(third, chatPage());
  await third.waitForTimeout(500);
  expect(loaded).toEqual([]);
  expect((await storedThread(agent, conversationId)).map((m) => m.text)).toEqual([first, second]);
});

test('a message sent offline just before the visitor closes the page is kept and delivered once', async ({ page, context, agentConsole }) => {
  const first = unique('Is the 600 mm level in stock?');
  await startConversation(page, first);
  const conversationId = await conversationIdOf(page);

  // Three times: offline, Enter, and the page is closed at once, before any write could settle by
  // itself (each round without the early commit lost the message about one time in five).
  const sent: string[] = [];
  let current = page;
  for (let round = 0; round < 3; round++) {
    if (round) {
      current = await context.newPage();
      await open(current, chatPage());
      await openChat(current);
    }
    await context.setOffline(true);
    const text = unique(`Or the 1200 mm one? (${round + 1})`);
    sent.push(text);
    await current.locator('heed-help').getByRole('textbox', { name: 'Message' }).fill(text);
    await current.locator('heed-help').getByRole('textbox', { name: 'Message' }).press('Enter');
    await current.close();
    await context.setOffline(false);
  }

  const last = await context.newPage();
  await open(last, chatPage());
  const agent = await agentConsole();
  await expect.poll(async () => (await storedThread(agent, conversationId)).map((m) => m.text).sort(), { timeout: 15_000 }).toEqual([first, ...sent].sort());
});
