import type { Heed } from '@heed/core';
import { availableHelp, completeConfigReporting, type HeedInternals } from '@heed/core/internal';
import { adoptCss } from '../styles.js';
import { groupControl } from './groupControl.js';
import { checkSelectors, describeCheck } from './selectors.js';
import { createTimeline, dismissLine, offerLine, signalLine, suppressLine, type Line } from './timeline.js';

const css =
  '.debug{box-sizing:border-box;position:fixed;left:8px;bottom:8px;width:min(420px,calc(100vw - 16px));max-height:50vh;overflow:auto;padding:10px 12px;' +
  'background:#111827f0;color:#f9fafb;font:12px/1.45 ui-monospace,monospace;border-radius:8px;box-shadow:0 4px 16px #0006}' +
  '.debug h2{font:700 13px ui-monospace,monospace;margin:0 0 6px}.debug ol,.debug ul{margin:6px 0 0;padding:0;list-style:none}' +
  '.debug li{padding:3px 0;border-top:1px solid #374151}.debug b{color:#93c5fd}.debug .high{color:#fca5a5}.debug .low{color:#fde68a}' +
  '.debug .warn{color:#fca5a5}.debug .ok{color:#86efac}' +
  '.debug button{font:inherit;color:inherit;background:#374151;border:0;border-radius:4px;padding:2px 8px;cursor:pointer;float:right}';

const time = (at: number) => new Date(at).toLocaleTimeString();

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
  const made = document.createElement(tag);
  made.textContent = text;
  if (className) made.className = className;
  return made;
};

/** Active time so far against the entry window (`policy.minActiveSeconds`). */
function entryText(internals: HeedInternals): [string, string] {
  const needed = internals.config().policy.minActiveSeconds;
  const activity = internals.activity();
  if (!activity) return ['entry window: waiting for Heed to start', ''];
  const active = activity.siteMs() / 1000;
  return active >= needed
    ? [`entry window: passed (${active.toFixed(1)} s active of ${needed} s)`, 'ok']
    : [`entry window: ${active.toFixed(1)} s active of ${needed} s — offers held back until then`, 'low'];
}

/** What help the config sets up: an offer leads only to that. */
function helpText(internals: HeedInternals): [string, string] {
  const help = availableHelp(internals.config());
  if (!help.any) return ['help set up: none — no offer can be shown; add articles, chat or experts to the config', 'warn'];
  const kinds = (['articles', 'chat', 'experts'] as const).filter((kind) => help[kind]);
  return [`help set up: ${kinds.join(', ')}`, 'ok'];
}

/**
 * The site owner's debug overlay (`?heed-debug` or `debug: true`): the live need score and level,
 * progress toward the entry window, the help an offer can lead to, every configured selector
 * and whether it matches on this page, and a timeline of signals and of the policy's decisions
 * (offers, hold-backs, dismissals) with their rules and reasons. Its own chunk; nothing of it
 * ships in heed.js. Returns its cleanup.
 */
export function mountDebug(root: ShadowRoot, heed: Heed, internals: HeedInternals): () => void {
  completeConfigReporting(internals.config(), internals.report);
  adoptCss(root, css);
  const box = el('section', '', 'debug');
  box.setAttribute('aria-label', 'Heed debug');
  const head = el('h2', 'Heed debug');
  const hide = el('button', 'Hide');
  hide.onclick = () => box.remove();
  head.append(hide);
  const status = el('div');
  const entry = el('div');
  const help = el('div');
  const group = groupControl(heed, internals, el);
  const selectors = el('ul');
  selectors.setAttribute('aria-label', 'Selectors');
  const list = el('ol');
  list.setAttribute('aria-label', 'Timeline');
  box.append(head, status, group.box, entry, help, selectors, list);
  root.append(box);
  const timeline = createTimeline();

  const show = ([at, label, detail]: Line) => {
    const item = el('li');
    item.append(el('span', time(at)), ' ', el('b', label), ' ', el('span', detail));
    list.prepend(item);
    while (list.children.length > 50) list.lastChild!.remove();
  };
  const add = (line: Line) => {
    timeline.add(line);
    show(line);
  };
  const line = (at: number, label: string, detail = ''): Line => [at, label, detail];
  const draw = () => {
    // Mounted from the URL before the config arrived, the overlay first read the defaults: the config
    // heed.js resolves later is completed here, once (the call is a no-op for a completed config).
    completeConfigReporting(internals.config(), internals.report);
    const { need, quiet, offersShown, preferences } = heed.state();
    status.className = need.level;
    status.textContent = `need ${need.level} · score ${need.score.toFixed(2)} · evidence ${need.reasons.length} event(s) · offers ${offersShown} · ${quiet ? 'quiet' : 'may offer'} (${preferences.proactive})`;
    [entry.textContent, entry.className] = entryText(internals);
    [help.textContent, help.className] = helpText(internals);
    group.draw();
    selectors.replaceChildren(
      ...checkSelectors(internals.config()).map((check) => el('li', describeCheck(check), check.matches === 'invalid' || !check.matches ? 'warn' : 'ok')),
    );
  };

  // What happened before: earlier pages of this tab, then signals still counting that it missed.
  timeline.lines().forEach(show);
  const seen = new Set(timeline.lines().map(([at, label]) => `${at} ${label}`));
  for (const signal of heed.state().need.reasons) if (!seen.has(`${signal.at} ${signal.type}`)) add(signalLine(signal));

  const offs = [
    heed.on('signal', (s) => (add(signalLine(s)), draw())),
    heed.on('need', (n) => (add(line(Date.now(), `need → ${n.level}`, n.score.toFixed(2))), draw())),
    heed.on('offer', (o) => (add(offerLine(o)), draw())),
    heed.on('suppress', (s) => add(suppressLine(s))),
    heed.on('dismiss', (d) => (add(dismissLine(d)), draw())),
    heed.on('goal', (g) => add(line(Date.now(), 'goal', g.name))),
    heed.on('page', (p) => add(line(p.at, `page ${p.navigation}${p.direction ? ' ' + p.direction : ''}`, p.page))),
  ];
  // The score decays and active time grows continuously; while the overlay is shown, refresh once a second.
  const timer = setInterval(draw, 1000);
  draw();
  // Asked for in the URL, the overlay mounts before the config has arrived: draw again once it has.
  void heed.ready.then(draw);
  return () => {
    clearInterval(timer);
    offs.forEach((off) => off());
    box.remove();
  };
}
