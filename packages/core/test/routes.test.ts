import { describe, expect, it } from 'vitest';
import { emptyStack, pushEntry, replaceEntry, traverseTo } from '../src/route/navStack';
import { globMatch, pageKey } from '../src/route/pageKey';

describe('pageKey', () => {
  it('is the path, plus the hash for hash routers only', () => {
    expect(pageKey('https://shop.test/orders?x=1')).toBe('/orders');
    expect(pageKey('https://shop.test/app/#/orders/42')).toBe('/app/#/orders/42');
    expect(pageKey('https://shop.test/app/#!/orders')).toBe('/app/#!/orders');
    expect(pageKey('https://shop.test/article#section-2')).toBe('/article');
  });
});

describe('globMatch', () => {
  it.each([
    ['/checkout/*', '/checkout/pay', true],
    ['/checkout/*', '/checkout', true],
    ['/checkout/*', '/checkout/pay/card', true],
    ['/checkout/*', '/checkouts', false],
    ['/blog/*', '/help/blog', false],
    ['/faq*', '/faq.html', true],
    ['/products/*.html', '/products/level.html', true],
    ['/products/*.html', '/products/a/level.html', false],
    ['/a/**/z', '/a/b/c/z', true],
    ['/app/#/orders/*', '/app/#/orders/42', true],
    ['/app/*', '/app/#/orders/42', true],
    ['/help', '/help', true],
    ['/help', '/help/x', false],
  ])('%s matches %s: %s', (glob, page, expected) => {
    expect(globMatch(glob, page)).toBe(expected);
  });
});

describe('navStack', () => {
  const visit = (...urls: string[]) => urls.reduce((stack, url) => pushEntry(stack, url), emptyStack());

  it('a traversal to the previous URL is back, to the next is forward', () => {
    let stack = visit('/a', '/b', '/c');
    let moved = traverseTo(stack, '/b');
    expect(moved.direction).toBe('back');
    stack = moved.stack;
    moved = traverseTo(stack, '/c');
    expect(moved.direction).toBe('forward');
    expect(moved.stack.i).toBe(2);
  });

  it('pushing after going back drops the forward entries, as browsers do', () => {
    let stack = visit('/a', '/b', '/c');
    stack = traverseTo(stack, '/b').stack;
    stack = pushEntry(stack, '/d');
    expect(stack.urls).toEqual(['/a', '/b', '/d']);
    expect(traverseTo(stack, '/b').direction).toBe('back');
  });

  it('hash routers: the same URL twice in history is resolved by the nearest entry', () => {
    let stack = visit('/#/list', '/#/item/1', '/#/list', '/#/item/2');
    const moved = traverseTo(stack, '/#/list');
    expect(moved.direction).toBe('back');
    expect(moved.stack.i).toBe(2);
    stack = moved.stack;
    expect(traverseTo(stack, '/#/item/1').direction).toBe('back');
  });

  it('the Navigation API index wins when both sides have one', () => {
    let stack = pushEntry(pushEntry(emptyStack(), '/x', 0), '/x', 1);
    stack = replaceEntry(stack, '/x', 1);
    const moved = traverseTo(stack, '/x', 0);
    expect(moved.direction).toBe('back');
    expect(moved.stack.i).toBe(0);
  });

  it('an unknown URL on a back traversal keeps the list usable', () => {
    const moved = traverseTo(visit('/b'), '/a', undefined);
    expect(moved.direction).toBe('back');
    expect(moved.stack.urls).toEqual(['/a', '/b']);
    expect(traverseTo(moved.stack, '/b').direction).toBe('forward');
  });

  it('keeps at most 50 entries', () => {
    const stack = visit(...Array.from({ length: 80 }, (_, i) => `/p${i}`));
    expect(stack.urls).toHaveLength(50);
    expect(stack.urls.at(-1)).toBe('/p79');
    expect(stack.i).toBe(49);
  });
});
