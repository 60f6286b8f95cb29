import { LANGS } from '../core/i18n.js';
import type { Lang } from '../core/i18n.js';
import { onDemand } from '../core/on-demand.js';
import type { OnDemand } from '../core/on-demand.js';
import { MILESTONE_FACTS } from './milestone-facts.js';
import type { MilestoneTexts } from './milestone-facts.js';
import type { Milestone } from './types.js';

/**
 * How each language's texts are loaded: one small module per language, fetched only when a
 * timeline shows the built-in milestones in that language. The tests replace an entry to
 * simulate a chunk that fails to load; nothing else should change these.
 */
export const textLoaders: Record<Lang, () => Promise<MilestoneTexts>> = {
  es: () => import('./milestone-texts.es.js').then((m) => m.texts),
  pt: () => import('./milestone-texts.pt.js').then((m) => m.texts),
  en: () => import('./milestone-texts.en.js').then((m) => m.texts),
};

function assemble(texts: MilestoneTexts, lang: Lang): Milestone[] {
  return MILESTONE_FACTS.map((fact) => {
    const words = texts[fact.id];
    return { ...fact, title: { [lang]: words?.title }, text: { [lang]: words?.text } };
  });
}

// One load per language, shared and kept (a failed one is forgotten, so Retry tries again).
const byLang = Object.fromEntries(
  LANGS.map((lang) => [lang, onDemand(() => textLoaders[lang]().then((texts) => assemble(texts, lang)))]),
) as Record<Lang, OnDemand<Milestone[]>>;

/** The built-in milestones with the texts of `lang`, if that language is loaded already. */
export function loadedMilestones(lang: Lang): Milestone[] | undefined {
  return byLang[lang].loaded;
}

/**
 * The built-in milestones with the titles and texts of `lang` only (the same facts and the
 * same words as `LACNIC_MILESTONES` in that language). A load that fails rejects with a
 * retryable network failure.
 */
export function loadMilestones(lang: Lang): Promise<Milestone[]> {
  return byLang[lang]();
}
