import type { VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import { linkify } from '../src/chat/linkify.js';

type Link = VNode<{ href: string; target?: string; rel?: string; children: string }>;
const isLink = (part: unknown): part is Link => typeof part === 'object' && part !== null && (part as VNode).type === 'a';
const links = (text: string) => linkify(text).filter(isLink);
/** The text as the visitor reads it, links included. */
const readable = (text: string) => linkify(text).map((part) => (isLink(part) ? part.props.children : part)).join('');

describe('links in chat messages', () => {
  it('makes http, https, mailto and tel links clickable', () => {
    const found = links('See https://shop.example/returns or http://a.example, mail help@x via mailto:help@shop.example, call tel:+441234');
    expect(found.map((a) => a.props.href)).toEqual([
      'https://shop.example/returns',
      'http://a.example/',
      'mailto:help@shop.example',
      'tel:+441234',
    ]);
  });

  it('opens web links in a new tab without a referrer, mail and phone links in place', () => {
    const [web, mail] = links('https://shop.example/a mailto:help@shop.example');
    expect(web.props).toMatchObject({ target: '_blank', rel: 'noopener noreferrer nofollow' });
    expect(mail.props.target).toBeUndefined();
  });

  it('never links another scheme', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://x.example/']) {
      expect(links(`click ${text} now`)).toEqual([]);
      expect(readable(`click ${text} now`)).toBe(`click ${text} now`);
    }
  });

  it('leaves sentence punctuation outside the link and keeps balanced brackets in it', () => {
    expect(links('Try https://shop.example/returns.').map((a) => a.props.children)).toEqual(['https://shop.example/returns']);
    expect(links('(see https://en.example/wiki/Level_(tool))').map((a) => a.props.children)).toEqual([
      'https://en.example/wiki/Level_(tool)',
    ]);
    expect(readable('Try https://shop.example/returns.')).toBe('Try https://shop.example/returns.');
  });

  it('keeps text as text and a bare scheme unlinked', () => {
    expect(linkify('<img src=x onerror=alert(1)>')).toEqual(['<img src=x onerror=alert(1)>']);
    expect(links('just https:// and nothing')).toEqual([]);
  });
});
