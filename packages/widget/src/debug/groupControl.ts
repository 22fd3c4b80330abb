import type { Heed } from '@heed/core';
import { DRAW_KEY, type HeedInternals } from '@heed/core/internal';

/**
 * The visitor's group in the debug overlay (README, "Measuring lift"), with a button that forces
 * the other one on this device for testing while `policy.holdout` is above 0: it writes the draw that puts the device in that group
 * at any `policy.holdout` (-1 holdout, 1 heed) and reloads, since events already sent carry the old
 * group. Delete `heed-draw` from localStorage to draw again.
 */
export function groupControl(heed: Heed, internals: HeedInternals, make: (tag: 'div' | 'button', text?: string) => HTMLElement): { box: HTMLElement; draw(): void } {
  const box = make('div');
  const label = make('div');
  const button = make('button');
  box.append(button, label);
  const draw = () => {
    const { group } = heed.state();
    const { holdout } = internals.config().policy;
    label.textContent = `group ${group} (policy.holdout ${holdout}${holdout ? '' : ': no experiment, everyone is heed'})`;
    button.textContent = group === 'holdout' ? 'Test as heed' : 'Test as holdout';
    // The draw is read only while a holdout runs (lift/deviceGroup.ts): without one there is nothing to force.
    (button as HTMLButtonElement).disabled = !holdout;
  };
  button.onclick = () => {
    try {
      localStorage.setItem(DRAW_KEY, heed.state().group === 'holdout' ? '1' : '-1');
      location.reload();
    } catch (error) {
      internals.report('debug', error);
    }
  };
  return { box, draw };
}
