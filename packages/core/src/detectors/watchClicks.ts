import type { DetectorContext } from './defineDetector.js';
import { clickTarget } from './describe.js';

/**
 * Calls `onClick(target, reacted)` for each click on an interactive element and watches the
 * `ms` after it. `reacted()` tells whether the page responded: a DOM change near the target or
 * at the top of the body, a navigation, a request, a scroll, a focus change or a form input.
 * Only one click is watched at a time, and only for `ms`: nothing is observed when idle. A newer
 * click ends the watch of the previous one, which then counts as answered.
 * Returns the function that stops watching (the detector's cleanup).
 */
export function watchClicks(context: DetectorContext, ms: number, onClick: (target: Element, reacted: () => boolean, at: number) => void): () => void {
  const { listen, later, on } = context;
  let stop = () => {};
  listen(document, 'click', (event) => {
    const target = clickTarget(event);
    const { ctrlKey, metaKey, shiftKey } = event as MouseEvent;
    // A link opened in another tab or window, or a download, changes nothing on this page: not watched.
    if (ctrlKey || metaKey || shiftKey || !target.matches('a[href]:not([target],[download]),button,[role=button],[role=link],[role=tab],[role=menuitem],summary,input[type=submit],input[type=button],[onclick]')) return;
    stop();
    const at = performance.now();
    let reacted = false;
    const react = () => (reacted = true);
    const observer = new MutationObserver(react);
    // The target's neighbourhood (three levels up), and what gets added to <body> (dialogs, toasts).
    let near: Element = target;
    for (let i = 0; i < 3 && near.parentElement && near.parentElement !== document.body; i++) near = near.parentElement;
    observer.observe(near, { subtree: true, childList: true, attributes: true, characterData: true });
    observer.observe(document.body, { childList: true });
    const requests = new PerformanceObserver(react);
    requests.observe({ type: 'resource' });
    const events = ['scroll', 'focusin', 'input', 'change', 'submit', 'pagehide'];
    events.forEach((type) => addEventListener(type, react, true));
    const offPage = on('page', react);
    const cancel = later(() => stop(), ms + 50);
    // Ending the watch settles the click: a newer click (a double click, a burst) is judged instead.
    stop = () => {
      react();
      observer.disconnect();
      requests.disconnect();
      events.forEach((type) => removeEventListener(type, react, true));
      offPage();
      cancel();
      stop = () => {};
    };
    onClick(target, () => reacted, at);
  });
  return () => stop();
}
