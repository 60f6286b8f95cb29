import { geoStream } from 'd3-geo';
import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';

/** What the map needs of a projected shape. */
export interface ProjectedShape {
  /** SVG path data, coordinates rounded to 0.01 of the viewBox. */
  d: string;
  /** Planar area in square viewBox units (holes subtracted), as d3's `geoPath().area()`. */
  area: number;
  /** Centre of the projected bounding box; `undefined` when nothing was drawn. */
  centre?: [number, number];
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Streams a GeoJSON object through a d3-geo projection (which clips, resamples and projects)
 * into SVG path data and its area. This is the part of d3's `geoPath` the map uses: `geoPath`
 * carries every other measure (length, centroid, bounds, a canvas context) into the bundle.
 */
export function projectShape(projection: GeoProjection, object: GeoPermissibleObjects): ProjectedShape {
  let d = '';
  let area = 0;
  let polygonArea = 0;
  let inPolygon = false;
  let first = true;
  let x0 = 0;
  let y0 = 0;
  let px = 0;
  let py = 0;
  let ring = 0;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  geoStream(
    object,
    projection.stream({
      point(x, y) {
        d += `${first ? 'M' : 'L'}${round(x)},${round(y)}`;
        if (first) [x0, y0] = [x, y];
        else ring += px * y - x * py;
        [px, py] = [x, y];
        first = false;
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      },
      lineStart() {
        first = true;
        ring = 0;
      },
      lineEnd() {
        if (!inPolygon) return;
        d += 'Z';
        polygonArea += (ring + px * y0 - x0 * py) / 2;
      },
      polygonStart() {
        inPolygon = true;
        polygonArea = 0;
      },
      polygonEnd() {
        inPolygon = false;
        area += Math.abs(polygonArea);
      },
      sphere() {},
    }),
  );
  return { d, area, centre: minX <= maxX ? [(minX + maxX) / 2, (minY + maxY) / 2] : undefined };
}
