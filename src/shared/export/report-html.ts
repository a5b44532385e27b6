import type { CrmConditionView, ViewField } from '../format/custom-filter-view';
import {
  CONDITIONS_TITLE,
  OTHER_SETTINGS_TITLE,
  type BadgeView,
  type CriterionCardView,
  type CustomFilterCardView,
  type CrmCardView,
  type DetailSectionView,
} from '../format/detail-view';
import { conditionValueDisplay, fieldDisplay, filterValueDisplay, type ValueDisplay } from '../format/field-display';
import type { FilterNode } from '../format/humanize-filters';
import type { FactValue } from '../format/header-view';
import { html, trusted, type Html } from './html-template';
import { SEVERITY_WORDS } from './export-item';
import { joinPieces, type ExportPiece } from './export-piece';
import { contentsRow, reportCover, reportIcp, type ReportContentsRow, type ReportCover, type ReportIcp, type ReportInput } from './report-model';
import { REPORT_STYLES } from './report-styles';

/*
 * The review report as one self-contained HTML file: no scripts, no external resources (its
 * Content-Security-Policy says so to the browser as well: nothing may load, no script may run),
 * styles in the page, light and print-friendly with a page break before each ICP. Every value
 * is escaped by the `html` template; names, which may be written right-to-left, are isolated
 * with <bdi> so they cannot reorder the text around them.
 */

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function reportHtml(input: ReportInput): string {
  return joinPieces(reportPieces(input));
}

/** Where the contents rows and the ICP pages go in the document around them. */
const ROWS_MARK = '<!--contents-rows-->';
const PAGES_MARK = '<!--icp-pages-->';
/** Contents rows per piece: a few milliseconds of work. */
const ROWS_PER_PIECE = 100;

/**
 * The file's text in pieces: the head and cover up to the contents rows, the rows a batch at a
 * time, then each ICP's page, then the end. A piece's `done` counts ICP pages (rows come first).
 */
export function* reportPieces(input: ReportInput): Generator<ExportPiece> {
  const { items, clock } = input;
  const model = reportCover(input);
  const [start = '', rest = ''] = reportFrame(model).split(ROWS_MARK);
  const [middle = '', end = ''] = rest.split(PAGES_MARK);
  yield { text: start, done: 0 };
  for (let first = 0; first < items.length; first += ROWS_PER_PIECE) {
    const rows = items
      .slice(first, first + ROWS_PER_PIECE)
      .map((item, offset) => contentsRowHtml(model, contentsRow(item, first + offset, clock), first + offset));
    yield { text: rows.map((row) => row.text).join(''), done: 0 };
  }
  yield { text: middle, done: 0 };
  for (let index = 0; index < items.length; index++) {
    yield { text: icpPage(reportIcp(items[index]!, index, clock)).text, done: index + 1 };
  }
  yield { text: end, done: items.length };
}

