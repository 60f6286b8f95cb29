// <lacnic-region-map>: its own geometry and 2017 figures (they are part of what it loads).
const B = window.BENCH;
const el = document.querySelector('lacnic-region-map');
const economies = () => el.shadowRoot?.querySelectorAll('svg.map [part~="economy"]') ?? [];
B.whenRendered(() => economies().length > 0);
B.interactions = {
  step: () => {
    // From Mexico eastwards, so that every press has somewhere to go.
    el.shadowRoot.querySelector('svg.map [part~="economy"][data-code="MX"]').focus();
    return { key: 'ArrowRight' };
  },
  hover: () => B.centre(el.shadowRoot.querySelector('svg.map [part~="economy"][data-code="BR"] path') ?? economies()[0]),
  year: () => {
    const slider = el.shadowRoot.querySelector('input[type="range"]');
    slider.focus();
    return { key: 'ArrowLeft' };
  },
};
