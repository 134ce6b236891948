"""The inline stylesheet of the HTML redline (no fonts, no images, no network)."""

from __future__ import annotations

CSS = """
:root { color-scheme: light; --ins: #d7f5dd; --ins-ink: #0b5a1c; --del: #fbe0e0;
  --del-ink: #8a1010; --line: #c9ced6; --muted: #5b6470; }
* { box-sizing: border-box; }
body { font: 16px/1.5 Georgia, "Times New Roman", serif; margin: 0 auto; max-width: 80rem;
  padding: 1rem; color: #1c1f24; background: #fff; }
h1 { font-size: 1.5rem; margin: .2rem 0 1rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem;
  margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
.summary { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem;
  background: #f4f6f8; border: 1px solid var(--line); padding: .8rem 1rem; }
.summary dt { font-weight: bold; }
.summary dd { margin: 0; }
.counts span { display: inline-block; margin: 0 .8rem .2rem 0; padding: 0 .4rem;
  border-radius: .3rem; background: #e6e9ee; }
.counts .failed { background: var(--del); color: var(--del-ink); }
.counts .applied { background: var(--ins); color: var(--ins-ink); }
table.synoptic { width: 100%; border-collapse: collapse; table-layout: fixed; }
.synoptic th, .synoptic td { border: 1px solid var(--line); padding: .5rem .7rem;
  vertical-align: top; text-align: left; }
.synoptic th { background: #eef1f5; font-size: .9rem; }
.synoptic td { white-space: pre-wrap; overflow-wrap: anywhere; }
.synoptic tr.inserted td { background: #f4fbf5; }
.synoptic tr.removed td { background: #fdf5f5; }
.synoptic .tag { font: bold .7rem/1 sans-serif; text-transform: uppercase; letter-spacing: .04em;
  color: var(--muted); margin-right: .3rem; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: underline; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
a.ref { font-size: .75em; vertical-align: super; text-decoration: none; color: #1a4fa0;
  white-space: nowrap; }
a.ref:hover, a.ref:focus { text-decoration: underline; }
.sources, .note { color: var(--muted); font-size: .9rem; }
.problems li { margin-bottom: .4rem; }
.status { font-family: monospace; font-size: .85rem; padding: 0 .3rem; border-radius: .2rem;
  background: #e6e9ee; }
.status.failed { background: var(--del); color: var(--del-ink); }
.status.skipped, .status.no_effect { background: #fff1c9; color: #6b4a00; }
.provision { border-left: 3px solid var(--line); padding: .1rem .8rem; margin: .6rem 0; }
.provision:target, .amended:target { background: #fffbe6; }
.provision p { white-space: pre-wrap; margin: .3rem 0; }
@media (max-width: 42rem) {
  body { padding: .5rem; font-size: 15px; }
  .summary { grid-template-columns: 1fr; }
  .synoptic thead { display: none; }
  .synoptic, .synoptic tbody, .synoptic tr, .synoptic td { display: block; width: 100%; }
  .synoptic tr:first-child td::before { content: attr(data-label); display: block;
    font-weight: bold; font-size: .85rem; color: var(--muted); }
  .synoptic tr:first-child td.whole::before { content: none; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .amended { break-inside: avoid; }
  .synoptic thead { display: table-header-group; }
  a.ref { color: #000; }
  .provisions { break-before: page; }
}
"""
