import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/lacnic-partner-strip.js';
import type { Partner } from '../src/partner-strip/partners.js';
import { holdPendingFetch, PENDING_URL } from './held-states.js';

interface Args {
  layout: 'grid' | 'marquee';
  speed: number;
  paused: boolean;
  highlight?: string;
  grayscale: boolean;
  theme?: 'light' | 'dark' | 'auto';
  target?: string;
  data?: Partner[];
  src?: string;
  width: number;
}

const render = (a: Args) => html`<div style="max-width:${a.width}px">
  <lacnic-partner-strip
    layout=${a.layout}
    speed=${a.speed}
    ?paused=${a.paused}
    ?grayscale=${a.grayscale}
    highlight=${ifDefined(a.highlight || undefined)}
    theme=${ifDefined(a.theme)}
    target=${ifDefined(a.target || undefined)}
    src=${ifDefined(a.src)}
    .data=${a.data}
  ></lacnic-partner-strip>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/Partner strip',
  component: 'lacnic-partner-strip',
  render,
  args: { layout: 'grid', speed: 40, paused: false, grayscale: false, width: 960 },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'marquee'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 20 }, description: 'Width of the host container (story only)' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The organisations that share Casa de Internet with LACNIC. With no configuration it shows the eight named in LACNIC’s 15th-anniversary text, as text marks (the kit ships no third-party logos).',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const logo = (fill: string, w: number, h: number) =>
  `data:image/svg+xml;base64,${btoa(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" rx="6" fill="${fill}"/></svg>`)}`;

/** Overview: the default content in a wrapping grid. */
export const Grid: Story = {};

/** A continuously scrolling marquee with a visible pause button; paused under reduced motion, on hover, focus and touch. */
export const Marquee: Story = { args: { layout: 'marquee', width: 520 } };

export const MarqueePaused: Story = { name: 'Marquee, paused', args: { layout: 'marquee', width: 520, paused: true } };

/** Highlight by country codes or category: the others are dimmed. */
export const Highlight: Story = { args: { highlight: 'names' } };

export const Grayscale: Story = {
  args: {
    grayscale: true,
    data: [
      { name: 'Wide logo', url: 'https://example.org/', logo: logo('#2a6f97', 400, 100) },
      { name: 'Square logo', url: 'https://example.org/', logo: logo('#c44536', 100, 100) },
      { name: 'Tall logo', url: 'https://example.org/', logo: logo('#588157', 80, 160) },
      { name: 'Text only' },
    ],
  },
};

export const Dark: Story = { args: { theme: 'dark' } };

/** Holds the loading state: `src` points at a URL whose fetch never answers (story only). */
export const Loading: Story = { args: { src: PENDING_URL }, beforeEach: holdPendingFetch };
export const ErrorState: Story = { name: 'Error (404 with Retry)', args: { src: '/does-not-exist.json' } };

export const InvalidItems: Story = {
  name: 'Some items invalid',
  args: { data: [{ name: 'Valid', url: 'https://example.org/' }, { name: 'Unsafe link', url: 'javascript:alert(1)' }, { url: 'https://example.org/' } as Partner] },
};

export const Empty: Story = { args: { data: [] } };
