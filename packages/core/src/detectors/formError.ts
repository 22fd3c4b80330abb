import { defineDetector } from './defineDetector.js';
import { elementName } from './shared/elementName.js';

/** One attempt: the fields rejected within 400 ms, and the form submitted, if any. */
interface Attempt {
  fields: Set<Element>;
  form?: HTMLFormElement | null;
}

/**
 * form-error: the same field rejected `sameField` times (default 2) — a native `invalid` event, or
 * `aria-invalid="true"` after the visitor edits and leaves the field or submits — or
 * `failedSubmits` failed submits of one form. Rejections within 400 ms are one attempt, which emits
 * at most one signal. Field values are never read.
 */
export const formError = defineDetector({
  name: 'form-error',
  start({ config, listen, later, emit }) {
    const { sameField, failedSubmits } = config.signals.formError;
    const counts = new Map<string, number>();
    const edited = new WeakSet<EventTarget>();
    let attempt: Attempt | undefined;
    const bump = (key: string) => {
      const count = (counts.get(key) || 0) + 1;
      counts.set(key, count);
      return count;
    };

    const reject = (field: Element, form?: HTMLFormElement | null) => {
      if (!attempt) {
        // Its form is set below, as for every later rejection of the attempt.
        const current: Attempt = (attempt = { fields: new Set<Element>() });
        later(() => {
          attempt = undefined;
          let worst = 0;
          let field: Element | undefined;
          for (const el of current.fields) {
            const count = bump((el as HTMLInputElement).name || el.id || elementName(el));
            // Ties go to the field the visitor last edited: the one they are struggling with.
            if (count > worst || (count === worst && el === lastEdited)) {
              worst = count;
              field = el;
            }
          }
          const submits = current.form ? bump('\0' + (current.form.id || current.form.action)) : 0;
          if (worst >= sameField || submits >= failedSubmits) emit('form-error', { field: field && elementName(field), rejections: worst, failedSubmits: submits }, { anchor: field });
          // One attempt spans the submit, the browser's `invalid` events and the page's own marking 300 ms later.
        }, 400);
      }
      attempt.fields.add(field);
      attempt.form ||= form;
    };

    // Live validation (checkValidity() on each keystroke) fires `invalid` while an `input` event is dispatched: not a rejection.
    let input: Event | undefined;
    listen(document, 'input', (event) => (input = event));
    listen(document, 'invalid', (event) => input?.eventPhase || reject(event.target as Element, (event.target as HTMLInputElement).form));
    let lastEdited: EventTarget | undefined;
    listen(document, 'change', (event) => edited.add((lastEdited = event.target!)));
    // Inline validation sets aria-invalid after an edited field loses focus; look once the page has reacted.
    listen(document, 'focusout', (event) => {
      const field = event.target as Element;
      if (edited.delete(field)) later(() => field.matches('[aria-invalid=true]') && reject(field), 100);
    });
    listen(document, 'submit', (event) => {
      const form = event.target as HTMLFormElement;
      later(() => form.querySelectorAll('[aria-invalid=true]').forEach((field) => reject(field, form)), 300);
    });
  },
});
