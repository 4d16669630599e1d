/** The open data files under /du-lieu/: name, what they hold, and how to build each format. */

import type { CsvCell } from '@portal/shared-types';
import { documentPath } from '../navigation/paths.ts';
import { DOCUMENT_COLUMNS, KPI_COLUMNS, allKpiRecords, documentRecord } from './open-data.ts';
import type { SiteIndex } from '../build/site-index.ts';

export interface OpenDataFile {
  name: 'van-ban' | 'chi-tieu';
  columns: readonly string[];
  records: (index: SiteIndex, site: URL) => Array<Record<string, CsvCell>>;
}

export const OPEN_DATA_FILES: readonly OpenDataFile[] = [
  {
    name: 'van-ban',
    columns: DOCUMENT_COLUMNS,
    records: (index, site) => index.documents.map((document) => documentRecord(document, new URL(documentPath(document.slug), site).href)),
  },
  { name: 'chi-tieu', columns: KPI_COLUMNS, records: (index) => allKpiRecords(index.reports, index.indicatorById) },
];
