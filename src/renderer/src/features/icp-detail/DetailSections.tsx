import type { ReactNode } from 'react';
import type { Icp } from '../../../../shared/icp-schema';
import { detailSections, type DetailSectionView } from '../../../../shared/format/detail-view';
import { CrmCard } from './CrmCard';
import { CriterionCard } from './CriterionCard';
import { CustomFilterCard } from './CustomFilterCard';
import { FilterTree } from './FilterTree';
import { Section } from './Section';
import './detail.css';

/** The readable view of one ICP: searches, custom filters, CRM filters, and any other fields. */
export function DetailSections({ icp }: { icp: Icp }) {
  return (
    <div className="detail-sections">
      {detailSections(icp).map((section) => (
        <DetailSection section={section} key={section.kind} />
      ))}
    </div>
  );
}

function DetailSection({ section }: { section: DetailSectionView }) {
  switch (section.kind) {
    case 'searches':
      return (
        <Section title={section.title} count={section.count} anchor={section.field}>
          <CardsOrEmpty empty={section.empty} className="card-stack">
            {section.cards.map((card, index) => (
              <CriterionCard card={card} key={index} />
            ))}
          </CardsOrEmpty>
        </Section>
      );
    case 'customFilters':
      return (
        <Section title={section.title} count={section.count} anchor={section.field}>
          <CardsOrEmpty empty={section.empty} className="card-grid">
            {section.cards.map((card, index) => (
              <CustomFilterCard card={card} key={index} />
            ))}
          </CardsOrEmpty>
        </Section>
      );
    case 'crm':
      return (
        <Section title={section.title} anchor={section.field}>
          {section.card ? <CrmCard card={section.card} /> : <p className="section-empty">{section.empty}</p>}
        </Section>
      );
    case 'otherFields':
      return (
        <Section title={section.title} count={section.count} note={section.note}>
          <div className="card">
            <div className="card-body">
              <FilterTree nodes={section.nodes} />
            </div>
          </div>
        </Section>
      );
  }
}

/** A section's cards, or the sentence the model gives for having none. */
function CardsOrEmpty({ empty, className, children }: { empty: string | null; className: string; children: ReactNode }) {
  return empty !== null ? <p className="section-empty">{empty}</p> : <div className={className}>{children}</div>;
}
