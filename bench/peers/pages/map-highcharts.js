// Highcharts Maps (with its accessibility module) on the kit's TopoJSON and 2017 figures.
const B = window.BENCH;
B.regionData().then(([topology, figures]) => {
  const data = Object.entries(figures.economies).map(([code, e]) => ({ code, value: e.holders }));
  const chart = window.Highcharts.mapChart('map', {
    chart: { map: topology },
    title: { text: 'Organisations holding LACNIC resources, 2017' },
    colorAxis: { type: 'logarithmic' },
    series: [{ name: 'Holders', data, joinBy: ['id', 'code'] }],
  });
  const root = document.getElementById('map');
  const points = () => root.querySelectorAll('.highcharts-point');
  B.whenRendered(() => points().length > 0);
  // Its keyboard navigation keeps the focus on the chart and moves a highlighted point.
  B.state = () => String(chart.highlightedPoint?.code);
  B.interactions = {
    // Its keyboard model: Tab into the chart's series, then arrow keys move between points.
    step: () => {
      document.activeElement?.blur?.();
      return { pre: ['Tab'], key: 'ArrowRight' };
    },
    hover: () => B.centre(root.querySelector('.highcharts-point.highcharts-key-br') ?? points()[3]),
    year: null, // no year control: a site would have to build one
  };
}).catch((e) => { B.error = String(e); });
