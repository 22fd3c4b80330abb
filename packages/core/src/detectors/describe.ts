/** Interactive elements: what a visitor expects to react to a click. */
export const INTERACTIVE = 'a[href],button,input,select,textarea,summary,label,[role=button],[role=link],[role=tab],[role=menuitem],[onclick],[tabindex]';

/** The element a click was meant for: the nearest interactive ancestor, else the target itself. */
export const clickTarget = (event: Event): Element => {
  const target = event.composedPath()[0] as Element;
  return (target.closest?.(INTERACTIVE) || target) as Element;
};

/**
 * Names an element the way a site owner recognises it: its accessible label or text, else its
 * tag and id. Never reads what a visitor typed into a field, rich-text (contenteditable) ones included.
 */
export const describe = (el: Element): string => {
  const label = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || ((el as HTMLElement).isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) ? (el as HTMLInputElement).name : el.textContent);
  return label?.trim().replace(/\s+/g, ' ').slice(0, 60) || el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
};
