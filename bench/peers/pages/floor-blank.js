// The floor: the same page, harness and data, and no library. Its "first render" is what every
// library's first render includes before any of its own work (page, harness, data, frames).
const B = window.BENCH;
B.milestones().then((data) => {
  const p = document.createElement('p');
  p.textContent = `${data.length} milestones, first: ${B.text(data[0].title)}`;
  document.getElementById('stage').append(p);
  B.whenRendered(() => p.isConnected);
  B.interactions = {};
}).catch((e) => { B.error = String(e); });
