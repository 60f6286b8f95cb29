import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/lacnic-timeline.js';
import type { Milestone } from '../src/timeline/types.js';
import { holdPendingFetch, PENDING_URL } from './held-states.js';

interface Args {
  view: 'auto' | 'list' | 'axis';
  selected?: string;
  categories?: string;
  highlightCountry?: string;
  from?: number;
  to?: number;
  linkHash: boolean;
  theme?: 'light' | 'dark' | 'auto';
  target?: string;
  data?: Milestone[];
  src?: string;
  width: number;
}

const render = (a: Args) => html`<div style="max-width:${a.width}px">
  <lacnic-timeline
    view=${a.view}
    selected=${ifDefined(a.selected || undefined)}
    categories=${ifDefined(a.categories || undefined)}
    highlight-country=${ifDefined(a.highlightCountry || undefined)}
    from=${ifDefined(a.from)}
    to=${ifDefined(a.to)}
    ?link-hash=${a.linkHash}
    theme=${ifDefined(a.theme)}
    target=${ifDefined(a.target || undefined)}
    src=${ifDefined(a.src)}
    .data=${a.data}
  ></lacnic-timeline>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/Timeline',
  component: 'lacnic-timeline',
  render,
  args: { view: 'auto', linkHash: false, width: 1000 },
  argTypes: {
    view: { control: 'inline-radio', options: ['auto', 'list', 'axis'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    categories: { control: 'text', description: 'Comma list: founding, community, forums, governance, addressing, casa, other' },
    width: { control: { type: 'range', min: 280, max: 1400, step: 20 }, description: 'Width of the host container (story only)' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'LACNIC’s milestones from the 1999 agreement to the 15th anniversary (2017), each with its source. A list under 640px of the element’s own width, a time axis above; keyboard: arrows, Home/End, PageUp/PageDown (year), Enter/Space to open, Escape to close.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Overview: the default content on a time axis (the element is wide). */
export const Overview: Story = { name: 'Overview (axis)', args: { view: 'axis' } };

export const List: Story = { args: { view: 'list', width: 720 } };

/** `view="auto"` in a narrow container: the element's own width chooses the list. */
export const AutoNarrow: Story = { name: 'Auto, narrow', args: { width: 420 } };

export const VerticalAxis: Story = { name: 'Axis, narrow (vertical)', args: { view: 'axis', width: 420 } };

export const Filtered: Story = { args: { categories: 'founding,governance' } };

export const HighlightCountry: Story = { name: 'Highlight country (UY)', args: { highlightCountry: 'UY', view: 'list', width: 720 } };

export const Selected: Story = { args: { selected: 'recognition-2002' } };

/** `to="2020"` brings in the post-anniversary milestone (final IPv4 exhaustion). */
export const AfterTheAnniversary: Story = { name: 'Through 2020', args: { to: 2020 } };

export const Dark: Story = { args: { theme: 'dark' } };

/** Holds the loading state: `src` points at a URL whose fetch never answers (story only). */
export const Loading: Story = { args: { src: PENDING_URL }, beforeEach: holdPendingFetch };
export const ErrorState: Story = { name: 'Error (404 with Retry)', args: { src: '/does-not-exist.json' } };

export const InvalidItems: Story = {
  name: 'Some items invalid',
  args: {
    view: 'list',
    data: [
      { id: 'ok', date: '2002-10-31', title: 'A valid milestone' },
      { id: 'bad', date: '2002-13-40', title: 'An impossible date' },
      { id: 'ok', date: '2003', title: 'A repeated id' },
      { date: '2004', title: 'Unknown category', category: 'parties' },
    ],
  },
};

export const Empty: Story = { args: { data: [] } };

export const CustomData: Story = {
  name: 'Custom data',
  args: {
    data: [
      { id: 'a', date: '2015-03', title: { es: 'Nuestro primer taller', pt: 'Nossa primeira oficina', en: 'Our first workshop' }, category: 'community', countries: ['PY'] },
      { id: 'b', date: '2016-07-12', end: '2016-07-14', title: 'Regional meeting', text: 'Three days of talks.', category: 'forums', source: 'https://example.org/meeting' },
      { id: 'c', date: 2017, title: 'New office', category: 'other' },
    ],
  },
};

const CATS = ['founding', 'community', 'forums', 'governance', 'addressing', 'casa'];
const generated: Milestone[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `g${i}`,
  date: new Date(Date.UTC(1990, 0, 1) + Math.floor((i * 35 * 365 * 86_400_000) / 1000)).toISOString().slice(0, 10),
  title: `Generated milestone ${i + 1}`,
  category: CATS[i % CATS.length],
}));

/** 1,000 milestones: the list renders only the rows near its viewport; the axis culls what is off screen. */
export const Thousand: Story = { name: '1,000 items', args: { data: generated } };
