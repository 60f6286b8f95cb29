import type { Lang } from '../core/i18n.js';

/** How much of a date the source gives: never print more than this. */
export type Precision = 'day' | 'month' | 'year';

/** The kinds of milestone the filter chips offer (`other` when an item names none). */
export const CATEGORIES = ['founding', 'community', 'forums', 'governance', 'addressing', 'casa', 'other'] as const;
export type MilestoneCategory = (typeof CATEGORIES)[number];

/** Text in one language, or per language (`es`, `pt`, `en`). */
export type LocalText = string | Partial<Record<Lang, string>>;

/** A milestone as a site writes it (JSON, the `data` property, CSV rows or markup). */
export interface Milestone {
  /** Unique id, used by `selected` and `#hash` links (letters, digits, `-`, `_`, `.`). */
  id?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the form gives the precision. */
  date: string | number;
  /** Optional last day/month of a range, in the same forms. */
  end?: string;
  title: LocalText;
  text?: LocalText;
  category?: MilestoneCategory | string;
  /** ISO 3166-1 alpha-2 codes, as a list or a comma/space separated string. */
  countries?: string[] | string;
  /** Link to the source (http/https/mailto only). */
  source?: string;
  image?: string;
  imageAlt?: LocalText;
  /** Shown only when `to` reaches the milestone's year. */
  optional?: boolean;
}

/** A milestone after validation: dates parsed, URLs checked, texts normalised. */
export interface MilestoneItem {
  id: string;
  /** UTC midnight of the first day the date covers. */
  time: number;
  year: number;
  precision: Precision;
  endTime?: number;
  endPrecision?: Precision;
  title: Partial<Record<Lang, string>>;
  text?: Partial<Record<Lang, string>>;
  category: MilestoneCategory;
  countries: string[];
  source?: string;
  image?: string;
  imageAlt?: Partial<Record<Lang, string>>;
  optional: boolean;
}
