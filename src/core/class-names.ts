/**
 * `class` attribute text from flags: `classNames({ item: true, selected })` → "item selected".
 * Lit's classMap directive does the same with more machinery (it also keeps classes added from
 * outside, which the widgets' shadow DOM never has); this keeps it out of every bundle.
 */
export function classNames(flags: Record<string, boolean | undefined>): string {
  return Object.keys(flags)
    .filter((name) => flags[name])
    .join(' ');
}
