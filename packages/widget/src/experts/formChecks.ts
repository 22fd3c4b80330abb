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
export function fieldProblems(kind: 'callback' | 'email', fields: RequestFields): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  const name = fields.name.trim();
  if (!name) problems.name = 'Please enter your name.';
  else if (name.length > 100) problems.name = 'Please shorten your name to 100 characters.';
  if (kind === 'callback') {
    const phone = fields.phone.trim();
    if (!phone) problems.phone = 'Please enter the number we should call.';
    else if (!PHONE.test(phone) || (phone.match(/\d/g) || []).length < 6) problems.phone = 'Please enter a phone number using digits, for example +44 20 7946 0958.';
  } else {
    const email = fields.email.trim();
    if (!email) problems.email = 'Please enter your email address so we can answer.';
    else if (!EMAIL.test(email) || email.length > 254) problems.email = 'Please enter an email address like name@example.com.';
    const message = fields.message.trim();
    if (!message) problems.message = 'Please tell us what you need help with.';
    else if (message.length > 4000) problems.message = 'Please shorten your message to 4000 characters.';
  }
  return problems;
}
