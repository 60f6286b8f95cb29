// vis-timeline (standalone build) with the same milestones as items.
const B = window.BENCH;
B.milestones().then((data) => {
  const root = document.getElementById('timeline');
  const items = new window.vis.DataSet(data.map((m) => ({ id: m.id, content: B.text(m.title), start: String(m.date) })));
  new window.vis.Timeline(root, items, {});
  B.whenRendered(() => root.querySelector('.vis-item'));
  B.interactions = {
    step: null, // no keyboard model but Esc
    hover: () => B.centre(root.querySelectorAll('.vis-item')[2] ?? root.querySelector('.vis-item')),
  };
}).catch((e) => { B.error = String(e); });
