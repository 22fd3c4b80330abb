import type { HeedInternals } from '@heed/core/internal';
import { describe, expect, it, vi } from 'vitest';
import { en, type Plural, type Table } from '../src/i18n/en';
import { withOverrides } from '../src/i18n/loadStrings';
import ar from '../src/i18n/locales/ar';
import de from '../src/i18n/locales/de';
import es from '../src/i18n/locales/es';
import fr from '../src/i18n/locales/fr';
import he from '../src/i18n/locales/he';
import it_ from '../src/i18n/locales/it';
import ja from '../src/i18n/locales/ja';
import nl from '../src/i18n/locales/nl';
import pl from '../src/i18n/locales/pl';
import pt from '../src/i18n/locales/pt';
import sv from '../src/i18n/locales/sv';
import zh from '../src/i18n/locales/zh';
import { makeSay } from '../src/i18n/say';
import { TAB_LABELS } from '../src/i18n/tabLabels';

const LOCALES: Record<string, Table> = { de, fr, es, it: it_, nl, pt, pl, sv, ja, zh, ar, he };
const forms = (value: string | Plural): string[] => (typeof value === 'string' ? [value] : Object.values(value));
const placeholders = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
// A plural form may say its number in words ("Ein Artikel gefunden.", "مقالين"): {count} and {n} are optional.
const NUMBERS = new Set(['count', 'n']);

describe('the locale tables', () => {
  it('ship every language the tab has a label for, and only those', () => {
    expect(Object.keys(TAB_LABELS).sort()).toEqual(['en', ...Object.keys(LOCALES)].sort());
  });

  for (const [lang, table] of Object.entries(LOCALES)) {
    it(`${lang} has exactly the English keys, each a sentence where English has one and plural forms where English has them`, () => {
      expect(Object.keys(table).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        expect(typeof table[key], key).toBe(typeof en[key]);
        if (typeof table[key] === 'object') expect((table[key] as Plural).other, key).toBeTypeOf('string');
        for (const form of forms(table[key])) expect(form.trim(), key).not.toBe('');
      }
    });

    it(`${lang} keeps every placeholder of the English string and adds none`, () => {
      for (const key of Object.keys(en) as Array<keyof typeof en>) {
        const english = new Set(forms(en[key]).flatMap((form) => [...placeholders(form)]));
        for (const form of forms(table[key])) {
          const found = placeholders(form);
          for (const name of english) if (!NUMBERS.has(name)) expect(found, `${lang}.${key}: "${form}" lacks {${name}}`).toContain(name);
          for (const name of found) expect(english.has(name) || NUMBERS.has(name), `${lang}.${key}: "${form}" has {${name}}`).toBe(true);
        }
      }
    });

    it(`${lang} has a form of the article count for every plural category of the language`, () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      expect(Object.keys(table.articlesFound).sort()).toEqual(expect.arrayContaining([...categories].sort()));
    });
  }
});

describe('plurals, numbers and lists follow the locale', () => {
  it('Polish: one, few, many', () => {
    const say = makeSay(pl, 'pl', 'pl');
    expect(say.count('articlesFound', 1)).toBe('Znaleziono 1 artykuł.');
    expect(say.count('articlesFound', 3)).toBe('Znaleziono 3 artykuły.');
    expect(say.count('articlesFound', 22)).toBe('Znaleziono 22 artykuły.');
    expect(say.count('articlesFound', 5)).toBe('Znaleziono 5 artykułów.');
    expect(say.count('articlesFound', 12)).toBe('Znaleziono 12 artykułów.');
    expect(say.count('articlesFound', 1.5)).toBe('Znaleziono 1,5 artykułu.');
  });

  it('Arabic: zero, one, two, few, many, other, in the locale’s digits', () => {
    const say = makeSay(ar, 'ar', 'ar');
    const n = (value: number) => `\u2068${new Intl.NumberFormat('ar').format(value)}\u2069`;
    expect(say.count('articlesFound', 0)).toBe('لم يُعثر على أي مقال.');
    expect(say.count('articlesFound', 1)).toBe('عُثر على مقال واحد.');
    expect(say.count('articlesFound', 2)).toBe('عُثر على مقالين.');
    expect(say.count('articlesFound', 3)).toBe(`عُثر على ${n(3)} مقالات.`);
    expect(say.count('articlesFound', 11)).toBe(`عُثر على ${n(11)} مقالًا.`);
    expect(say.count('articlesFound', 100)).toBe(`عُثر على ${n(100)} مقال.`);
  });

  it('English keeps its exact counts ("twice") before its plural rule', () => {
    const say = makeSay(en, 'en', 'en');
    expect(say.count('sumBack', 1)).toBe('you went back');
    expect(say.count('sumBack', 2)).toBe('you went back twice');
    expect(say.count('sumBack', 1234)).toBe('you went back 1,234 times');
  });

  it('lists and numbers are written the locale’s way, the region included', () => {
    expect(makeSay(de, 'de-AT', 'de').list(['Chat', 'Rückruf', 'E-Mail'], 'or')).toBe('Chat, Rückruf oder E-Mail');
    expect(makeSay(en, 'en-US', 'en').list(['chat', 'a callback', 'email'], 'or')).toBe('chat, a callback or email');
    expect(makeSay(de, 'de', 'de').number(4000)).toBe('4.000');
    expect(makeSay(pt, 'pt-BR', 'pt').tag).toBe('pt-BR');
    // A tag Intl cannot read still speaks its language.
    expect(makeSay(de, 'de-!!', 'de').tag).toBe('de');
  });
});

describe('ui.strings', () => {
  const internals = (strings: unknown, title?: string) => {
    const reported: Array<[string, string, string | undefined]> = [];
    const fake = { config: () => ({ ui: { strings, title } }), report: (code: string, message: string, path?: string) => void reported.push([code, message, path]) };
    return { fake: fake as unknown as HeedInternals, reported };
  };

  it('replaces the strings it names, placeholders and all; ui.title comes first, ui.strings wins over it', () => {
    const { fake, reported } = internals({ decline: 'Nein, danke!', articlesFound: 'Treffer: {count}', title: 'Hallo' }, 'Titel');
    const say = makeSay(withOverrides(de, fake), 'de', 'de');
    expect(say('decline')).toBe('Nein, danke!');
    expect(say.count('articlesFound', 1)).toBe('Treffer: 1');
    expect(say('title')).toBe('Hallo');
    expect(makeSay(withOverrides(de, internals(undefined, 'Titel').fake), 'de', 'de')('title')).toBe('Titel');
    expect(reported).toEqual([]);
  });

  it('reports an unknown key and a value that is not a string with their paths, and ignores them', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fake, reported } = internals({ nope: 'x', back: 5, constructor: 'y' });
    const table = withOverrides(en, fake);
    expect(warn).toHaveBeenCalledWith('Heed: config ui.strings.nope is not a known string; ignored');
    warn.mockRestore();
    expect(table.back).toBe(en.back);
    expect(reported.map(([code, , path]) => [code, path])).toEqual([
      ['config-invalid', 'ui.strings.nope'],
      ['config-invalid', 'ui.strings.back'],
      ['config-invalid', 'ui.strings.constructor'],
    ]);
  });
});
