// TimelineJS3 with the same milestones, converted to its event format.
const B = window.BENCH;
function toDate(date) {
  const [year, month, day] = String(date).split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}
B.milestones().then((data) => {
  const events = data.map((m) => ({
    unique_id: m.id,
    start_date: toDate(m.date),
    text: { headline: B.text(m.title), text: B.text(m.text) },
  }));
  // Its defaults, except that nothing may come from another host: no hash bookmarks, English.
  const timeline = new window.TL.Timeline('timeline', { events }, { language: 'en', hash_bookmark: false });
  const root = document.getElementById('timeline');
  B.whenRendered(() => root.querySelector('.tl-timemarker') && root.querySelector('.tl-slide-content'));
  B.state = () => String(timeline.current_id);
  B.interactions = {
    // Its keyboard model: ArrowLeft/ArrowRight on the document step through the slides.
    step: () => {
      document.activeElement?.blur?.();
      return { key: 'ArrowRight' };
    },
    hover: () => B.centre(root.querySelectorAll('.tl-timemarker-content-container')[2]),
  };
}).catch((e) => { B.error = String(e); });