function reportFrame(model: ReportCover): string {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="ICP Desk" />
        <title>${model.title} – ${model.account}</title>
        <style>
          ${trusted(REPORT_STYLES)}
        </style>
      </head>
      <body>
        ${cover(model)} ${trusted(PAGES_MARK)}
      </body>
    </html> `;
  return page.text;
}

function cover(model: ReportCover): Html {
  const { withChecks, withChanges } = model;
  return html`<section class="cover" aria-label="Cover">
    <p class="eyebrow">ICP Desk</p>
    <h1>${model.title}</h1>
    <dl class="cover-meta">
      <div>
        <dt>Account</dt>
        <dd><bdi>${model.account}</bdi></dd>
      </div>
      <div>
        <dt>Generated</dt>
        <dd><time datetime="${model.generated.iso}">${model.generated.text}</time></dd>
      </div>
    </dl>
    <ul class="counts" aria-label="Counts">
      ${model.counts.map((count) => html`<li class="count${count.tone ? ` tone-${count.tone}` : ''}"><span class="count-value">${count.value}</span><span class="count-label">${count.label}</span></li>`)}
    </ul>
    <h2 class="contents-title">Contents</h2>
    <table class="contents">
      <thead>
        <tr>
          <th>#</th>
          <th>Name</th>
          <th>Status</th>
          <th>Searches</th>
          ${withChecks ? html`<th>Checks</th>` : ''}${withChanges ? html`<th>Since review</th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${trusted(ROWS_MARK)}
      </tbody>
    </table>
  </section>`;
}

function contentsRowHtml(model: ReportCover, row: ReportContentsRow, index: number): Html {
  return html`<tr>
    <td class="num">${index + 1}</td>
    <td>
      <a href="#${row.anchor}"><bdi>${row.name}</bdi></a>
    </td>
    <td>${badge({ text: row.expiry.label, tone: EXPIRY_TONES[row.expiry.state] }, true)}</td>
    <td>${row.searches}</td>
    ${model.withChecks ? html`<td class="nowrap">${row.findings ?? 'Not checked'}</td>` : ''}${model.withChanges ? html`<td class="nowrap">${row.changes ?? 'Not reviewed'}</td>` : ''}
  </tr>`;
}

const EXPIRY_TONES = { active: 'green', expiring: 'amber', expired: 'red', noExpiry: 'gray' } as const;

function icpPage(icp: ReportIcp): Html {
  return html` <article class="icp" id="${icp.anchor}" aria-label="${icp.name}">
    <header class="icp-header">
      <h2 class="icp-name"><bdi>${icp.name}</bdi></h2>
      <p class="${icp.hasDescription ? 'description' : 'description is-empty'}" dir="auto">${icp.description}</p>
      <p class="badges">
        ${badge({ text: icp.expiry.label, tone: EXPIRY_TONES[icp.expiry.state], title: icp.expiry.title }, true)} <code class="icp-id">${icp.id}</code>
      </p>
      <dl class="facts">
        ${icp.facts.map(
          (fact) =>
            html`<div class="${fact.wide ? 'fact fact-wide' : 'fact'}">
              <dt>${fact.label}</dt>
              <dd>${factValue(fact.value)}</dd>
            </div>`,
        )}
      </dl>
    </header>
    ${icp.findings ? findingsBlock(icp.findings) : ''} ${icp.changes ? changesBlock(icp.changes) : ''} ${icp.sections.map(section)}
  </article>`;
}

function findingsBlock(findings: NonNullable<ReportIcp['findings']>): Html {
  return html`<section class="section checks" aria-label="Checks">
    <div class="section-head">
      <h3>Checks</h3>
      <span class="pill">${findings.summary}</span>
    </div>
    ${
      findings.items.length === 0
        ? html`<p class="section-empty">The targeting checks found nothing to fix.</p>`
        : html`<ul class="findings">
            ${findings.items.map(
              (finding) =>
                html`<li class="finding">
                  ${badge({ text: SEVERITY_WORDS[finding.severity], tone: SEVERITY_TONES[finding.severity] })}
                  <span class="finding-text"><span dir="auto">${finding.message}</span> <span class="finding-field">${finding.field}</span></span>
                </li>`,
            )}
          </ul>`
    }
    ${findings.more === null ? '' : html`<p class="section-note">${findings.more}</p>`}
  </section>`;
}

const SEVERITY_TONES = { problem: 'red', warning: 'amber', note: 'gray' } as const;

function changesBlock(changes: readonly string[]): Html {
  return html`<section class="section changes" aria-label="Changes since review">
    <div class="section-head">
      <h3>Changes since review</h3>
      <span class="pill">${changes.length}</span>
    </div>
    ${
      changes.length === 0
        ? html`<p class="section-empty">No changes since the last review.</p>`
        : html`<ul class="change-list">
            ${changes.map((line) => html`<li dir="auto">${line}</li>`)}
          </ul>`
    }
  </section>`;
}

function section(view: DetailSectionView): Html {
  const head = html`<div class="section-head">
    <h3>${view.title}</h3>
    ${'count' in view ? html`<span class="pill">${view.count}</span>` : ''}
  </div>`;
  switch (view.kind) {
    case 'searches':
      return html`<section class="section" aria-label="${view.title}">
        ${head}${view.empty !== null ? html`<p class="section-empty">${view.empty}</p>` : view.cards.map(criterionCard)}
      </section>`;
    case 'customFilters':
      return html`<section class="section" aria-label="${view.title}">
        ${head}${view.empty !== null ? html`<p class="section-empty">${view.empty}</p>` : html`<div class="card-grid">${view.cards.map(customFilterCard)}</div>`}
      </section>`;
    case 'crm':
      return html`<section class="section" aria-label="${view.title}">
        ${head}${view.card ? crmCard(view.card) : html`<p class="section-empty">${view.empty}</p>`}
      </section>`;
    case 'otherFields':
      return html`<section class="section" aria-label="${view.title}">
        ${head}
        <p class="section-note">${view.note}</p>
        <div class="card">${filterTree(view.nodes)}</div>
      </section>`;
  }
}

function cardHead(title: string, subtitle: Html, badges: readonly BadgeView[] = []): Html {
  return html`<div class="card-head">
    <div>
      <h4>${title}</h4>
      <p class="card-subtitle">${subtitle}</p>
    </div>
    ${badges.map((b) => badge(b))}
  </div>`;
}

function criterionCard(card: CriterionCardView): Html {
  return html`<div class="card" role="group" aria-label="${card.name}">
    ${cardHead(card.title, html`Provider <code>${card.provider}</code>`, card.badges)}
    ${card.empty !== null ? html`<p class="card-empty">${card.empty}</p>` : filterTree(card.filters)}
    ${
      card.otherSettings.length > 0
        ? html`<p class="card-extra-title">${OTHER_SETTINGS_TITLE}</p>
            ${filterTree(card.otherSettings)}`
        : ''
    }
  </div>`;
}

function customFilterCard(card: CustomFilterCardView): Html {
  const body = card.raw
    ? html`<p class="card-note">${card.raw.note}</p>
        <pre>${card.raw.json}</pre>`
    : fieldList(card.fields);
  return html`<div class="${card.raw ? 'card card-unknown' : 'card'}" role="group" aria-label="${card.title}">
    ${cardHead(card.title, html`<code>${card.type}</code>`)}${body}
  </div>`;
}

function crmCard(card: CrmCardView): Html {
  return html`<div class="card" role="group" aria-label="CRM filters">
    ${cardHead(card.title, html`CRM provider <code>${card.provider}</code>`)} ${card.fields.length > 0 ? fieldList(card.fields) : ''}
    <p class="card-extra-title">${CONDITIONS_TITLE}</p>
    ${
      card.conditionsEmpty !== null
        ? html`<p class="card-empty">${card.conditionsEmpty}</p>`
        : html`<ul class="conditions">
            ${card.conditions.map(condition)}
          </ul>`
    }
  </div>`;
}

function condition(view: CrmConditionView): Html {
  return html`<li class="${view.exclude ? 'condition is-excluded' : 'condition'}">
    <span class="condition-not">${view.exclude ? badge({ text: 'NOT', tone: 'red' }) : ''}</span><code>${view.path}</code
    ><span class="condition-mode">${view.modeLabel}</span
    ><span>${value(conditionValueDisplay(view))}</span>${view.extra.length > 0 ? html`<div class="condition-extra">${fieldList(view.extra)}</div>` : ''}
  </li>`;
}

function filterTree(nodes: readonly FilterNode[]): Html {
  return html`<dl class="rows">
    ${nodes.map(
      (node) =>
        html`<div class="row">
          <dt>${node.label}</dt>
          <dd>${node.kind === 'group' ? filterTree(node.children) : value(filterValueDisplay(node))}</dd>
        </div>`,
    )}
  </dl>`;
}

function fieldList(fields: readonly ViewField[]): Html {
  return html`<dl class="rows">
    ${fields.map(
      (field) =>
        html`<div class="row">
          <dt>${field.label}${field.legacy ? html` ${badge({ text: 'Legacy', tone: 'amber' })}` : ''}</dt>
          <dd>${value(fieldDisplay(field))}</dd>
        </div>`,
    )}
  </dl>`;
}

function value(display: ValueDisplay): Html {
  switch (display.kind) {
    case 'chips':
      return html`<span class="chips"
        >${display.values.map((item) => html`<span class="${display.mono ? 'chip mono' : 'chip'}" dir="auto">${item}</span>`)}</span
      >`;
    case 'placeholder':
      return html`<span class="placeholder">${display.text}</span>`;
    case 'default':
      return html`<span dir="auto">${display.text}</span> ${badge({ text: display.badge, tone: 'gray', title: display.title })}`;
    case 'code':
      return html`<code dir="auto">${display.text}</code>`;
    case 'block':
      return html`<pre>${display.text}</pre>`;
    case 'range':
      return html`<span class="range">${display.text}</span>`;
    case 'text':
      return html`<span dir="auto">${display.text}</span>`;
  }
}

function factValue(fact: FactValue): Html {
  switch (fact.kind) {
    case 'text':
      return html`${fact.text}`;
    case 'time':
      return html`<time datetime="${fact.iso}">${fact.text}</time> <span class="exact">(${fact.exact})</span>`;
    case 'placeholder':
      return html`<span class="placeholder">${fact.text}</span>`;
    case 'chips':
      return html`<span class="chips" aria-label="${fact.label}">${fact.values.map((item) => html`<span class="chip mono">${item}</span>`)}</span>`;
  }
}

function badge(view: BadgeView, dot = false): Html {
  return html`<span class="badge tone-${view.tone}" ${view.title ? html` title="${view.title}"` : ''}
    >${dot ? html`<span class="dot"></span>` : ''}${view.text}</span
  >`;
}
