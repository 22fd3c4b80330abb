import type { Plural, StringKey, Table } from './en.js';

type Vars = Record<string, string | number | undefined>;

/** Heed's words in one locale, with that locale's plurals, numbers, lists and quotation marks. */
export interface Say {
  (key: StringKey, vars?: Vars): string;
  /** The form of `key` for `count` (`{count}` and `{n}` are it, written the locale's way). */
  count(key: StringKey, count: number, vars?: Vars): string;
  /** "a, b and c" (`and`), "a, b or c" (`or`). */
  list(items: string[], type: 'and' | 'or'): string;
  /** A number written the locale's way (`4.000` in German, `٤٬٠٠٠` in Arabic). */
  number(value: number): string;
  /** The table's language (`de`), and the tag for Intl (`de-AT`). */
  lang: string;
  tag: string;
  dir: 'ltr' | 'rtl';
}

/**
 * `text` with its placeholders filled in. Right to left, each value is isolated (U+2068…U+2069):
 * a page address or a phone number keeps its own direction inside Arabic or Hebrew text, and its
 * brackets stay where they belong.
 */
const fill = (text: string, vars: Vars = {}, isolate = false) =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => (vars[name] === undefined ? all : isolate ? `\u2068${vars[name]}\u2069` : String(vars[name])));

/** A tag Intl accepts: the one given when it is well formed, else its language. */
const intlTag = (tag: string, lang: string) => {
  try {
    return Intl.getCanonicalLocales(tag)[0] || lang;
  } catch {
    return lang;
  }
};

/** The `Say` of `table`. Only `tag` goes to Intl: `pt-BR` writes numbers and dates as in Brazil. */
export function makeSay(table: Table, tag: string, lang: string): Say {
  const intl = intlTag(tag, lang);
  const rtl = lang === 'ar' || lang === 'he';
  const rules = new Intl.PluralRules(intl);
  const number = new Intl.NumberFormat(intl);
  // Heed's English writes lists without a serial comma ("chat, a callback or email"), as en-GB does.
  const lists = lang === 'en' ? 'en-GB' : intl;
  const say = ((key, vars) => {
    const text = table[key];
    return fill(typeof text === 'string' ? text : text.other, vars, rtl);
  }) as Say;
  say.count = (key, count, vars) => {
    const text = table[key] as string | Plural;
    const form = typeof text === 'string' ? text : (text[count as 0] ?? text[rules.select(count)] ?? text.other);
    const written = number.format(count);
    return fill(form, { ...vars, count: written, n: written }, rtl);
  };
  say.list = (items, type) => new Intl.ListFormat(lists, { type: type === 'and' ? 'conjunction' : 'disjunction' }).format(items);
  say.number = (value) => number.format(value);
  say.lang = lang;
  say.tag = intl;
  say.dir = rtl ? 'rtl' : 'ltr';
  return say;
}
