// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { formError } from '../../src/detectors/formError';
import { $, html, start, tick, useDetectorHarness } from './harness';

useDetectorHarness();

const SECRET = 'hunter2-4111111111111111';

/** A form the browser validates: required fields, no `novalidate`. */
const NATIVE = `
  <form id="f" action="/signup">
    <label for="email">Email</label><input id="email" name="email" type="email" required>
    <label for="name">Full name</label><input id="name" name="name" required>
    <label for="zip">Postcode</label><input id="zip" name="zip" required>
    <button>Create account</button>
  </form>`;

/** The visitor presses "Create account": the browser validates, firing `invalid` on each bad field. */
async function attempt() {
  $<HTMLFormElement>('#f').requestSubmit();
  await tick(450); // one attempt lasts 400 ms
}

/** A form the site validates itself: on submit it marks bad fields with aria-invalid. */
function siteValidated(isBad: (field: HTMLInputElement) => boolean) {
  html(`
    <form id="f" action="/checkout" novalidate>
      <label for="card">Card number</label><input id="card" name="card">
      <label for="expiry">Expiry</label><input id="expiry" name="expiry">
      <button>Pay</button>
    </form>`);
  $('#f').addEventListener('submit', (event) => {
    event.preventDefault();
    for (const field of $('#f').querySelectorAll('input')) field.setAttribute('aria-invalid', String(isBad(field)));
  });
}
const submit = async () => {
  $('#f').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await tick(750); // the site marks fields at once; Heed looks 300 ms later; the attempt lasts 400 ms
};

describe('form-error', () => {
  it('the same field rejected on two attempts: one signal naming it; a third attempt: another', async () => {
    html(NATIVE);
    $<HTMLInputElement>('#name').value = 'Ada';
    $<HTMLInputElement>('#zip').value = 'HX7 1AB';
    const { signals } = await start(formError);
    await attempt();
    expect(signals).toHaveLength(0);
    await attempt();
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ type: 'form-error', weight: 2, detail: { field: 'Email', rejections: 2 } });
    await attempt();
    expect(signals).toHaveLength(2);
    expect(signals[1].detail).toMatchObject({ field: 'Email', rejections: 3 });
  });

  it('one attempt with three invalid fields counts each field once and makes no signal', async () => {
    html(NATIVE.replace('<form id="f" action="/signup">', '<div id="f">').replace('</form>', '</div>'));
    const { signals } = await start(formError);
    // Fields outside a form, validated by the site's script: one task, three fields, one of them twice.
    for (const id of ['email', 'name', 'zip', 'email']) $<HTMLInputElement>('#' + id).checkValidity();
    await tick(450);
    expect(signals).toHaveLength(0);
    // A second rejection of one field is its second, not its third.
    $<HTMLInputElement>('#zip').checkValidity();
    await tick(450);
    expect(signals).toHaveLength(1);
    expect(signals[0].detail).toMatchObject({ field: 'Postcode', rejections: 2, failedSubmits: 0 });
  });

  it('one failed submit of a form is not a signal', async () => {
    html(NATIVE);
    const { signals } = await start(formError);
    await attempt();
    await tick(60_000);
    expect(signals).toHaveLength(0);
  });

  it('two failed submits of a site-validated (aria-invalid) form: a signal, even with different fields', async () => {
    let round = 0;
    siteValidated((field) => (round === 1 ? field.name === 'card' : field.name === 'expiry'));
    const { signals } = await start(formError);
    round = 1;
    await submit();
    expect(signals).toHaveLength(0);
    round = 2;
    await submit();
    expect(signals).toHaveLength(1);
    expect(signals[0].detail).toMatchObject({ failedSubmits: 2, rejections: 1 });
  });

  it('submits that the site accepts (no aria-invalid) are not failures', async () => {
    siteValidated(() => false);
    const { signals } = await start(formError);
    await submit();
    await submit();
    await submit();
    expect(signals).toHaveLength(0);
  });

  it('inline validation: a field marked aria-invalid after each edit, twice, is a signal', async () => {
    html('<form id="f"><label for="phone">Phone</label><input id="phone" name="phone"><input id="next" name="next"></form>');
    const phone = $<HTMLInputElement>('#phone');
    // The site validates on blur.
    phone.addEventListener('blur', () => phone.setAttribute('aria-invalid', String(!/^\+?\d{6,}$/.test(phone.value))));
    const { signals } = await start(formError);
    for (const value of ['12ab', '12-34']) {
      phone.focus();
      phone.value = value;
      phone.dispatchEvent(new Event('change', { bubbles: true }));
      $('#next').focus();
      await tick(550);
    }
    expect(signals).toHaveLength(1);
    expect(signals[0].detail).toMatchObject({ field: 'Phone', rejections: 2 });
  });

  it('leaving a field the visitor did not edit does not count, even if it is marked invalid', async () => {
    html('<form id="f"><label for="phone">Phone</label><input id="phone" name="phone" aria-invalid="true"><input id="next"></form>');
    const { signals } = await start(formError);
    for (let i = 0; i < 3; i++) {
      $('#phone').focus();
      $('#next').focus();
      await tick(550);
    }
    expect(signals).toHaveLength(0);
  });

  it('field values never appear in a signal, whatever the field', async () => {
    html(`
      <form id="f" action="/signup">
        <input id="a" name="password" type="password" pattern="x" required>
        <input id="b" pattern="x" required>
        <textarea id="c" required minlength="500"></textarea>
      </form>
      <div id="d" role="textbox" contenteditable="true" aria-label=""></div>
      <div id="e" contenteditable="true"><p id="e-p"></p></div>`);
    for (const id of ['a', 'b', 'c']) $<HTMLInputElement>('#' + id).value = SECRET;
    $('#d').textContent = SECRET;
    $('#e-p').textContent = SECRET;
    const { signals } = await start(formError);
    await attempt();
    await attempt();
    // A rich-text field the site marks invalid after the visitor edits it.
    for (const id of ['d', 'e-p', 'd', 'e-p']) {
      const field = $('#' + id);
      field.setAttribute('aria-invalid', 'true');
      field.dispatchEvent(new Event('change', { bubbles: true }));
      field.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      await tick(550);
    }
    expect(signals.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(signals)).not.toContain('hunter2');
  });

  it('live validation while typing (checkValidity() on every input) is not a rejection', async () => {
    html(NATIVE);
    const form = $<HTMLFormElement>('#f');
    const button = $<HTMLButtonElement>('#f button');
    // A common pattern: the site enables its button only while the whole form is valid.
    form.addEventListener('input', () => (button.disabled = !form.checkValidity()));
    const { signals } = await start(formError);
    const email = $<HTMLInputElement>('#email');
    for (const letter of 'ada@') {
      email.dispatchEvent(new KeyboardEvent('keydown', { key: letter, bubbles: true }));
      email.value += letter;
      email.dispatchEvent(new Event('input', { bubbles: true }));
      await tick(550);
    }
    expect(signals).toHaveLength(0);
    // Pressing the button (the browser validating on submit) still counts, twice → a signal.
    await attempt();
    await attempt();
    expect(signals).toHaveLength(1);
  });
});
