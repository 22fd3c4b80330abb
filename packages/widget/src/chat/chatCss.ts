/** Styles of the chat view; adopted into the widget's shadow root when the chat chunk loads. */
export const chatCss = `
.chat{display:grid;gap:10px}
.chat h3{margin:0}
.log{display:flex;flex-direction:column;gap:8px;max-height:min(300px,40vh);overflow-y:auto;padding:2px;overscroll-behavior:contain}
.log:empty{display:none}
.msg{max-width:85%;padding:8px 12px;border-radius:var(--heed-radius);background:rgb(127 127 127/.16);align-self:flex-start}
.msg.visitor{align-self:flex-end;background:var(--heed-accent);color:var(--heed-on-accent)}
.msg.visitor a{color:inherit}
.msg p{white-space:pre-wrap;overflow-wrap:anywhere}
.msg[data-state=pending]{opacity:.8}
.msg[data-state=failed]{outline:2px solid #b91c1c}
.meta{display:block;margin-top:2px;font-size:12px;text-align:end;opacity:.85}
.note{padding:10px 12px;border:1px solid rgb(127 127 127/.4);border-radius:8px;display:grid;gap:6px}
.status:empty,.typing:empty{position:absolute}
.typing,.status{font-size:14px;color:var(--heed-muted)}
.composer{display:grid;gap:6px}
.composer label{min-height:0;font-weight:600}
.composer textarea{width:100%;min-height:44px;max-height:160px;resize:vertical;padding:8px 10px;border:1px solid rgb(127 127 127/.7);border-radius:8px;background:var(--heed-bg)}
.composer .action{justify-self:end}
input[type=checkbox]{width:18px;height:18px;accent-color:var(--heed-accent);margin:0}
`;
