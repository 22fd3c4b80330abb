import type { ResolvedConfig } from '@heed/core';

/** A selector from the config and what it finds on this page right now. */
export interface SelectorCheck {
  /** JSON path in the config, e.g. `signals.search.empty`. */
  path: string;
  selector: string;
  /** Elements it matches now, or 'invalid' when the browser cannot parse it. */
  matches: number | 'invalid';
}

/** Config keys that hold CSS selectors: the search box, results and empty state, and any `…selector` key. */
const isSelectorKey = (key: string) => key === 'input' || key === 'results' || key === 'empty' || /selector$/i.test(key);

/** Every selector in the config, found by walking it, so a selector key added later is listed too. */
export function configSelectors(config: ResolvedConfig): Array<{ path: string; selector: string }> {
  const found: Array<{ path: string; selector: string }> = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (typeof child === 'string' && isSelectorKey(key)) found.push({ path: at, selector: child });
        else walk(child, at);
      }
    }
  };
  walk(config, '');
  return found;
}

/** Checks each selector against the page as it is now (site owners watch it change as the page renders). */
export function checkSelectors(config: ResolvedConfig): SelectorCheck[] {
  return configSelectors(config).map(({ path, selector }) => {
    try {
      return { path, selector, matches: document.querySelectorAll(selector).length };
    } catch {
      return { path, selector, matches: 'invalid' };
    }
  });
}

export const describeCheck = ({ path, selector, matches }: SelectorCheck): string =>
  `${path} ${selector} → ${matches === 'invalid' ? 'not a valid selector' : matches ? `matches ${matches}` : 'matches nothing on this page'}`;
