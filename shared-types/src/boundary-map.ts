/**
 * A commune's or province's boundary map (Nghị định 224/2026) drawn as SVG at build time from the GeoJSON file
 * editors upload: Polygon and MultiPolygon geometries (bare, in a Feature or a FeatureCollection), longitude/latitude in
 * WGS 84 as every GIS tool exports. Projected equirectangularly around the shape's mean latitude, which is accurate to
 * well under a pixel at the size of a commune or a province.
 *
 * @example
 * const map = boundaryMapSvg(JSON.parse(file), { width: 600 });
 * // { viewBox: '0 0 600 412', width: 600, height: 412, paths: ['M12.0 400.0L…Z'] }
 */

type Position = [number, number];
type Ring = Position[];
type PolygonCoordinates = Ring[];

export interface BoundaryMap {
  viewBox: string;
  width: number;
  height: number;
  /** One SVG path `d` per polygon (holes included, drawn with the even-odd rule). */
  paths: string[];
}

export class BoundaryError extends Error {
  override name = 'BoundaryError';
}

function fail(reason: string): never {
  throw new BoundaryError(`Tệp GeoJSON ranh giới không hợp lệ: ${reason}.`);
}

function position(value: unknown): Position {
  if (!Array.isArray(value) || value.length < 2) fail('mỗi điểm phải là [kinh độ, vĩ độ]');
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) fail('tọa độ phải là số');
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) fail(`tọa độ [${lon}, ${lat}] nằm ngoài kinh độ −180…180, vĩ độ −90…90`);
  return [lon, lat];
}

function polygon(value: unknown): PolygonCoordinates {
  if (!Array.isArray(value) || value.length === 0) fail('một vùng (Polygon) phải có ít nhất một đường bao');
  return value.map((ring) => {
    if (!Array.isArray(ring) || ring.length < 4) fail('mỗi đường bao phải có ít nhất 4 điểm, điểm cuối trùng điểm đầu');
    return ring.map(position);
  });
}

function polygonsOf(geometry: unknown): PolygonCoordinates[] {
  if (geometry === null || typeof geometry !== 'object') fail('thiếu hình học (geometry)');
  const { type, coordinates, geometries } = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  switch (type) {
    case 'Polygon':
      return [polygon(coordinates)];
    case 'MultiPolygon':
      if (!Array.isArray(coordinates) || coordinates.length === 0) fail('MultiPolygon không có vùng nào');
      return coordinates.map(polygon);
    case 'GeometryCollection':
      if (!Array.isArray(geometries)) fail('GeometryCollection thiếu geometries');
      return geometries.flatMap(polygonsOf);
    case 'Feature':
      return polygonsOf((geometry as { geometry?: unknown }).geometry);
    case 'FeatureCollection': {
      const features = (geometry as { features?: unknown }).features;
      if (!Array.isArray(features) || features.length === 0) fail('FeatureCollection không có đối tượng nào');
      return features.flatMap(polygonsOf);
    }
    default:
      fail(`chỉ vẽ được vùng (Polygon, MultiPolygon), không phải “${String(type)}”`);
  }
}

/** Parses GeoJSON (text or object) into its polygons, with a Vietnamese BoundaryError naming what is wrong. */
export function parseBoundary(geojson: unknown): PolygonCoordinates[] {
  let value = geojson;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      fail('không đọc được JSON');
    }
  }
  return polygonsOf(value);
}

/**
 * The SVG drawing of a boundary, `width` wide (default 600) with the height its shape needs, and `padding` pixels of
 * margin (default 8). Coordinates are rounded to 0.1 px.
 */
export function boundaryMapSvg(geojson: unknown, options: { width?: number; padding?: number } = {}): BoundaryMap {
  const polygons = parseBoundary(geojson);
  const width = options.width ?? 600;
  const padding = options.padding ?? 8;
  const points = polygons.flat(2);
  const lats = points.map(([, lat]) => lat);
  const meanLat = lats.reduce((sum, lat) => sum + lat, 0) / lats.length;
  const scaleX = Math.cos((meanLat * Math.PI) / 180);
  const xs = points.map(([lon]) => lon * scaleX);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...lats), Math.max(...lats)];
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  if (spanX <= 0 || spanY <= 0) fail('ranh giới không có diện tích');
  const scale = (width - 2 * padding) / spanX;
  const height = Math.round(spanY * scale + 2 * padding);
  const fmt = (value: number) => value.toFixed(1);
  const paths = polygons.map((rings) =>
    rings
      .map((ring) => {
        const commands = ring.map(([lon, lat], index) => {
          const x = padding + (lon * scaleX - minX) * scale;
          const y = padding + (maxY - lat) * scale;
          return `${index === 0 ? 'M' : 'L'}${fmt(x)} ${fmt(y)}`;
        });
        return `${commands.join('')}Z`;
      })
      .join(''),
  );
  return { viewBox: `0 0 ${width} ${height}`, width, height, paths };
}
