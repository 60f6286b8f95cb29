import { noChange } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { AttributePart, PartInfo } from 'lit/directive.js';

/**
 * Sets an element's inline style through the CSSOM (Lit’s styleMap sets the attribute on first render, which such a policy blocks) (`style.cssText`) instead of the `style`
 * attribute, so computed positions still apply on pages whose Content-Security-Policy forbids
 * inline styles (`style-src 'self'`). Use as `style=${styleText('left:4px')}`.
 */
class StyleText extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('styleText belongs in a style attribute');
  }

  render(_css: string): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [css]: [string]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    if (style.cssText !== css) style.cssText = css;
    return noChange;
  }
}

export const styleText = directive(StyleText);
