import type { ExpertConfig } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RequestState } from '../chat/deliverPending.js';
import type { MessageContext } from '../chat/outbox.js';
import { loadChatDelivery } from '../loadChatDelivery.js';
import { fieldProblems, type FieldName, type RequestFields } from './formChecks.js';
import { buildRequest, Field, RequestStatus, SharedNote } from './requestParts.js';

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

/**
 * A callback request (name, phone, preferred time) or an email request (name, email, message),
 * with the signal summary shown before sending and the choice to leave it out. Errors are shown
 * under their field, tied with aria-describedby; on submit the first field in error gets focus.
 */
export function RequestForm({ internals, team, kind, shared, onCancel }: RequestFormProps) {
  const [fields, setFields] = useState<RequestFields>({ name: '', phone: '', window: WINDOWS[0]!, email: '', message: '' });
  const [problems, setProblems] = useState<Partial<Record<FieldName, string>>>({});
  const [share, setShare] = useState(true);
  const [state, setState] = useState<RequestState>();
  const form = useRef<HTMLFormElement>(null);
  const stop = useRef<() => void>();
  useEffect(() => () => stop.current?.(), []);
  const id = (field: FieldName) => `heed-${kind}-${field}`;
  const set = (field: FieldName) => (event: Event) => setFields({ ...fields, [field]: (event.target as HTMLInputElement).value });

  const submit = () => {
    const found = fieldProblems(kind, fields);
    setProblems(found);
    const first = Object.keys(found)[0] as FieldName | undefined;
    // After the render that marks the fields invalid, so the error is read with the field.
    if (first) return void requestAnimationFrame(() => form.current?.querySelector<HTMLElement>(`#${id(first)}`)?.focus());
    const item = buildRequest(team, kind, fields, share ? shared : undefined);
    setState('waiting');
    loadChatDelivery().then(
      (chunk) => (stop.current = chunk.sendRequest(internals, item, setState)),
      (error) => {
        internals.report('chunk-load', error);
        setState('failed');
      },
    );
  };

  if (state) return <RequestStatus state={state} kind={kind} team={team.name} fields={fields} />;
  const input = (field: FieldName, label: string, extra: Record<string, unknown>) => (
    <Field id={id(field)} label={label} problem={problems[field]}>
      {(aria) => <input {...aria} {...extra} value={fields[field]} onInput={set(field)} />}
    </Field>
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
        <Field id={id('window')} label="When should we call? (your time)">
          {(aria) => (
            <select {...aria} value={fields.window} onChange={set('window')}>
              {WINDOWS.map((window) => (
                <option key={window}>{window}</option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <Field id={id('message')} label="How can we help?" problem={problems.message}>
          {(aria) => <textarea {...aria} rows={3} maxLength={4000} value={fields.message} onInput={set('message')} />}
        </Field>
      )}
      <SharedNote shared={shared} share={share} onShare={setShare} />
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
