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
        <Section title={section.title} count={section.count}>
          {section.empty !== null ? (
            <p className="section-empty">{section.empty}</p>
          ) : (
            <div className="card-stack">
              {section.cards.map((card, index) => (
                <CriterionCard card={card} key={index} />
              ))}
            </div>
          )}
        </Section>
      );
    case 'customFilters':
      return (
        <Section title={section.title} count={section.count}>
          {section.empty !== null ? (
            <p className="section-empty">{section.empty}</p>
          ) : (
            <div className="card-grid">
              {section.cards.map((card, index) => (
                <CustomFilterCard card={card} key={index} />
              ))}
            </div>
          )}
        </Section>
      );
    case 'crm':
      return <Section title={section.title}>{section.card ? <CrmCard card={section.card} /> : <p className="section-empty">{section.empty}</p>}</Section>;
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
