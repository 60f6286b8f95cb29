import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

/** Wraps every story in the chosen language and colour scheme, as a host page would. */
const withLocaleAndTheme: Decorator = (story, context) => {
  const { locale, scheme } = context.globals as { locale: string; scheme: string };
  const dark = scheme === 'dark';
  return html`<div
    lang=${locale}
    style="color-scheme:${dark ? 'dark' : 'light'};background:${dark ? '#0f1419' : '#ffffff'};color:${dark ? '#e7ecf2' : '#1b2430'};padding:1rem;font-family:system-ui,sans-serif"
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Reader’s language (the widgets read the nearest lang attribute)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'es', title: 'Español' },
          { value: 'pt', title: 'Português' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Host page colour scheme (the widgets follow it)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'es', scheme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
