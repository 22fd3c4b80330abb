import type { Heed, SignalEvent } from '@heed/core';
import { adoptCss } from '../styles.js';

const css =
  '.debug{position:fixed;left:8px;bottom:8px;width:min(380px,calc(100vw - 16px));max-height:45vh;overflow:auto;padding:10px 12px;' +
  'background:#111827f0;color:#f9fafb;font:12px/1.45 ui-monospace,monospace;border-radius:8px;box-shadow:0 4px 16px #0006}' +
  '.debug h2{font:700 13px ui-monospace,monospace;margin:0 0 6px}.debug ol{margin:6px 0 0;padding:0;list-style:none}' +
  '.debug li{padding:3px 0;border-top:1px solid #374151}.debug b{color:#93c5fd}.debug .high{color:#fca5a5}.debug .low{color:#fde68a}' +
  '.debug button{font:inherit;color:inherit;background:#374151;border:0;border-radius:4px;padding:2px 8px;cursor:pointer;float:right}';

const time = (at: number) => new Date(at).toLocaleTimeString();

/**
 * The site owner's debug overlay (`?heed-debug` or `debug: true`): the live need score and
 * level, a timeline of signals with their details, and the policy's decisions. Loaded as its own
 * chunk; nothing of it ships in heed.js. Returns its cleanup.
 */
export function mountDebug(root: ShadowRoot, heed: Heed): () => void {
  adoptCss(root, css);
  const box = document.createElement('section');
  box.className = 'debug';
  box.setAttribute('aria-label', 'Heed debug');
  const head = document.createElement('h2');
  const hide = document.createElement('button');
  hide.textContent = 'Hide';
  hide.onclick = () => box.remove();
  const status = document.createElement('div');
  const list = document.createElement('ol');
  head.textContent = 'Heed debug';
  head.append(hide);
  box.append(head, status, list);
  root.append(box);

  const line = (html: [string, string][]) => {
    const item = document.createElement('li');
    for (const [tag, text] of html) {
      const part = document.createElement(tag);
      part.textContent = text;
      item.append(part, ' ');
    }
    list.prepend(item);
    while (list.children.length > 50) list.lastChild!.remove();
  };
  const draw = () => {
    const { need, quiet, offersShown, preferences } = heed.state();
    status.className = need.level;
    status.textContent = `need ${need.level} · score ${need.score.toFixed(2)} · evidence ${need.reasons.length} event(s) · offers ${offersShown} · ${quiet ? 'quiet' : 'may offer'} (${preferences.proactive})`;
  };
  const describeSignal = (s: SignalEvent): [string, string][] => [
    ['span', time(s.at)],
    ['b', s.type],
    ['span', `+${s.weight}`],
    ['span', JSON.stringify(s.detail)],
  ];
  const offs = [
    heed.on('signal', (s) => (line(describeSignal(s)), draw())),
    heed.on('need', (n) => (line([['span', time(Date.now())], ['b', `need → ${n.level}`], ['span', n.score.toFixed(2)]]), draw())),
    heed.on('suppress', (s) => line([['span', time(Date.now())], ['b', `held back: ${s.rule}`]])),
    heed.on('offer', (o) => line([['span', time(Date.now())], ['b', `offer ${o.kind}`], ['span', o.topic || '']])),
    heed.on('page', (p) => line([['span', time(p.at)], ['b', `page ${p.navigation}${p.direction ? ' ' + p.direction : ''}`], ['span', p.page]])),
  ];
  // What happened before the overlay opened (earlier in this page, or on earlier pages of the tab).
  for (const signal of heed.state().need.reasons) line(describeSignal(signal));
  // The score decays continuously; while the overlay is shown, refresh it once a second.
  const timer = setInterval(draw, 1000);
  draw();
  return () => {
    clearInterval(timer);
    offs.forEach((off) => off());
    box.remove();
  };
}
