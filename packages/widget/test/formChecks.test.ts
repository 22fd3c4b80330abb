import { describe, expect, it } from 'vitest';
import { withFirst } from '../src/experts/channelMemory';
import { fieldProblems } from '../src/experts/formChecks';

const blank = { name: '', phone: '', window: '', email: '', message: '' };

describe('request form checks', () => {
  it('a callback needs a name and a number that looks like one', () => {
    expect(Object.keys(fieldProblems('callback', blank))).toEqual(['name', 'phone']);
    expect(fieldProblems('callback', { ...blank, name: 'Ada', phone: 'call me' }).phone).toMatch(/digits/);
    expect(fieldProblems('callback', { ...blank, name: 'Ada', phone: '+44 (20) 7946-0958' })).toEqual({});
  });

  it('an email request needs an address and a message', () => {
    expect(Object.keys(fieldProblems('email', { ...blank, name: 'Ada' }))).toEqual(['email', 'message']);
    expect(fieldProblems('email', { ...blank, name: 'Ada', email: 'ada@', message: 'Hi' }).email).toMatch(/name@example.com/);
    expect(fieldProblems('email', { ...blank, name: 'Ada', email: 'ada@example.com', message: 'Where is my invoice?' })).toEqual({});
  });
});

describe('channel memory', () => {
  it('offers the remembered channel first and keeps the others in the team’s order', () => {
    expect(withFirst(['chat', 'callback', 'email'], 'email')).toEqual(['email', 'chat', 'callback']);
    // A channel this team does not have (or that is not usable now) changes nothing.
    expect(withFirst(['callback', 'email'], 'chat')).toEqual(['callback', 'email']);
    expect(withFirst(['callback', 'email'], undefined)).toEqual(['callback', 'email']);
  });
});
