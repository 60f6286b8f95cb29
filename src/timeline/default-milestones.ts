import type { Lang } from '../core/i18n.js';
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

const loaded: Partial<Record<Lang, Milestone[]>> = {};
const pending: Partial<Record<Lang, Promise<Milestone[]>>> = {};

function assemble(texts: MilestoneTexts, lang: Lang): Milestone[] {
  return MILESTONE_FACTS.map((fact) => {
    const words = texts[fact.id];
    return { ...fact, title: { [lang]: words?.title }, text: { [lang]: words?.text } };
  });
}

/** The built-in milestones with the texts of `lang`, if that language is loaded already. */
export function loadedMilestones(lang: Lang): Milestone[] | undefined {
  return loaded[lang];
}

/**
 * The built-in milestones with the titles and texts of `lang` only (the same facts and the
 * same words as `LACNIC_MILESTONES` in that language). Loads the language once; a failed load
 * is forgotten, so a later call (Retry) tries again. Rejects with the loader's error.
 */
export function loadMilestones(lang: Lang): Promise<Milestone[]> {
  const ready = loaded[lang];
  if (ready) return Promise.resolve(ready);
  return (pending[lang] ??= textLoaders[lang]().then(
    (texts) => {
      delete pending[lang];
      return (loaded[lang] = assemble(texts, lang));
    },
    (error: unknown) => {
      delete pending[lang];
      throw error;
    },
  ));
}
