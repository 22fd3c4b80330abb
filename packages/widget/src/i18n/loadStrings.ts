import type { HeedInternals } from '@heed/core/internal';
import { en, type StringKey, type Table } from './en.js';
import { makeSay, type Say } from './say.js';
import { languageOf } from './tabLabels.js';

/**
 * Each locale but English is its own small chunk, loaded with the panel: a visitor downloads one
 * language, not thirteen (all of them together are about 4× the panel's own text).
 */
const LOCALES: Record<string, () => Promise<{ default: Table }>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  it: () => import('./locales/it.js'),
  nl: () => import('./locales/nl.js'),
  pt: () => import('./locales/pt.js'),
  pl: () => import('./locales/pl.js'),
  sv: () => import('./locales/sv.js'),
  ja: () => import('./locales/ja.js'),
  zh: () => import('./locales/zh.js'),
  ar: () => import('./locales/ar.js'),
  he: () => import('./locales/he.js'),
};

const warn = (internals: HeedInternals, path: string, message: string) => {
  console.warn(`Heed: config ${path} ${message}`);
  internals.report('config-invalid', `config ${path} ${message}`, path);
};

/**
 * The table with the owner's words over it: `ui.title`, then `ui.strings`. A key that is not one of
 * Heed's strings, or a value that is not a string, is reported (once: reports are deduplicated)
 * and ignored; the rest apply as written, placeholders and all.
 */
export function withOverrides(table: Table, internals: HeedInternals): Table {
  const { ui } = internals.config();
  const out = { ...table };
  if (ui.title) out.title = ui.title;
  for (const [key, value] of Object.entries(ui.strings || {})) {
    if (!Object.hasOwn(en, key)) warn(internals, `ui.strings.${key}`, 'is not a known string; ignored');
    else if (typeof value !== 'string') warn(internals, `ui.strings.${key}`, 'expected string; ignored');
    else (out as Record<StringKey, unknown>)[key as StringKey] = value;
  }
  return out;
}

const loaded = new WeakMap<object, Map<string, Promise<Say>>>();

/**
 * Heed's words for the locale `tag` (pickLocale in tabLabels.ts: ui.locale, the page's, the browser's), with the
 * owner's overrides. Never rejects: a locale chunk that fails to load is reported and English is used.
 * Cached per config object, so a config that loads later (data-config) is read again.
 */
export function stringsFor(internals: HeedInternals, tag: string): Promise<Say> {
  const config = internals.config();
  const cache = loaded.get(config) || new Map<string, Promise<Say>>();
  loaded.set(config, cache);
  const lang = languageOf(tag);
  let strings = cache.get(tag);
  if (!strings) {
    const { locale } = config.ui;
    if (locale && !Object.hasOwn(LOCALES, languageOf(locale)) && languageOf(locale) !== 'en') warn(internals, 'ui.locale', `"${locale}" is not a language Heed speaks; the page's language is used`);
    const load = Object.hasOwn(LOCALES, lang) ? LOCALES[lang]!() : Promise.resolve({ default: en });
    strings = load.then(
      (chunk) => makeSay(withOverrides(chunk.default, internals), tag, lang),
      (error) => {
        internals.report('chunk-load', error);
        return makeSay(withOverrides(en, internals), 'en', 'en');
      },
    );
    cache.set(tag, strings);
  }
  return strings;
}
