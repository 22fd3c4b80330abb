import type { ExpertConfig } from '@heed/core';
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { RequestState } from '../chat/deliverPending.js';
import type { MessageContext } from '../chat/outbox.js';
import type { PendingRequest } from '../chat/requestTypes.js';
import type { RequestFields } from './formChecks.js';
import { useSay } from '../i18n/context.js';

export interface FieldProps {
  id: string;
  label: string;
  /** The problem to show under the field, tied to it with aria-describedby. */
  problem?: string;
  children(aria: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string }): JSX.Element;
}

/** A labelled field with its inline error. */
export function Field({ id, label, problem, children }: FieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({ id, ...(problem && { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` }) })}
      {problem && (
        <p class="error" id={`${id}-error`}>
          {problem}
        </p>
      )}
    </div>
  );
}

/** What Heed noticed and the page, as the visitor is shown it, with the choice to leave it out. */
export function SharedNote({ shared, share, onShare }: { shared: MessageContext; share: boolean; onShare(share: boolean): void }) {
  const say = useSay();
  if (!shared.summary && !shared.page) return null;
  return (
    <div class="note">
      {shared.summary && <p>{say('noticed', { summary: shared.summary })}</p>}
      <p class="muted">{say('pageShown', { page: shared.title ? say('pageTitled', { title: shared.title, page: shared.page }) : shared.page })}</p>
      <label>
        <input type="checkbox" checked={share} onChange={(event) => onShare((event.target as HTMLInputElement).checked)} />
        {say('includeThis')}
      </label>
    </div>
  );
}

/** Where the request stands, in words for the visitor. */
export function RequestStatus({ state, kind, team, fields }: { state: RequestState; kind: 'callback' | 'email'; team: string; fields: RequestFields }) {
  const say = useSay();
  const text =
    state === 'sent'
      ? kind === 'callback'
        ? say('willCall', { team, phone: fields.phone.trim() })
        : say('willAnswer', { team, email: fields.email.trim() })
      : say(state === 'failed' ? 'requestFailed' : navigator.onLine === false ? 'requestOffline' : 'requestSending');
  const note = useRef<HTMLParagraphElement>(null);
  // The form and its focused button just went: focus the outcome, so a keyboard visitor is not left at the page's start.
  useEffect(() => void (note.current && !(note.current.getRootNode() as ShadowRoot).activeElement && note.current.focus()), []);
  return (
    <p role="status" class="note" tabIndex={-1} ref={note}>
      {text}
    </p>
  );
}

const uuid = () => crypto.randomUUID?.() ?? Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
const visitorZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

/** The request as it goes into the outbox: a fresh client id, the fields of its kind, the shared context if kept. */
export function buildRequest(team: ExpertConfig, kind: 'callback' | 'email', fields: RequestFields, shared: MessageContext | undefined): PendingRequest {
  const zone = visitorZone();
  const details = kind === 'callback' ? { phone: fields.phone.trim(), window: `${fields.window}${zone ? `, ${zone} time` : ''}` } : { email: fields.email.trim(), message: fields.message.trim() };
  return {
    id: uuid(),
    kind,
    team: team.name,
    name: fields.name.trim(),
    ...details,
    ...(shared && { context: { ...shared, team: team.name } }),
    at: Date.now(),
    ...(team.requestUrl && { url: team.requestUrl }),
  };
}
