/** The report's stylesheet, inlined into its `<style>`: system fonts (CJK ones named for each platform), no external resources. */
export const CSS = `
:root { --ink: #1d2733; --muted: #5d6b7a; --line: #e3e7ec; --bg: #f4f6f8; --card: #fff; --accent: #2f6ea5; --alert: #b3322c; --good: #2e7d4f; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; }
main { max-width: 1240px; margin: 0 auto; padding: 28px 20px 40px; }
header h1 { margin: 0; font-size: 26px; }
header .sub { margin: 4px 0 20px; color: var(--muted); }
h2 { font-size: 18px; margin: 0 0 4px; }
h3 { font-size: 15px; margin: 20px 0 8px; }
.zh { color: var(--muted); font-weight: normal; }
h2 .zh { font-size: 16px; margin-left: 6px; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 20px 22px; margin: 0 0 20px; }
section.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; background: none; border: none; padding: 0; }
section.two { display: grid; grid-template-columns: 1fr 1fr; gap: 32px; }
.card { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 8px; padding: 12px 14px; }
.card.alert { border-left-color: var(--alert); }
.card.good { border-left-color: var(--good); }
.card-label { color: var(--muted); font-size: 12.5px; }
.card-value { font-size: 23px; font-weight: 650; font-variant-numeric: tabular-nums; margin: 2px 0; white-space: nowrap; }
.card.alert .card-value { color: var(--alert); }
.card-note { color: var(--muted); font-size: 12px; }
.lead { color: var(--muted); margin: 0 0 12px; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 4px 0 12px; font-family: inherit; }
svg .grid { stroke: #e6e9ee; stroke-width: 1; }
svg .axis { stroke: #8a96a3; stroke-width: 1; }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .axis-label { font-size: 12px; fill: var(--muted); }
svg .cat { font-size: 13px; font-weight: 600; fill: var(--ink); }
svg .cat-sub { font-size: 11.5px; fill: var(--alert); }
svg .seg-value { font-size: 11px; font-variant-numeric: tabular-nums; }
svg .bar-total { font-size: 12px; font-weight: 650; fill: var(--ink); font-variant-numeric: tabular-nums; }
svg .legend text { fill: var(--ink); }
#collection-chart .bar { fill: var(--accent); }
#collection-chart .bar.below-target { fill: #e0913a; }
#collection-chart .cat-sub { fill: var(--muted); }
svg .target { stroke: var(--alert); stroke-width: 1.5; stroke-dasharray: 6 4; }
svg .target-label { font-size: 12px; fill: var(--alert); }
.table-wrap { overflow-x: auto; }
table.data { border-collapse: collapse; width: 100%; font-size: 13px; }
table.data th, table.data td { padding: 6px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
table.data thead th { background: #f0f3f6; font-weight: 600; font-size: 12.5px; vertical-align: bottom; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data tfoot th, table.data tfoot td, table.data tr.total > * { font-weight: 650; border-top: 2px solid #c9d0d8; }
table.data tbody th { font-weight: 600; white-space: nowrap; }
table.data.compact { font-size: 12px; }
table.data.compact th, table.data.compact td { padding: 6px 5px; }
.nowrap, .name { white-space: nowrap; }
tr.group th { background: #f7f8fa; color: var(--accent); font-weight: 650; padding-top: 10px; }
tr.group .count { display: inline-block; min-width: 20px; padding: 0 6px; border-radius: 10px; background: var(--accent); color: #fff; font-size: 11px; text-align: center; margin-left: 4px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; }
.step { font-weight: 600; }
.step.sanction { color: var(--alert); }
.chip { display: inline-block; padding: 0 6px; margin: 1px 0; border-radius: 9px; background: #fbe9e7; color: #8c2a22; font-size: 11.5px; white-space: nowrap; }
td.items { color: var(--muted); font-size: 12px; }
.note { color: var(--muted); font-size: 12.5px; }
.grade { display: inline-block; min-width: 38px; padding: 1px 6px; border-radius: 4px; background: #eef3f8; color: var(--accent); text-align: center; }
td.bar-cell { width: 26%; }
.hbar-row { display: flex; align-items: center; }
.hbar { display: block; flex: none; height: 12px; background: var(--accent); border-radius: 2px; vertical-align: middle; opacity: .75; }
.hbar-label { margin-left: 6px; font-variant-numeric: tabular-nums; }
ul.rerated { margin: 12px 0 0; padding-left: 18px; color: var(--muted); font-size: 12.5px; }
ul.rerated strong { color: var(--ink); }
.up { color: var(--good); } .down { color: var(--alert); }
ul.reasons { margin: 4px 0 0; padding-left: 16px; color: var(--muted); font-size: 12px; }
.decision { display: inline-block; padding: 1px 8px; border-radius: 4px; font-weight: 600; white-space: nowrap; }
.decision.approve { background: #e3f3e8; color: var(--good); }
.decision.review { background: #fdf1dc; color: #8a5a00; }
.decision.block { background: #fbe3e1; color: var(--alert); }
.pass { color: var(--good); font-weight: 600; } .fail { color: var(--alert); font-weight: 600; }
details summary { cursor: pointer; color: var(--accent); margin: 4px 0 8px; }
code { font-size: 12.5px; background: #eef1f4; padding: 0 4px; border-radius: 3px; }
footer { color: var(--muted); font-size: 12px; text-align: center; margin-top: 8px; }
@media (max-width: 900px) { section.cards { grid-template-columns: repeat(2, 1fr); } section.two { grid-template-columns: 1fr; } }
@media print { body { background: #fff; } section { break-inside: avoid; border-color: #ccc; } }
`;
