// A tiny client-side router on the History API: same-origin links under the base path are
// intercepted and pushed with `history.pushState`; Back and Forward arrive as `popstate`.
// Heed sees both by itself, so the router never has to tell it about route changes.

/** What a route renders: the document title and the HTML of the view. */
export interface View {
  title: string;
  html: string;
  /** Runs after the HTML is in the document, e.g. to wire up a form. */
  mount?: (root: HTMLElement) => void;
}

export interface Route {
  /** Matched against the path; capture groups become `params`. */
  pattern: RegExp;
  render: (params: string[]) => View;
}

export interface RouterOptions {
  base: string;
  routes: Route[];
  notFound: (path: string) => View;
  root: HTMLElement;
  /** Called after every render with the current path, e.g. to mark the active link. */
  onRender?: (path: string) => void;
}

export interface Router {
  navigate: (url: string, options?: { replace?: boolean }) => void;
  stop: () => void;
}

/** `/account` and `/account/` are the start page; other paths lose a trailing slash. */
const normalise = (path: string, base: string) => {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed === base ? `${base}/` : trimmed;
};

export function startRouter({ base, routes, notFound, root, onRender }: RouterOptions): Router {
  const render = (moveFocus: boolean) => {
    const path = normalise(location.pathname, base);
    let view: View | undefined;
    for (const route of routes) {
      const match = route.pattern.exec(path);
      if (match) {
        view = route.render(match.slice(1).map(decodeURIComponent));
        break;
      }
    }
    view ??= notFound(path);
    document.title = `${view.title} \u00b7 Level & Plumb`;
    root.innerHTML = view.html;
    view.mount?.(root);
    onRender?.(path);
    if (moveFocus) {
      // Tell screen-reader users the page changed: focus the new heading, as a page load would.
      const heading = root.querySelector<HTMLElement>('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    }
  };

  const navigate = (url: string, { replace = false } = {}) => {
    const target = new URL(url, location.href);
    if (target.href === location.href) return;
    if (replace) history.replaceState({ app: 'account' }, '', target.href);
    else history.pushState({ app: 'account' }, '', target.href);
    render(true);
    if (!target.hash) scrollTo(0, 0);
  };

  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || !(url.pathname === base || url.pathname.startsWith(`${base}/`))) return;
    // A link to a fragment of the current view is the browser's business.
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    navigate(url.href);
  };

  const onPopState = () => render(true);

  document.addEventListener('click', onClick);
  addEventListener('popstate', onPopState);
  render(false);
  return {
    navigate,
    stop() {
      document.removeEventListener('click', onClick);
      removeEventListener('popstate', onPopState);
    },
  };
}
