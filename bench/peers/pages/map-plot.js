// Observable Plot's geo mark on the kit's TopoJSON and 2017 figures (Plot, d3 and topojson-client
// bundled tree-shaken by run.mjs into .vendor/plot-geo.js).
import { plot, geo, centroid, feature } from '/bench/peers/.vendor/plot-geo.js';

const B = window.BENCH;
B.regionData().then(([topology, figures]) => {
  const shapes = feature(topology, topology.objects.economies);
  const value = (d) => figures.economies[d.id]?.holders;
  const chart = plot({
    width: 1000,
    projection: { type: 'mercator', domain: shapes },
    color: { type: 'log', scheme: 'blues', legend: true, label: 'Organisations holding LACNIC resources, 2017' },
    marks: [geo(shapes, centroid({ fill: value, stroke: 'white', title: (d) => `${d.id}: ${value(d)}`, tip: true }))],
  });
  const root = document.getElementById('map');
  root.append(chart);
  const paths = () => root.querySelectorAll('g[aria-label="geo"] path');
  B.whenRendered(() => paths().length > 0);
  B.interactions = {
    step: null, // pointer only
    hover: () => B.centre(paths()[2]),
    year: null,
  };
}).catch((e) => { B.error = String(e); });
