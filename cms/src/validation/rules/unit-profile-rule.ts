import fs from 'node:fs';
import path from 'node:path';
import { BoundaryError, parseBoundary } from '@portal/shared-types';
import { rowOf, textOf } from '../stored-values';
import type { ContentRule } from './content-rule';

/**
 * The commune/province profile: an uploaded boundary must be GeoJSON the site can draw (shared-types parseBoundary),
 * and comes with a text description for those who cannot see the map. Files of the local upload provider are read from
 * the public folder; with a remote provider the site build checks it instead.
 */
export const unitProfileRule: ContentRule = {
  uid: 'api::unit-profile.unit-profile',
  derivedAttributes: [],
  populate: { boundary: true },
  derive(version, { strapi, problems }) {
    const file = rowOf(version.boundary);
    if (!file) return { entry: {}, components: [] };
    if (textOf(version.boundaryDescription) === null) {
      problems.add(['boundaryDescription'], 'Vui lòng mô tả ranh giới bằng lời (giáp những đâu) cho người không xem được bản đồ.');
    }
    const name = String(file.name ?? '');
    if (!/\.(geo)?json$/i.test(name)) {
      problems.add(['boundary'], `Bản đồ ranh giới phải là tệp GeoJSON (.geojson hoặc .json), không phải “${name}”.`);
      return { entry: {}, components: [] };
    }
    const url = String(file.url ?? '');
    if (url.startsWith('/')) {
      try {
        parseBoundary(fs.readFileSync(path.join(strapi.dirs.static.public, url), 'utf8'));
      } catch (error) {
        if (error instanceof BoundaryError) problems.add(['boundary'], error.message);
        else throw error;
      }
    }
    return { entry: {}, components: [] };
  },
};
