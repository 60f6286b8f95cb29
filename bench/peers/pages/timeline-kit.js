// <lacnic-timeline> with the bench's milestones (created once the data is there, as for the peers).
const B = window.BENCH;
const stage = document.getElementById('stage');
B.milestones().then((data) => {
  const el = document.createElement('lacnic-timeline');
  el.data = data;
  stage.append(el);
  const items = () => el.shadowRoot?.querySelectorAll('[part~="item"]') ?? [];
  B.whenRendered(() => items().length > 0);
  B.interactions = {
    // Roving focus: the keys move between milestones.
    step: () => {
      const item = el.shadowRoot.querySelector('[part~="item"][tabindex="0"]') ?? items()[0];
      item.focus();
      return { key: 'ArrowRight' };
    },
    hover: () => B.centre(items()[2]),
  };
}).catch((e) => { B.error = String(e); });
