// Whether a string is a CSS selector a browser's querySelector accepts, checked in Node, where
// there is no document to ask (`heed check` / `heed build` run in the site's CI). In a browser,
// validate.ts asks the browser itself. A recursive-descent parser for Selectors Level 4 as
// Chromium implements it: type and universal selectors (`*|` and `|` namespaces: querySelector declares no other), #id, .class,
// [attribute] with every matcher and the i/s flags, the combinators, the known pseudo-classes
// (functional ones with their arguments: selector lists, :has()'s relative selectors, An+B … of S)
// and pseudo-elements. An unknown pseudo-class is an error, as in the browser (`a:hovr` throws).

const PLAIN = new Set(
  ('active any-link autofill blank checked closed default defined disabled empty enabled first first-child first-of-type focus ' +
    'focus-visible focus-within fullscreen future hover in-range indeterminate invalid last-child last-of-type left link local-link ' +
    'modal muted only-child only-of-type open optional out-of-range past paused picture-in-picture placeholder-shown playing ' +
    'popover-open read-only read-write required right root scope target target-within user-invalid user-valid valid visited ' +
    'volume-locked xr-overlay host before after first-line first-letter').split(' '),
);
const LISTS = new Set(['is', 'where', 'not', 'matches', '-webkit-any']);
const NTH = new Set(['nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type']);
const ELEMENTS = new Set(['before', 'after', 'first-line', 'first-letter', 'marker', 'placeholder', 'selection', 'backdrop', 'file-selector-button', 'grammar-error', 'spelling-error', 'target-text', 'cue', 'details-content', 'search-text']);

// An escape: up to six hex digits and one optional white space, or any other character.
const ESC = String.raw`\\(?:[0-9a-fA-F]{1,6}[ \t\n\r\f]?|[^\n\r\f0-9a-fA-F])`;
const IDENT = new RegExp(String.raw`^(?:--|-?(?:[A-Za-z_\u0080-\uffff]|${ESC}))(?:[\w\u0080-\uffff-]|${ESC})*`);
const NAME = new RegExp(String.raw`^(?:[\w\u0080-\uffff-]|${ESC})+`);
const STRING = /^(?:"(?:[^"\\\n]|\\[\s\S])*"|'(?:[^'\\\n]|\\[\s\S])*')/;
const ANB = /^(?:even|odd|[+-]?\d*n(?:\s*[+-]\s*\d+)?|[+-]?\d+)/i;

/** Returns undefined when `selector` parses, else a short reason. */
export function selectorProblem(selector) {
  let at = 0;
  const rest = () => selector.slice(at);
  const fail = (what) => {
    throw new Error(`${what} at character ${at + 1}`);
  };
  const space = () => {
    const before = at;
    while (/[ \t\n\r\f]/.test(selector[at] || '')) at++;
    return at > before;
  };
  const eat = (pattern) => {
    const found = typeof pattern === 'string' ? (rest().startsWith(pattern) ? [pattern] : null) : pattern.exec(rest());
    if (found) at += found[0].length;
    return found?.[0];
  };
  const ident = (what = 'a name') => eat(IDENT) ?? fail(`expected ${what}`);
  const attribute = () => {
    space();
    // querySelector has no namespace prefixes declared: only `*|` (any) and `|` (none) parse.
    eat(/^\*?\|(?!=)/);
    ident('an attribute name');
    space();
    if (eat(/^[~|^$*]?=/)) {
      space();
      if (!eat(STRING) && !eat(IDENT)) fail('expected an attribute value');
      space();
      if (eat(/^[is](?![\w-])/i)) space();
    }
    if (!eat(']')) fail('expected ]');
  };
  const pseudo = () => {
    if (eat(':')) {
      const name = ident('a pseudo-element').toLowerCase();
      if (eat('(')) {
        space();
        if (name === 'slotted') compound();
        else if (name === 'part' || name === 'highlight') while (eat(IDENT)) space();
        else fail(`unknown pseudo-element ::${name}()`);
        space();
        if (!eat(')')) fail('expected )');
      } else if (!ELEMENTS.has(name) && !name.startsWith('-webkit-')) fail(`unknown pseudo-element ::${name}`);
      return;
    }
    const name = ident('a pseudo-class').toLowerCase();
    if (!eat('(')) {
      if (!PLAIN.has(name) && !name.startsWith('-webkit-')) fail(`unknown pseudo-class :${name}`);
      return;
    }
    space();
    if (LISTS.has(name)) list(false);
    else if (name === 'has') list(true);
    else if (NTH.has(name)) {
      if (!eat(ANB)) fail('expected An+B');
      if (space() && name.endsWith('child') && eat(/^of(?=[ \t\n\r\f])/i)) list(false);
    } else if (name === 'lang') {
      do {
        space();
        if (!eat(STRING)) ident('a language');
        space();
      } while (eat(','));
    }
    else if (name === 'dir' || name === 'state') ident();
    else if (name === 'host' || name === 'host-context') compound();
    else fail(`unknown pseudo-class :${name}()`);
    space();
    if (!eat(')')) fail('expected )');
  };
  const compound = () => {
    const start = at;
    const namespaced = eat(/^\*?\|(?!=)/);
    if (!eat('*') && !eat(IDENT) && namespaced) fail('expected an element name');
    for (;;) {
      if (eat('#')) {
        if (!eat(NAME)) fail('expected an id');
      }
      else if (eat('.')) ident('a class name');
      else if (eat('[')) attribute();
      else if (eat(':')) pseudo();
      else break;
    }
    if (at === start) fail('expected a selector');
  };
  const complex = (relative) => {
    if (relative && eat(/^[>+~]/)) space();
    compound();
    for (;;) {
      const spaced = space();
      const combinator = eat(/^(?:[>+~]|\|\|)/);
      if (combinator) space();
      else if (!spaced || /^[,)]|^$/.test(rest())) return;
      compound();
    }
  };
  const list = (relative) => {
    do {
      space();
      complex(relative);
    } while (eat(','));
  };
  try {
    list(false);
    space();
    if (at < selector.length) fail(`unexpected "${selector[at]}"`);
    return undefined;
  } catch (error) {
    return error.message;
  }
}
