/**
 * Names an element the way a site owner recognises it, for a signal's `detail`: its accessible
 * label or text, else its tag and id. Never reads what a visitor typed into a field, rich-text
 * (contenteditable) ones included.
 */
export const elementName = (el: Element): string => {
  const label = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || ((el as HTMLElement).isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) ? (el as HTMLInputElement).name : el.textContent);
  return label?.trim().replace(/\s+/g, ' ').slice(0, 60) || el.tagName.toLowerCase() + (el.id ? '#' + el.id : '');
};
