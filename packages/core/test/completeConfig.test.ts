import { describe, expect, it } from 'vitest';
import { completeConfig } from '../src/config/completeConfig';
import { resolveConfig, resolveEntryConfig } from '../src/config/resolveConfig';
import type { ConfigProblem } from '../src/config/validate';

// heed.js checks articles, experts and chat by shape only; the first lazy chunk that reads them
// validates them in full, once per config object, with the same problems resolveConfig reports.
const raw = {
  articles: [{ title: 'Returns', url: '/help/returns' }, { title: 42 }],
  experts: [{ name: 'Billing', topic: 'billing', channels: ['fax'] }],
  chat: { provider: 'olark' },
  ui: { label: 7 },
};

describe('lazy config keys', () => {
  it('heed.js reports only the keys it reads, and keeps articles, experts and chat as written', () => {
    const { config, problems } = resolveEntryConfig(raw);
    expect(problems.map((p) => p.path)).toEqual(['ui.label']);
    expect(config.articles).toHaveLength(2);
    expect(config.chat.provider).toBe('olark');
  });

  it('completeConfig validates them in place, once, with the problems resolveConfig gives', () => {
    const { config } = resolveEntryConfig(raw);
    const seen: ConfigProblem[] = [];
    completeConfig(config, (problem) => seen.push(problem));
    completeConfig(config, (problem) => seen.push(problem));
    expect(seen.map((p) => p.path)).toEqual(['articles[1].url', 'experts[0].channels[0]', 'chat.provider']);
    expect(config.articles).toEqual([{ title: 'Returns', url: '/help/returns', topics: [], keywords: [] }]);
    expect(config.chat.provider).toBe('none');
    expect(resolveConfig(raw).problems.map((p) => p.path)).toEqual(['ui.label', ...seen.map((p) => p.path)]);
  });

  it('an expert team needs topics or topic, either form accepted', () => {
    const experts = [{ name: 'Billing', topics: ['billing'] }, { name: 'Care', topic: 'account' }, { name: 'Nobody knows', topics: [] }];
    const { config, problems } = resolveConfig({ experts });
    expect(problems).toEqual([{ path: 'experts[2].topics', message: expect.stringContaining('needs topics (or topic)') }]);
    expect(config.experts.map((team) => team.name)).toEqual(['Billing', 'Care', 'Nobody knows']);
    expect(config.experts[0]).toMatchObject({ channels: ['chat'], timeZone: 'UTC', holidays: [] });
  });

  it('a lazy key of the wrong shape passes heed.js as written; the chunk reports it and gives it its default', () => {
    const { config, problems } = resolveEntryConfig({ chat: null, articles: 'none' });
    expect(problems).toEqual([]);
    expect(config.chat).toBeNull();
    const seen: ConfigProblem[] = [];
    completeConfig(config, (problem) => seen.push(problem));
    expect(seen).toEqual([
      { path: 'articles', message: 'expected array, got string' },
      { path: 'chat', message: 'expected object, got null' },
    ]);
    expect(config.chat).toEqual({ provider: 'none', timeZone: 'UTC' });
    expect(config.articles).toEqual([]);
  });
});
