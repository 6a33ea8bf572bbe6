/**
 * The words a view is made of: panels, slides, languages, themes and each filter's choices. Kept
 * apart from the view store (state/view.ts) so pure formatting, palette and series code can name
 * a language or a region without depending on the store's module.
 */

export const PANELS = ['rankings', 'companies', 'nev', 'targets'] as const;
export type PanelId = (typeof PANELS)[number];

/**
 * What a link can open at (`panel=`): one panel, or the milestones timeline (which has no
 * chart of its own, but a slide and a printed page, so its own address for their QR codes).
 */
export const SECTIONS = [...PANELS, 'milestones'] as const;
export type SectionId = (typeof SECTIONS)[number];

export function isPanel(id: SectionId | null): id is PanelId {
  return id !== null && id !== 'milestones';
}

/** What a slide shows: the key figures, one panel, or the milestones timeline. */
export const SLIDE_IDS = ['figures', ...PANELS, 'milestones'] as const;
export type SlideId = (typeof SLIDE_IDS)[number];

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const SCOPES = ['all', 'nev'] as const;
export type Scope = (typeof SCOPES)[number];

/** City rankings: whose ranks the rank chart draws (one peer set on one axis). */
export const PEER_VIEWS = ['cities', 'provinces'] as const;
export type PeerView = (typeof PEER_VIEWS)[number];

/** An NEV region: any city, province or country with NEV figures (from the registry). */
export type RegionId = string;

export const TARGET_YEARS = ['all', '2025', '2027'] as const;
export type TargetYear = (typeof TARGET_YEARS)[number];

/** What a target is about, for the targets panel's subject filter. */
export const SUBJECTS = ['production', 'nev', 'cluster', 'charging', 'companies'] as const;
export type SubjectId = (typeof SUBJECTS)[number];

/** How the NEV panel's volume charts show their values (see lib/growth.ts). */
export const GROWTH_VIEWS = ['level', 'yoy', 'index', 'share'] as const;
export type GrowthView = (typeof GROWTH_VIEWS)[number];

/**
 * How the company panel's sales chart shows its values: no national share for a company, but
 * each company's contribution to the growth between two years.
 */
export const COMPANY_GROWTH_VIEWS = ['level', 'yoy', 'index', 'contribution'] as const;
export type CompanyGrowthView = (typeof COMPANY_GROWTH_VIEWS)[number];
