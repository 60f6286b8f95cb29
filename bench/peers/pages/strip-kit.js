// <lacnic-partner-strip layout="marquee">: its built-in eight partners (the same eight the peers get).
const B = window.BENCH;
const el = document.querySelector('lacnic-partner-strip');
const items = () => el.shadowRoot?.querySelectorAll('[part~="item"]') ?? [];
B.whenRendered(() => items().length > 0);
B.interactions = {
  // A keyboard step in a logo strip: Tab to the next logo's link.
  step: () => {
    el.shadowRoot.querySelector('[part~="item"] a, [part~="item"] [tabindex="0"]')?.focus();
    return { key: 'Tab' };
  },
  hover: () => B.centre(items()[1]),
};
