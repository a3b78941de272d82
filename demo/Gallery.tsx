/** The scenario gallery: the trainer's own scenarios first, then one group per guideline category. */
import { useState } from 'react';
import type { GallerySection } from './gallery.ts';
import type { Scenario } from './scenario.ts';
import { categoryName, platformName } from './labels.ts';
import { t } from '../lib/i18n.ts';

interface GalleryProps {
  sections: GallerySection[];
  /** More sections and scenarios are still coming. */
  building: boolean;
  own: Scenario[];
  currentId: string | undefined;
  onOpen(scenario: Scenario): void;
}

function ScenarioList({ scenarios, currentId, onOpen }: { scenarios: Scenario[]; currentId: string | undefined; onOpen(s: Scenario): void }) {
  return (
    <ul className="gallery-list">
      {scenarios.map((s) => (
        <li key={s.id}>
          <button type="button" className="gallery-card" aria-current={s.id === currentId ? 'true' : undefined} data-scenario={s.id} onClick={() => onOpen(s)}>
            <span className="gallery-card-head">
              <span className={`chip chip-${s.platform}`}>{platformName(s.platform)}</span>
              <span className="gallery-card-title">{s.title}</span>
            </span>
            <span className="gallery-card-bad">{s.bad}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Enough to choose from on a projector; the rest one click away. */
const SHOWN_PER_CATEGORY = 3;

function CategorySection({ section, currentId, onOpen }: { section: GallerySection; currentId: string | undefined; onOpen(s: Scenario): void }) {
  const [expanded, setExpanded] = useState(false);
  const headingId = `gallery-${section.category}`;
  const hidden = section.scenarios.length - SHOWN_PER_CATEGORY;
  const shown = expanded ? section.scenarios : section.scenarios.slice(0, SHOWN_PER_CATEGORY);
  return (
    <section className="gallery-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{categoryName(section.category)}</h3>
      <ScenarioList scenarios={shown} currentId={currentId} onOpen={onOpen} />
      {hidden > 0 && (
        <button type="button" className="link-button gallery-more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('demo.gallery.fewer') : t('demo.gallery.more', { count: hidden })}
        </button>
      )}
    </section>
  );
}

export function Gallery({ sections, building, own, currentId, onOpen }: GalleryProps) {
  return (
    <section className="gallery" aria-labelledby="gallery-title">
      <h2 id="gallery-title">{t('demo.gallery.title')}</h2>
      <p className="gallery-intro">{t('demo.gallery.intro')}</p>
      {/* Always in the page and outside the busy part, so the announcement is read when its text appears. */}
      <p className="gallery-status" role="status" aria-live="polite">
        {building ? t('demo.gallery.building') : ''}
      </p>
      {own.length > 0 && (
        <section className="gallery-section gallery-own" aria-labelledby="gallery-own">
          <h3 id="gallery-own">{t('demo.gallery.own', { count: own.length })}</h3>
          <ScenarioList scenarios={own} currentId={currentId} onOpen={onOpen} />
        </section>
      )}
      <div className="gallery-grid" aria-busy={building}>
        {sections.map((section) => (
          <CategorySection key={section.category} section={section} currentId={currentId} onOpen={onOpen} />
        ))}
      </div>
    </section>
  );
}
