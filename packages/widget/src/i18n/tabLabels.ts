/**
 * The word for the tab in every language Heed speaks, and so the list of those languages. It ships
 * in heed.js (about 0.15 KB with the choice of language below): the tab is on screen before need,
 * when nothing else of Heed's words has loaded. `ui.label` still wins.
 */
export const TAB_LABELS: Record<string, string> = {
  en: 'Help',
  de: 'Hilfe',
  fr: 'Aide',
  es: 'Ayuda',
  it: 'Aiuto',
  nl: 'Hulp',
  pt: 'Ajuda',
  pl: 'Pomoc',
  sv: 'Hjälp',
  ja: 'ヘルプ',
  zh: '帮助',
  ar: 'مساعدة',
  he: 'עזרה',
};

/**
 * The table's language of a language tag: `de-AT` → `de`. Case-sensitive, as browsers and nearly
 * every page write the language in lower case (lower-casing cost heed.js 14 B); `DE` is no language here.
 */
export const languageOf = (tag: unknown): string => `${tag}`.split('-')[0]!;

/**
 * The language Heed speaks here (SPEC §6): `ui.locale`, else the page's `<html lang>`, else the
 * browser's languages, else English; a region tag counts as its language (`de-AT` is German). The
 * first tag Heed has a table for wins, so an unknown `ui.locale` falls back to the page's choice.
 * Returns the tag as written (its region still picks the date and number formats). Own keys only:
 * a tag "constructor" is no language. heed.js calls it with `ui.locale` as written (the panel's
 * chunk checks it): anything but a string names no language here.
 */
export function pickLocale(locale: unknown): string {
  return [locale, document.documentElement.lang, ...navigator.languages, 'en'].find((tag) => Object.hasOwn(TAB_LABELS, languageOf(tag))) as string;
}
