export type ExportFormat = 'csv' | 'xlsx';

export const FEEDBACK_EXPORT_PATH = '/api/editor/feedback-export';

/**
 * The export's query for the feedback list as the editor sees it: the filters, search and sort the content manager
 * keeps in the list view's URL (`filters[...]`, `_q`, `sort`), not its paging, so the file holds every matching entry.
 */
export function listExportQuery(search: string, format: ExportFormat): string {
  const query = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === '_q' || key === 'sort' || key.startsWith('filters[')) query.append(key, value);
  }
  query.set('format', format);
  return query.toString();
}

/** The export's query for every comment on one draft document. */
export function documentExportQuery(documentId: string, format: ExportFormat): string {
  return new URLSearchParams({ document: documentId, format }).toString();
}
