import { describe, expect, it } from 'vitest';
import { selectorProblem } from '../build/cssSelector.mjs';

// `heed check` runs in Node, with no browser to ask whether a selector parses: its parser must agree
// with Chromium's querySelector on what site owners write (these were checked against Chromium).
describe('CSS selectors checked at build time', () => {
  it.each([
    'input[type=search], input[name=q]',
    '#q',
    '.no-results',
    'div > p',
    'x:where(.a) ~ y + z',
    'a:not(.b):hover',
    'a:has(> b, + c)',
    'a:is(.x, .y)',
    'input[type=search i]',
    '[data-x="a b"]',
    '[lang|=en]',
    'a[href^="http"]',
    'li:nth-child(2n+1 of .x)',
    'li:nth-child( -n + 3 )',
    'a:nth-of-type(odd)',
    'a::before',
    'a:before',
    'a::-webkit-scrollbar',
    ':root',
    'a:lang(en)',
    'input:user-invalid',
    '*|a',
    '|a',
    '[*|href]',
    '.a\\:b',
    '#\\31 23',
    ' .x ',
  ])('accepts %j', (selector) => {
    expect(selectorProblem(selector)).toBeUndefined();
  });

  it.each([
    ['.a >', 'expected a selector at character 5'],
    ['#q[', 'expected an attribute name at character 4'],
    ['a:hovr', 'unknown pseudo-class :hovr'],
    ['div:not(', 'expected a selector'],
    ['', 'expected a selector at character 1'],
    ['a,,b', 'expected a selector at character 3'],
    ['!a', 'expected a selector'],
    ['a:nth-child(x)', 'expected An+B'],
    ['> a', 'expected a selector'],
    ['a >> b', 'expected a selector'],
    ['[=x]', 'expected an attribute name'],
    ['.', 'expected a class name'],
    ['a:has()', 'expected a selector'],
    ['a]', 'unexpected "]"'],
    ['::foo', 'unknown pseudo-element ::foo'],
    ['a b,', 'expected a selector'],
    ['svg|rect', 'unexpected "|"'],
    ['[svg|href]', 'expected ]'],
  ])('refuses %j: %s', (selector, reason) => {
    expect(selectorProblem(selector)).toContain(reason);
  });
});
