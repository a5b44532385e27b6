/*
 * The report's one stylesheet, written into the file (a report must open anywhere, offline).
 * Light on purpose, whatever the app's theme: it is for reading and printing. System fonts only.
 * Print: A4 with margins, each ICP from a new page, cards and rows not split across pages.
 */
export const REPORT_STYLES = `
:root {
  --text: #1c2330; --muted: #5b6576; --faint: #8a93a3; --border: #dde2ea; --surface: #f6f8fb; --accent: #2f5bd3;
  --green: #1d7a45; --green-bg: #e5f5ec; --amber: #8a5a00; --amber-bg: #fdf1d8; --red: #b42331; --red-bg: #fde8ea;
  --gray: #4b5563; --gray-bg: #eef0f4;
  --mono: ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { background: #fff; }
body { margin: 0 auto; max-width: 860px; padding: 40px 32px 64px; color: var(--text); background: #fff;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1, h2, h3, h4, p, dl, dd, ul { margin: 0; padding: 0; }
ul { list-style: none; }
code, pre { font-family: var(--mono); font-size: 12px; }
pre { white-space: pre-wrap; word-break: break-word; background: var(--surface); border: 1px solid var(--border);
  border-radius: 6px; padding: 8px 10px; margin: 4px 0 0; }
a { color: var(--accent); text-decoration: none; }
.cover { padding-bottom: 24px; }
.eyebrow { color: var(--accent); font-weight: 600; letter-spacing: .08em; text-transform: uppercase; font-size: 12px; }
.cover h1 { font-size: 30px; line-height: 1.2; margin: 6px 0 18px; }
.cover-meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin-bottom: 24px; }
.cover-meta div { display: contents; }
.cover-meta dt { color: var(--muted); }
.counts { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 10px; margin-bottom: 32px; }
.count { border: 1px solid var(--border); border-radius: 8px; padding: 10px 12px; background: var(--surface); }
.count-value { display: block; font-size: 22px; font-weight: 650; line-height: 1.2; }
.count-label { color: var(--muted); font-size: 12px; }
.count.tone-red .count-value { color: var(--red); }
.count.tone-amber .count-value { color: var(--amber); }
.contents-title { font-size: 16px; margin-bottom: 8px; }
.contents { width: 100%; border-collapse: collapse; font-size: 13px; }
.contents th { text-align: left; color: var(--muted); font-weight: 600; font-size: 12px; border-bottom: 1px solid var(--border); padding: 6px 8px; }
.contents td { border-bottom: 1px solid var(--border); padding: 6px 8px; vertical-align: top; }
.contents tr { break-inside: avoid; }
.nowrap { white-space: nowrap; }
.num { color: var(--faint); text-align: right; width: 2.5em; }
.icp { padding-top: 36px; margin-top: 36px; border-top: 2px solid var(--border); }
.icp-header { margin-bottom: 20px; }
.icp-name { font-size: 22px; line-height: 1.25; }
.description { color: var(--muted); margin-top: 4px; }
.description.is-empty, .placeholder { color: var(--faint); font-style: italic; }
.badges { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 10px 0 14px; }
.icp-id { color: var(--muted); }
.facts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px 16px; border: 1px solid var(--border);
  border-radius: 8px; padding: 12px 14px; }
.fact dt { color: var(--muted); font-size: 12px; }
.fact-wide { grid-column: 1 / -1; }
.exact { color: var(--muted); font-size: 12px; }
.section { margin-top: 22px; }
.section-head { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
.section-head h3 { font-size: 15px; }
.pill { background: var(--gray-bg); color: var(--gray); border-radius: 999px; padding: 0 8px; font-size: 12px; font-weight: 600; }
.section-empty, .card-empty { color: var(--muted); }
.section-note { color: var(--muted); font-size: 12px; margin-bottom: 8px; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 12px 14px; margin-bottom: 10px; break-inside: avoid; }
.card-unknown { border-style: dashed; }
.card-grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 10px; }
.card-grid .card { margin-bottom: 0; }
.card-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; margin-bottom: 8px; }
.card-head h4 { font-size: 14px; }
.card-subtitle { color: var(--muted); font-size: 12px; }
.card-note { color: var(--muted); font-size: 12px; }
.card-extra-title { color: var(--muted); font-size: 12px; font-weight: 600; margin: 10px 0 4px; }
.rows { display: grid; grid-template-columns: minmax(110px, max-content) 1fr; gap: 6px 14px; }
.row { display: contents; }
.row dt { color: var(--muted); font-size: 13px; }
.row dd { min-width: 0; overflow-wrap: anywhere; }
.rows .rows { border-left: 2px solid var(--border); padding-left: 10px; }
.chips { display: inline-flex; flex-wrap: wrap; gap: 4px; }
.chip { display: inline-block; background: var(--surface); border: 1px solid var(--border); border-radius: 4px; padding: 0 6px; font-size: 13px; }
.chip.mono { font-family: var(--mono); font-size: 12px; }
.range { display: inline-block; background: #e8eefc; color: #24439b; border-radius: 4px; padding: 0 6px; font-weight: 600; font-size: 13px; }
.badge { display: inline-flex; align-items: center; gap: 5px; border-radius: 999px; padding: 1px 8px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.dot { width: 6px; height: 6px; border-radius: 50%; background: currentColor; }
.tone-green { color: var(--green); background: var(--green-bg); }
.tone-amber { color: var(--amber); background: var(--amber-bg); }
.tone-red { color: var(--red); background: var(--red-bg); }
.tone-gray { color: var(--gray); background: var(--gray-bg); }
.conditions { border: 1px solid var(--border); border-radius: 6px; }
.condition { display: grid; grid-template-columns: 44px minmax(0, 2fr) minmax(0, 1fr) minmax(0, 3fr); align-items: center; gap: 10px;
  padding: 6px 10px; border-top: 1px solid var(--border); }
.condition:first-child { border-top: none; }
.condition.is-excluded { background: #fff6f7; }
.condition-mode { color: var(--muted); font-size: 13px; }
.condition-extra { grid-column: 2 / -1; }
.findings li { display: flex; align-items: baseline; gap: 8px; padding: 5px 0; border-top: 1px solid var(--border); break-inside: avoid; }
.findings li:first-child { border-top: none; }
.findings .badge { flex: none; min-width: 76px; justify-content: center; }
.finding-text { min-width: 0; overflow-wrap: anywhere; }
.finding-field { color: var(--muted); font-size: 12px; white-space: nowrap; }
.finding-field::before { content: "\u2014\u00a0"; }
.change-list li { padding: 3px 0; break-inside: avoid; }
.change-list { list-style: disc; padding-left: 20px; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 12px; }
  .icp { break-before: page; border-top: none; margin-top: 0; padding-top: 0; }
  .section-head, .card-head { break-after: avoid; }
  a { color: inherit; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
