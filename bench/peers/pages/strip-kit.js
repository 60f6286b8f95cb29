// <lacnic-partner-strip layout="marquee">: its built-in eight partners (the same eight the peers get).
const B = window.BENCH;
const el = document.querySelector('lacnic-partner-strip');
const items = () => el.shadowRoot?.querySelectorAll('[part~="item"]') ?? [];
B.whenRendered(() => items().length > 0).then(() => B.frames()).then(() => {
  // It scrolls only when the partners overflow the box; say which case was measured.
  B.note = el.moving ? 'its marquee was moving' : 'its marquee stood still (the eight partners fit the 1000 px box, so there is nothing to scroll)';
});
B.interactions = {
  // A keyboard step in a logo strip: Tab to the next logo's link.
  step: () => {
    el.shadowRoot.querySelector('[part~="item"] a, [part~="item"] [tabindex="0"]')?.focus();
    return { key: 'Tab' };
  },
  hover: () => B.centre(items()[1]),
};
