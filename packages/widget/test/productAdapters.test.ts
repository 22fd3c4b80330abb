// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { adapter as chatwoot } from '../src/providers/chatwoot';
import { adapter as crisp } from '../src/providers/crisp';
import { adapter as freshchat } from '../src/providers/freshchat';
import { adapter as hubspot } from '../src/providers/hubspot';
import { adapter as intercom } from '../src/providers/intercom';
import { adapter as livechat } from '../src/providers/livechat';
import { adapter as tawk } from '../src/providers/tawk';
import { adapter as zendesk } from '../src/providers/zendesk';
import type { ProductAdapter } from '../src/providers/types';

// What each adapter sets up before its product's script (chat.load 'on-demand'): the product's own
// settings as written, with the launcher hidden from the start. Driving the products is tested in
// Chromium against stand-ins (e2e/tests/chat-product-*.spec.ts).
const w = window as unknown as Record<string, unknown>;
const GLOBALS = ['Intercom', 'intercomSettings', '$crisp', 'CRISP_WEBSITE_ID', 'CRISP_RUNTIME_CONFIG', 'chatwootSettings', 'Tawk_API', 'hsConversationsSettings', '__lc', 'LiveChatWidget', 'zE', 'fcWidget'];
afterEach(() => GLOBALS.forEach((name) => delete w[name]));

const cases: Array<[string, ProductAdapter, Record<string, unknown>, string, string]> = [
  ['intercom', intercom, { app_id: 'abc 1' }, 'https://widget.intercom.io/widget/abc%201', 'app_id'],
  ['zendesk', zendesk, { key: 'k&1' }, 'https://static.zdassets.com/ekr/snippet.js?key=k%261', 'key'],
  ['crisp', crisp, { website_id: 'site', locale: 'de' }, 'https://client.crisp.chat/l.js', 'website_id'],
  ['chatwoot', chatwoot, { websiteToken: 't', baseUrl: 'https://chat.example/', position: 'left' }, 'https://chat.example/packs/js/sdk.js', 'websiteToken'],
  ['tawk', tawk, { propertyId: 'p', widgetId: 'default' }, 'https://embed.tawk.to/p/default', 'propertyId'],
  ['hubspot', hubspot, { portalId: 1234 }, 'https://js.hs-scripts.com/1234.js', 'portalId'],
  ['freshchat', freshchat, { token: 't', host: 'https://eu.freshchat.example/' }, 'https://eu.freshchat.example/js/widget.js', 'token'],
  ['livechat', livechat, { license: 42 }, 'https://cdn.livechatinc.com/tracking.js', 'license'],
];

describe('chat product adapters, on demand', () => {
  it.each(cases)('%s: names its script from the settings, and the setting it cannot do without', (_, adapter, settings, src, needed) => {
    expect(adapter.prepare({ settings })).toMatchObject({ src });
    expect(adapter.prepare({ settings: {} })).toEqual({ missing: needed });
  });

  it('hand the products their own settings with the launcher hidden from the start', () => {
    intercom.prepare({ settings: { app_id: 'a', api_base: 'https://api-iam.eu.intercom.io' } });
    expect((w.Intercom as unknown as { q: unknown[][] }).q).toEqual([['boot', { app_id: 'a', api_base: 'https://api-iam.eu.intercom.io', hide_default_launcher: true }]]);
    crisp.prepare({ settings: { website_id: 'site', locale: 'de' } });
    expect(w.$crisp).toEqual([['do', 'chat:hide']]);
    expect([w.CRISP_WEBSITE_ID, w.CRISP_RUNTIME_CONFIG]).toEqual(['site', { locale: 'de' }]);
    chatwoot.prepare({ settings: { websiteToken: 't', baseUrl: 'https://chat.example', position: 'left' } });
    expect(w.chatwootSettings).toEqual({ position: 'left', hideMessageBubble: true });
    hubspot.prepare({ settings: { portalId: '1', enableWidgetCookieBanner: true } });
    expect(w.hsConversationsSettings).toEqual({ enableWidgetCookieBanner: true, loadImmediately: false });
    tawk.prepare({ settings: { propertyId: 'p', widgetId: 'w', customStyle: { zIndex: 5 } } });
    expect(w.Tawk_API).toEqual({ customStyle: { zIndex: 5 } });
    livechat.prepare({ settings: { license: 42, group: 3 } });
    expect(w.__lc).toEqual({ license: 42, group: 3 });
    expect((w.LiveChatWidget as { _q: unknown[] })._q).toEqual([]);
  });

  it('freshchat starts with its chat button hidden, keeping the site\'s own config', () => {
    const init: unknown[] = [];
    w.fcWidget = { init: (options: unknown) => init.push(options) };
    freshchat.loaded!({ settings: { token: 't', config: { headerProperty: { direction: 'rtl' }, cssNames: { widget: 'x' } } } });
    expect(init).toEqual([{ host: 'https://wchat.freshchat.com', token: 't', config: { headerProperty: { direction: 'rtl', hideChatButton: true }, cssNames: { widget: 'x' } } }]);
  });

  it('livechat queues commands in the shape its tracking script works through, and its getters throw until then', () => {
    livechat.prepare({ settings: { license: 1 } });
    const queued = w.LiveChatWidget as { call(...args: unknown[]): void; get(what: string): unknown; _q: unknown[] };
    queued.call('hide');
    expect(queued._q).toEqual([['call', ['hide']]]);
    expect(() => queued.get('state')).toThrow();
  });
});
