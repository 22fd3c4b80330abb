/**
 * `.panel{padding:0}`: the panel's first padding rule; it once also undid the tab's edge classes
 * (`.right`…, styles.ts), which cut its header rule short. The panel now has its own: `at-left` /
 * `at-right`, the physical side the tab is on (tabSide.ts), and `low` for a tab at the bottom.
 *
 * Styles of the panel; shipped in the lazily loaded panel chunk. Inside, sides are logical (`padding-inline`…), so Arabic and Hebrew mirror the panel's content; the safe-area insets stay physical.
 *
 * The panel's colours are defined here, not with the tab (styles.ts): heed.js carries only what the tab paints with.
 *
 * Small screens (up to 600 px wide, 400 % zoom too): the panel is a bottom sheet, full width, its
 * body scrolling inside, padded by the safe-area insets. Coarse pointers get 44 px targets (24 px
 * is the floor everywhere, WCAG 2.5.8). Forced colours drop shadows: the panel gets a border. In
 * the dark scheme the focus ring is light blue: the default accent on the dark panel is 2.2:1,
 * under the 3:1 of WCAG 1.4.11. Buttons side by side in a row start from the same 40 % basis, so
 * "Ask us" and "No thanks" are as wide as each other (their text used to set their widths).
 */
export const panelCss = `
:host{--heed-bg:#fff;--heed-fg:#111827;--heed-muted:#4b5563;color:var(--heed-fg);font:15px/1.4 var(--heed-font)}
*{box-sizing:border-box}
@media(prefers-color-scheme:dark){:host{--heed-bg:#1f2937;--heed-fg:#f9fafb;--heed-muted:#d1d5db}}
.panel{position:fixed;display:flex;flex-direction:column;width:min(360px,calc(100vw - 32px));max-height:min(640px,calc(100vh - 172px));
background:var(--heed-bg);color:var(--heed-fg);border-radius:var(--heed-radius);box-shadow:0 8px 30px rgb(0 0 0/.3);overflow:hidden;
bottom:calc(152px + env(safe-area-inset-bottom));padding:0}
.panel[hidden]{display:none}
.panel.at-right{right:max(16px,env(safe-area-inset-right))}
.panel.at-left{left:max(16px,env(safe-area-inset-left))}
.panel.low{bottom:calc(64px + env(safe-area-inset-bottom))}
.head{display:flex;align-items:center;justify-content:space-between;gap:8px;padding-block:12px;padding-inline:16px 12px;border-bottom:1px solid rgb(127 127 127/.3)}
h2{margin:0;font:700 17px/1.3 var(--heed-font)}
h3{margin:0 0 8px;font:600 15px/1.3 var(--heed-font)}
.body{padding:16px;overflow:auto;display:grid;gap:16px}
button,input,textarea,select{font:inherit;color:inherit}
.close{min-width:44px;min-height:44px;border:0;border-radius:8px;background:transparent;cursor:pointer;font-size:22px;line-height:1}
.action{min-height:44px;padding:8px 14px;border:2px solid var(--heed-accent);border-radius:8px;background:var(--heed-accent);color:var(--heed-on-accent);font-weight:600;cursor:pointer}
.action.secondary{background:transparent;color:var(--heed-fg)}
button:focus-visible,a:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid var(--heed-ring,var(--heed-accent));outline-offset:2px}
fieldset{margin:0;padding:12px;border:1px solid rgb(127 127 127/.4);border-radius:8px}
legend{padding:0 4px;font-weight:600}
label{display:flex;gap:8px;align-items:center;min-height:32px;cursor:pointer}
input[type=radio]{width:18px;height:18px;accent-color:var(--heed-accent);margin:0}
a{color:var(--heed-accent)}
@media (prefers-color-scheme:dark){a{color:#93c5fd}.panel,.offer{--heed-ring:#93c5fd}}
ul{margin:0;padding-inline-start:20px;display:grid;gap:6px}
p{margin:0}
.teams,.team,.request{display:grid;gap:10px}
.team{padding:12px;border:1px solid rgb(127 127 127/.4);border-radius:8px}
a.action{display:inline-flex;align-items:center;text-decoration:none}
summary{min-height:32px;cursor:pointer;font-weight:600}
.field{display:grid;gap:4px}
.field label{min-height:0}
.field input,.field textarea,.field select{min-height:40px;padding:6px 8px;border:1px solid var(--heed-muted);border-radius:6px;background:var(--heed-bg)}
.field [aria-invalid=true]{border:2px solid #b91c1c}
.error{color:#b91c1c;font-weight:600}
@media (prefers-color-scheme:dark){.error{color:#fca5a5}.field [aria-invalid=true]{border-color:#fca5a5}}
.note{padding:10px;border-radius:8px;background:rgb(127 127 127/.12);display:grid;gap:6px}
.muted{color:var(--heed-muted)}
.row{display:flex;flex-wrap:wrap;gap:8px}
.row>.action{flex:1 1 40%}
.choices{display:grid;gap:8px}
.offer{position:fixed;top:0;left:0;visibility:hidden;width:min(360px,calc(100vw - 16px));padding:12px 14px;display:grid;gap:8px;
background:var(--heed-bg);color:var(--heed-fg);border-radius:var(--heed-radius);box-shadow:0 6px 24px rgb(0 0 0/.28);border:1px solid rgb(127 127 127/.3)}
.offer-title{font-weight:700;font-size:16px}
.offer-article a{display:inline-block;padding:2px 0;font-weight:600}
.articles{display:grid;gap:8px}
.articles label{min-height:0;font-weight:600}
.articles input{min-height:44px;padding:8px 10px;border:1px solid var(--heed-muted);border-radius:8px;background:var(--heed-bg)}
.articles li a{display:inline-block;padding:2px 0}
@media (max-width:600px){.panel[role]{inset:auto 0 0;width:auto;max-height:calc(100% - 48px);border-radius:var(--heed-radius) var(--heed-radius) 0 0;padding:0 env(safe-area-inset-right) env(safe-area-inset-bottom) env(safe-area-inset-left)}}
@media (pointer:coarse){label,summary,.field input,.field select{min-height:44px}.articles li a{padding:12px 0}}
@media (forced-colors:active){.panel{border:1px solid}}
@media (prefers-reduced-motion:no-preference){.panel,.offer{animation:heed-in .15s ease-out}@keyframes heed-in{from{opacity:0;transform:translateY(8px)}}}
`;
