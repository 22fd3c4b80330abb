/**
 * Adds a chat product's script to the page (`load: 'on-demand'`, once the visitor asked for chat).
 * Returns the element, so that `destroy()` can take it away again.
 */
export function addScript({ src, id }: { src: string; id?: string }, onLoad: () => void, onError: () => void): HTMLScriptElement {
  const script = document.createElement('script');
  script.async = true;
  script.src = src;
  if (id) script.id = id;
  script.onload = onLoad;
  script.onerror = onError;
  document.head.append(script);
  return script;
}
