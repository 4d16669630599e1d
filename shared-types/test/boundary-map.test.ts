import { describe, expect, it } from 'vitest';
import { BoundaryError, boundaryMapSvg, parseBoundary } from '../src/index.js';

// A square of 0.1° × 0.1° near Bình Sơn (≈ 15.3°N). A degree of longitude there is cos(15.34°) ≈ 0.964 of a degree
// of latitude, so the drawing is taller than wide.
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [108.7, 15.3],
      [108.8, 15.3],
      [108.8, 15.4],
      [108.7, 15.4],
      [108.7, 15.3],
    ],
  ],
};

describe('boundaryMapSvg', () => {
  it('projects a polygon into the drawing, north up, with the padding', () => {
    const map = boundaryMapSvg(square, { width: 200, padding: 10 });
    expect(map.width).toBe(200);
    // 180 px for 0.1° × cos(15.34°) of longitude → 0.1° of latitude is 180 / 0.9644 ≈ 186.6 px, + 20 padding.
    expect(map.height).toBe(207);
    expect(map.viewBox).toBe('0 0 200 207');
    expect(map.paths).toEqual(['M10.0 196.6L190.0 196.6L190.0 10.0L10.0 10.0L10.0 196.6Z']);
  });

  it('reads Features, FeatureCollections and MultiPolygons (with holes), from text too', () => {
    const hole = [
      [108.72, 15.32],
      [108.74, 15.32],
      [108.74, 15.34],
      [108.72, 15.32],
    ];
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { ten: 'xã A' }, geometry: { type: 'Polygon', coordinates: [square.coordinates[0], hole] } },
        { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] } },
      ],
    };
    const map = boundaryMapSvg(JSON.stringify(collection));
    expect(map.paths).toHaveLength(3);
    expect(map.paths[0]!.match(/Z/g)).toHaveLength(2);
    expect(parseBoundary(collection)).toHaveLength(3);
  });

  it.each<[unknown, RegExp]>([
    ['{ không phải json', /không đọc được JSON/],
    [{ type: 'Point', coordinates: [108.7, 15.3] }, /chỉ vẽ được vùng/],
    [{ type: 'Polygon', coordinates: [[[108.7, 15.3], [108.8, 15.3], [108.7, 15.3]]] }, /ít nhất 4 điểm/],
    [{ type: 'Polygon', coordinates: [[[15.3, 108.7], [15.4, 108.7], [15.4, 108.8], [15.3, 108.7]]] }, /nằm ngoài/],
    [{ type: 'FeatureCollection', features: [] }, /không có đối tượng nào/],
    [{ type: 'Polygon', coordinates: [[[108.7, 15.3], [108.7, 15.3], [108.7, 15.3], [108.7, 15.3]]] }, /không có diện tích/],
  ])('refuses %j with a Vietnamese reason', (input, reason) => {
    expect(() => boundaryMapSvg(input)).toThrow(BoundaryError);
    expect(() => boundaryMapSvg(input)).toThrow(reason);
  });
});
