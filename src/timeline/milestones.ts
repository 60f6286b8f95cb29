import { MILESTONE_FACTS } from './milestone-facts.js';
import { texts as en } from './milestone-texts.en.js';
import { texts as es } from './milestone-texts.es.js';
import { texts as pt } from './milestone-texts.pt.js';
import type { Milestone } from './types.js';

/**
 * LACNIC's milestones from 1999 to the 15th anniversary (2017), plus one after it, marked
 * `optional` (shown only when `to` reaches its year), with every title and text in Spanish,
 * Portuguese and English. Only facts confirmed in a public source are here; dates carry the
 * precision the source gives, never more. Sources point at the host (and path, when known) the
 * fact was checked against.
 *
 * The element itself does not use this list: it loads the facts and the texts of the reader's
 * language only (see `default-milestones.ts`). Built in a pure call, so a bundle that never reads
 * the list leaves it, and every language's texts, out.
 */
export const LACNIC_MILESTONES: Milestone[] = /* @__PURE__ */ MILESTONE_FACTS.map((fact) => ({
  ...fact,
  title: { es: es[fact.id].title, pt: pt[fact.id].title, en: en[fact.id].title },
  text: { es: es[fact.id].text, pt: pt[fact.id].text, en: en[fact.id].text },
}));
