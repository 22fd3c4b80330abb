import { englishSay } from '../i18n/english.js';
import type { Say } from '../i18n/say.js';

/** What a callback or email request form holds while the visitor fills it in. */
export interface RequestFields {
  name: string;
  phone: string;
  window: string;
  email: string;
  message: string;
}

export type FieldName = keyof RequestFields;

/** Phone numbers as people write them: digits with spaces, dashes, dots, brackets, a leading +. */
const PHONE = /^\+?[\d\s().-]{6,40}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The problems of a filled-in form, field by field, in the order the fields appear, each said
 * so the visitor knows what to change. The relay checks the same fields again.
 */
export function fieldProblems(kind: 'callback' | 'email', fields: RequestFields, say: Say = englishSay()): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  const name = fields.name.trim();
  if (!name) problems.name = say('nameMissing');
  else if (name.length > 100) problems.name = say('nameLong', { max: say.number(100) });
  if (kind === 'callback') {
    const phone = fields.phone.trim();
    if (!phone) problems.phone = say('phoneMissing');
    else if (!PHONE.test(phone) || (phone.match(/\d/g) || []).length < 6) problems.phone = say('phoneBad');
  } else {
    const email = fields.email.trim();
    if (!email) problems.email = say('emailMissing');
    else if (!EMAIL.test(email) || email.length > 254) problems.email = say('emailBad');
    const message = fields.message.trim();
    if (!message) problems.message = say('messageMissing');
    else if (message.length > 4000) problems.message = say('messageLong', { max: say.number(4000) });
  }
  return problems;
}
