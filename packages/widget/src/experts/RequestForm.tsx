import type { ExpertConfig } from '@heed/core';
import type { HeedInternals } from '@heed/core/internal';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RequestState } from '../chat/deliverPending.js';
import type { MessageContext } from '../chat/outbox.js';
import { loadChatDelivery } from '../loadChatDelivery.js';
import { fieldProblems, type FieldName, type RequestFields } from './formChecks.js';
import { buildRequest, Field, RequestStatus, SharedNote } from './requestParts.js';
import { useSay } from '../i18n/context.js';
import type { Say } from '../i18n/say.js';

export interface RequestFormProps {
  internals: HeedInternals;
  team: ExpertConfig;
  kind: 'callback' | 'email';
  /** What Heed noticed, as the visitor is shown it; sent only if they keep the box ticked. */
  shared: MessageContext;
  onCancel(): void;
}

/**
 * Preferred times, on the visitor's own clock (their time zone goes with the request), the hours
 * written the locale's way ("09:00–12:00 Uhr", "12:00–17:00"). Heed's English keeps its 24-hour
 * windows wherever the visitor is, as en-GB writes them (an agent reads them too).
 */
const windows = (say: Say): string[] => {
  const hours = new Intl.DateTimeFormat(say.lang === 'en' ? 'en-GB' : say.tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const range = (from: number, to: number) => hours.formatRange(Date.UTC(2000, 0, 1, from), Date.UTC(2000, 0, 1, to));
  return [say('anyTime'), say('morning', { range: range(9, 12) }), say('afternoon', { range: range(12, 17) }), say('evening', { range: range(17, 20) })];
};

/**
 * A callback request (name, phone, preferred time) or an email request (name, email, message),
 * with the signal summary shown before sending and the choice to leave it out. Errors are shown
 * under their field, tied with aria-describedby; on submit the first field in error gets focus.
 */
export function RequestForm({ internals, team, kind, shared, onCancel }: RequestFormProps) {
  const say = useSay();
  const WINDOWS = windows(say);
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
    const found = fieldProblems(kind, fields, say);
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
      aria-label={say(kind === 'callback' ? 'callbackFrom' : 'messageTo', { team: team.name })}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {input('name', say('yourName'), { autocomplete: 'name', maxLength: 100 })}
      {kind === 'callback' ? input('phone', say('phone'), { type: 'tel', autocomplete: 'tel', maxLength: 40 }) : input('email', say('yourEmail'), { type: 'email', autocomplete: 'email', maxLength: 254 })}
      {kind === 'callback' ? (
        <Field id={id('window')} label={say('whenCall')}>
          {(aria) => (
            <select {...aria} value={fields.window} onChange={set('window')}>
              {WINDOWS.map((window) => (
                <option key={window}>{window}</option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <Field id={id('message')} label={say('howHelp')} problem={problems.message}>
          {(aria) => <textarea {...aria} rows={3} maxLength={4000} value={fields.message} onInput={set('message')} />}
        </Field>
      )}
      <SharedNote shared={shared} share={share} onShare={setShare} />
      <div class="row">
        <button type="submit" class="action">
          {say(kind === 'callback' ? 'sendCallback' : 'sendTheMessage')}
        </button>
        <button type="button" class="action secondary" onClick={onCancel}>
          {say('cancel')}
        </button>
      </div>
    </form>
  );
}
