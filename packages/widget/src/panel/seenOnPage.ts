/**
 * Whether the visitor can see an element Heed placed in its shadow root: the host is in the
 * document, the element has a box that reaches into the viewport, and neither it nor an ancestor
 * across the shadow boundary is `display: none`, `visibility: hidden` or `opacity: 0`.
 *
 * Why it is asked: a page can hide or remove `<heed-help>` (`heed-help { display: none !important }`,
 * a script's `remove()`, a cookie wall's overlay styles), and the hardening probe found Heed then
 * emitting `offer` with nothing on screen. An owner counting offers, or forwarding them to analytics,
 * would count help nobody saw.
 */
export function seenOnPage(element: Element | undefined): boolean {
  const host = (element?.getRootNode() as ShadowRoot | undefined)?.host;
  if (!element || !host?.isConnected) return false;
  const { width, height, right, bottom, left, top } = element.getBoundingClientRect();
  const onScreen = width > 0 && height > 0 && right > 0 && bottom > 0 && left < innerWidth && top < innerHeight;
  // checkVisibility: Chrome 105, Firefox 106, Safari 17.4; without it, the box test alone. Opacity is
  // asked of the host (and what holds it), not of the card: the card fades in from opacity 0.
  return onScreen && (!element.checkVisibility || (element.checkVisibility({ visibilityProperty: true }) && host.checkVisibility({ opacityProperty: true })));
}
