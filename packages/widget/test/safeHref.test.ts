// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mailtoHref, safeHref } from '../src/panel/safeHref.js';

const HOSTILE = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

describe('links rendered from the config', () => {
  it.each(HOSTILE)('renders %j as no link at all', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });

  it('renders http, https and page-relative links, resolved as the browser follows them', () => {
    expect(safeHref('https://help.example/a')).toBe('https://help.example/a');
    expect(safeHref('http://help.example')).toBe('http://help.example/');
    expect(safeHref('/help/x')).toBe(new URL('/help/x', document.baseURI).href);
    expect(new URL(safeHref('/help/x')!).protocol).toMatch(/^https?:$/);
  });

  it('renders mailto: only where the email channel asks for it', () => {
    expect(safeHref('mailto:help@shop.example')).toBeUndefined();
    expect(mailtoHref('help@shop.example')).toBe('mailto:help@shop.example');
    expect(mailtoHref('javascript:alert(1)')).toBeUndefined();
    expect(mailtoHref('a@b.example?bcc=x@y.example')).toBeUndefined();
    expect(mailtoHref(undefined)).toBeUndefined();
  });

  it('renders nothing for what is not a string', () => {
    expect(safeHref(undefined)).toBeUndefined();
    expect(safeHref(42 as unknown as string)).toBeUndefined();
  });
});
