/** Every kind of DOM change. */
export const ANY_CHANGE: MutationObserverInit = { subtree: true, childList: true, attributes: true, characterData: true };

/**
 * Observes what a click on `target` could visibly change: its neighbourhood (three levels up,
 * below `<body>`: the group a control belongs to — a gallery and its image, a stepper and its
 * field, a list and its "load more") and what is added to `<body>` (dialogs, toasts). Not the
 * whole document. The caller disconnects the observer it gets back.
 */
export function watchNearby(target: Element, onChange: MutationCallback): MutationObserver {
  const observer = new MutationObserver(onChange);
  let near = target;
  for (let i = 0; i < 3 && near.parentElement && near.parentElement !== document.body; i++) near = near.parentElement;
  observer.observe(near, ANY_CHANGE);
  observer.observe(document.body, { childList: true });
  return observer;
}
