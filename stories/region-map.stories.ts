import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define/lacnic-region-map.js';
import type { RegionData } from '../src/region-map/figures.js';
import { failMapShapes, holdPendingFetch, PENDING_URL } from './held-states.js';

interface Args {
  metric: string;
  dataset: '2017' | '2023';
  scale: 'quantile' | 'quantize' | 'log' | 'threshold';
  thresholds?: string;
  year?: number;
  yearSlider: boolean;
  selected?: string;
  view: 'map' | 'table';
  theme?: 'light' | 'dark' | 'auto';
  src?: string;
  statsSrc?: string;
  data?: RegionData;
  width: number;
}

const render = (a: Args) => html`<div style="max-width:${a.width}px">
  <lacnic-region-map
    metric=${a.metric}
    dataset=${a.dataset}
    scale=${a.scale}
    thresholds=${ifDefined(a.thresholds || undefined)}
    year=${ifDefined(a.year)}
    ?year-slider=${a.yearSlider}
    selected=${ifDefined(a.selected || undefined)}
    view=${a.view}
    theme=${ifDefined(a.theme)}
    src=${ifDefined(a.src)}
    stats-src=${ifDefined(a.statsSrc)}
    .data=${a.data}
  ></lacnic-region-map>
</div>`;

const meta: Meta<Args> = {
  title: 'Widgets/Region map',
  component: 'lacnic-region-map',
  render,
  args: { metric: 'holders', dataset: '2017', scale: 'quantile', yearSlider: false, view: 'map', width: 720 },
  argTypes: {
    metric: { control: 'inline-radio', options: ['holders', 'asn', 'ipv4', 'ipv6'] },
    dataset: { control: 'inline-radio', options: ['2017', '2023'] },
    scale: { control: 'inline-radio', options: ['quantile', 'quantize', 'log', 'threshold'] },
    view: { control: 'inline-radio', options: ['map', 'table'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    width: { control: { type: 'range', min: 280, max: 1400, step: 20 }, description: 'Width of the host container (story only)' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'LACNIC’s 31 economies coloured by the resources delegated to them (from LACNIC’s public statistics file). Every economy can be hovered, focused (one tab stop; arrows, Home/End, Enter, Escape) and selected; small islands get markers and a Caribbean inset. A summary, a data table and CSV/SVG/PNG downloads come from the same figures.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Overview: organisations holding resources in 2017, the anniversary year. */
export const Holders: Story = {};
export const ASNs: Story = { args: { metric: 'asn' } };
export const IPv4: Story = { args: { metric: 'ipv4', scale: 'log' } };
export const IPv6: Story = { args: { metric: 'ipv6' } };

/** Replays the cumulative figures, 2002 → 2023; no autoplay. */
export const YearSlider: Story = { name: 'Year slider (2023 dataset)', args: { dataset: '2023', yearSlider: true } };
export const Dataset2023: Story = { name: '2023 figures', args: { dataset: '2023' } };

export const CustomData: Story = {
  name: 'Custom data (with invalid items reported)',
  args: {
    data: [
      { code: 'BR', value: 120 },
      { code: 'AR', value: 40 },
      { code: 'UY', value: 12, label: 'Uruguay (host)' },
      { code: 'MX', value: 35 },
      { code: 'US', value: 3 },
      { code: 'CL', value: -1 },
    ],
  },
};

export const TableView: Story = { name: 'Table view', args: { view: 'table' } };
export const Selected: Story = { args: { selected: 'UY' } };
export const Dark: Story = { args: { theme: 'dark' } };
/** Holds the loading state: `src` points at a URL whose fetch never answers (story only). */
export const Loading: Story = { args: { src: PENDING_URL }, beforeEach: holdPendingFetch };
export const ErrorState: Story = { name: 'Error (404 with Retry)', args: { src: '/does-not-exist.json' } };
export const StatsError: Story = { name: 'Statistics file missing', args: { statsSrc: '/delegated-lacnic-extended-latest' } };
export const ShapesFailed: Story = { name: 'Shapes failed to load (table and Retry)', beforeEach: failMapShapes };
