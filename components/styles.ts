/** The overlay's stylesheet, injected into its shadow root so host CSS cannot reach it. */
export const OVERLAY_CSS = `
:host { all: initial; }
.pc-root { --pc-block: #d93025; --pc-warn: #e37400; --pc-tip: #1a73e8; --pc-praise: #188038;
  --pc-bg: #fff; --pc-fg: #202124; --pc-muted: #5f6368; --pc-border: #dadce0;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--pc-fg); }
.pc-root[data-theme="dark"] { --pc-block: #f28b82; --pc-warn: #fdd663; --pc-tip: #8ab4f8; --pc-praise: #81c995;
  --pc-bg: #202124; --pc-fg: #e8eaed; --pc-muted: #9aa0a6; --pc-border: #5f6368; }
.pc-underlines { position: fixed; inset: 0; pointer-events: none; }
.pc-underline { position: fixed; pointer-events: none; border-bottom: 2px solid; box-sizing: border-box; }
.pc-underline.pc-block { border-color: var(--pc-block); background: color-mix(in srgb, var(--pc-block) 12%, transparent); }
.pc-underline.pc-warn { border-color: var(--pc-warn); }
.pc-underline.pc-tip { border-bottom-style: dotted; border-color: var(--pc-tip); }
.pc-underline.pc-praise { border-bottom-style: dashed; border-color: var(--pc-praise); }
.pc-pill { position: fixed; transform: translate(-100%, -100%); display: inline-flex; gap: 4px; align-items: center;
  padding: 2px 8px; border-radius: 999px; border: 1px solid var(--pc-border); background: var(--pc-bg); color: var(--pc-fg);
  font: 600 12px/18px system-ui, sans-serif; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.2); }
.pc-pill.pc-beside { transform: translate(0, -100%); }
.pc-pill:focus-visible, .pc-card button:focus-visible, .pc-dialog button:focus-visible { outline: 2px solid var(--pc-tip); outline-offset: 2px; }
.pc-count { min-width: 16px; text-align: center; border-radius: 8px; color: #fff; padding: 0 4px; }
.pc-count.pc-block { background: var(--pc-block); } .pc-count.pc-warn { background: var(--pc-warn); color: #202124; }
.pc-count.pc-tip { background: var(--pc-tip); } .pc-count.pc-praise { background: var(--pc-praise); }
.pc-root[data-theme="dark"] .pc-count { color: #202124; }
.pc-ok { color: var(--pc-praise); } .pc-length { color: var(--pc-muted); font-weight: 400; } .pc-over { color: var(--pc-block); font-weight: 700; }
.pc-card { position: fixed; width: 320px; max-width: calc(100vw - 16px); background: var(--pc-bg); color: var(--pc-fg);
  border: 1px solid var(--pc-border); border-left: 4px solid var(--pc-tip); border-radius: 8px; padding: 10px 12px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); z-index: 2; }
.pc-card.pc-block { border-left-color: var(--pc-block); } .pc-card.pc-warn { border-left-color: var(--pc-warn); }
.pc-card.pc-praise { border-left-color: var(--pc-praise); }
.pc-card-head { display: flex; align-items: center; gap: 8px; }
.pc-position { color: var(--pc-muted); font-size: 12px; flex: 1; }
.pc-close { margin-left: auto; border: 0; background: none; color: var(--pc-muted); font-size: 18px; cursor: pointer; }
.pc-badge { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.pc-badge.pc-block { color: var(--pc-block); } .pc-badge.pc-warn { color: var(--pc-warn); }
.pc-badge.pc-tip { color: var(--pc-tip); } .pc-badge.pc-praise { color: var(--pc-praise); }
.pc-message { margin: 6px 0 4px; font-weight: 600; } .pc-why { margin: 0 0 4px; color: var(--pc-muted); }
.pc-policy { margin: 0 0 6px; font-size: 12px; } .pc-policy a { color: var(--pc-tip); }
.pc-refused { color: var(--pc-block); margin: 4px 0; }
.pc-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.pc-actions button, .pc-findings .pc-fix { border: 1px solid var(--pc-border); background: var(--pc-bg); color: var(--pc-fg);
  border-radius: 999px; padding: 3px 10px; font: inherit; font-size: 13px; cursor: pointer; }
.pc-actions .pc-fix, .pc-findings .pc-fix, .pc-post-anyway:not([disabled]) { background: var(--pc-tip); border-color: var(--pc-tip); color: #fff; }
.pc-root[data-theme="dark"] .pc-fix { color: #202124; }
.pc-actions button[disabled] { opacity: .5; cursor: not-allowed; }
.pc-backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center; justify-content: center; z-index: 3; }
.pc-dialog { background: var(--pc-bg); color: var(--pc-fg); border-radius: 12px; padding: 20px 24px; width: 480px; max-width: calc(100vw - 32px);
  max-height: calc(100vh - 64px); overflow: auto; box-shadow: 0 8px 32px rgba(0,0,0,.35); }
.pc-dialog h2 { margin: 0 0 8px; font-size: 18px; }
.pc-findings { list-style: none; padding: 0; margin: 12px 0; display: grid; gap: 8px; }
.pc-findings li { border-left: 4px solid var(--pc-tip); padding: 4px 8px; }
.pc-findings li.pc-block { border-left-color: var(--pc-block); } .pc-findings li.pc-warn { border-left-color: var(--pc-warn); }
.pc-findings .pc-badge { margin-right: 6px; } .pc-excerpt { font-style: italic; }
.pc-findings .pc-fix { margin-left: 6px; }
.pc-ack { display: flex; gap: 8px; align-items: flex-start; margin: 8px 0; }
`;
