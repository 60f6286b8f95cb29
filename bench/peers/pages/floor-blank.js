// The floor: the same page and harness and no library. For the timelines it also loads the
// milestones, as every timeline page does (the kit's map and strip load no data of their own:
// the peers' data requests there are part of their cost). Its "first render" is what every
// library's first render includes before any of its own work.
const B = window.BENCH;
const timeline = new URLSearchParams(location.search).get('widget') === 'timeline';
(timeline ? B.milestones() : Promise.resolve(null)).then((data) => {
  const p = document.createElement('p');
  p.textContent = data ? `${data.length} milestones, first: ${B.text(data[0].title)}` : 'No library.';
  document.getElementById('stage').append(p);
  B.whenRendered(() => p.isConnected);
  B.interactions = {};
}).catch((e) => { B.error = String(e); });
