/**
 * The word for the tab in every language Heed speaks, and so the list of those languages. It
 * loads with the panel, not in heed.js: the entry has no bytes left for it (README, "Languages"),
 * so the tab shows `ui.label` or "Help", and the README's Languages section lists these words
 * for owners to put in `ui.label`.
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
export const languageOf = (tag: string): string => tag.split('-')[0]!;

/**
 * The language Heed speaks here (SPEC §6): `ui.locale`, else the page's `<html lang>`, else the
 * browser's languages, else English; a region tag counts as its language (`de-AT` is German). The
 * first tag Heed has a table for wins, so an unknown `ui.locale` falls back to the page's choice.
 * Returns the tag as written (its region still picks the date and number formats). Own keys only:
 * a tag "constructor" is no language.
 */
export function pickLocale(locale: string | undefined): string {
  return [locale, document.documentElement.lang, ...navigator.languages, 'en'].find((tag) => tag && Object.hasOwn(TAB_LABELS, languageOf(tag)))!;
}
