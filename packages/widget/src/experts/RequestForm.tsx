import type { ExpertConfig } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageContext } from '../chat/outbox.js';
import type { PendingRequest } from '../chat/requestTypes.js';
import type { RequestState } from '../chat/deliverPending.js';
import { loadChatDelivery } from '../loadChatDelivery.js';
import { fieldProblems, type FieldName, type RequestFields } from './formChecks.js';

export interface RequestFormProps {
  internals: HeedInternals;
  team: ExpertConfig;
  kind: 'callback' | 'email';
  /** What Heed noticed, as the visitor is shown it; sent only if they keep the box ticked. */
  shared: MessageContext;
  onCancel(): void;
}

/** Preferred times, in the visitor's own clock (their time zone goes with the request). */
const WINDOWS = ['Any time', 'Morning (9:00–12:00)', 'Afternoon (12:00–17:00)', 'Evening (17:00–20:00)'];

const uuid = () => crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
const visitorZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

/**
 * A callback request (name, phone, preferred time) or an email request (name, email, message),
 * with the signal summary shown before sending and the choice to leave it out. Errors are shown
 * under their field, tied with aria-describedby; on submit the first field in error gets focus.
 */
export function RequestForm({ internals, team, kind, shared, onCancel }: RequestFormProps) {
  const [fields, setFields] = useState<RequestFields>({ name: '', phone: '', window: WINDOWS[0]!, email: '', message: '' });
  const [problems, setProblems] = useState<Partial<Record<FieldName, string>>>({});
  const [share, setShare] = useState(true);
  const [state, setState] = useState<RequestState | 'idle'>('idle');
  const form = useRef<HTMLFormElement>(null);
  const stop = useRef<() => void>();
  useEffect(() => () => stop.current?.(), []);
  const id = (field: string) => `heed-${kind}-${field}`;

  const submit = () => {
    const found = fieldProblems(kind, fields);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      // After the render that marks the fields invalid, so the error is read with the field.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`#${id(first)}`)?.focus());
      return;
    }
    const zone = visitorZone();
    const details = kind === 'callback' ? { phone: fields.phone.trim(), window: `${fields.window}${zone ? `, ${zone} time` : ''}` } : { email: fields.email.trim(), message: fields.message.trim() };
    const item: PendingRequest = {
      id: uuid(),
      kind,
      team: team.name,
      name: fields.name.trim(),
      ...details,
      ...(share && { context: { ...shared, team: team.name } }),
      at: Date.now(),
      ...(team.requestUrl && { url: team.requestUrl }),
    };
    setState('waiting');
    loadChatDelivery().then(
      (chunk) => (stop.current = chunk.sendRequest(internals, item, setState)),
      (error) => {
        internals.report('chunk-load', error);
        setState('failed');
      },
    );
  };

  if (state !== 'idle')
    return (
      <p role="status" class="note">
        {state === 'sent'
          ? kind === 'callback'
            ? `Thank you. ${team.name} will call you on ${fields.phone.trim()}.`
            : `Thank you. ${team.name} will answer you at ${fields.email.trim()}.`
          : state === 'failed'
            ? 'Sorry, your request could not be sent. Please try another way to reach us.'
            : navigator.onLine === false
              ? 'You are offline. Your request is saved on this device and will be sent as soon as you are back online.'
              : 'Sending your request…'}
      </p>
    );

  const input = (field: FieldName, label: string, extra: Record<string, unknown> = {}) => (
    <div class="field">
      <label for={id(field)}>{label}</label>
      <input
        id={id(field)}
        value={fields[field]}
        aria-invalid={problems[field] ? 'true' : undefined}
        aria-describedby={problems[field] ? `${id(field)}-error` : undefined}
        onInput={(event) => setFields({ ...fields, [field]: (event.target as HTMLInputElement).value })}
        {...extra}
      />
      {problems[field] && (
        <p class="error" id={`${id(field)}-error`}>
          {problems[field]}
        </p>
      )}
    </div>
  );

  return (
    <form
      ref={form}
      class="request"
      noValidate
      aria-label={kind === 'callback' ? `Request a callback from ${team.name}` : `Send a message to ${team.name}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {input('name', 'Your name', { autocomplete: 'name', maxLength: 100 })}
      {kind === 'callback' ? input('phone', 'Phone number', { type: 'tel', autocomplete: 'tel', maxLength: 40 }) : input('email', 'Your email', { type: 'email', autocomplete: 'email', maxLength: 254 })}
      {kind === 'callback' ? (
        <div class="field">
          <label for={id('window')}>When should we call? (your time)</label>
          <select id={id('window')} value={fields.window} onChange={(event) => setFields({ ...fields, window: (event.target as HTMLSelectElement).value })}>
            {WINDOWS.map((window) => (
              <option key={window}>{window}</option>
            ))}
          </select>
        </div>
      ) : (
        <div class="field">
          <label for={id('message')}>How can we help?</label>
          <textarea
            id={id('message')}
            rows={3}
            maxLength={4000}
            value={fields.message}
            aria-invalid={problems.message ? 'true' : undefined}
            aria-describedby={problems.message ? `${id('message')}-error` : undefined}
            onInput={(event) => setFields({ ...fields, message: (event.target as HTMLTextAreaElement).value })}
          />
          {problems.message && (
            <p class="error" id={`${id('message')}-error`}>
              {problems.message}
            </p>
          )}
        </div>
      )}
      {(shared.summary || shared.page) && (
        <div class="note">
          {shared.summary && <p>We noticed: {shared.summary}</p>}
          <p class="muted">Page: {shared.title ? `${shared.title} (${shared.page})` : shared.page}</p>
          <label>
            <input type="checkbox" checked={share} onChange={(event) => setShare((event.target as HTMLInputElement).checked)} />
            Include this with my request
          </label>
        </div>
      )}
      <div class="row">
        <button type="submit" class="action">
          {kind === 'callback' ? 'Request the callback' : 'Send the message'}
        </button>
        <button type="button" class="action secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
