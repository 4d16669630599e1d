import { useLocation, useParams } from 'react-router-dom';
import { ExportButtons } from './ExportButtons.tsx';
import { documentExportQuery, listExportQuery } from './query.ts';

const FEEDBACK = 'api::feedback.feedback';
const LEGAL_DOCUMENT = 'api::legal-document.legal-document';

/** On the feedback list view: the list, with the filters currently applied, as CSV or Excel. */
export function FeedbackListExport() {
  const { slug } = useParams<{ slug: string }>();
  const { search } = useLocation();
  if (slug !== FEEDBACK) return null;
  return (
    <ExportButtons
      queryFor={(format) => listExportQuery(search, format)}
      labels={{ csv: 'Xuất danh sách (CSV)', xlsx: 'Xuất danh sách (Excel)' }}
      fallbackName="y-kien-ban-doc"
    />
  );
}

/** On a legal document's edit view: every comment on it (a draft put out for consultation), as CSV or Excel. */
export function DocumentFeedbackExport() {
  const { slug, id } = useParams<{ slug: string; id: string }>();
  // Nothing to export from a document not saved yet.
  if (slug !== LEGAL_DOCUMENT || !id || id === 'create') return null;
  return (
    <ExportButtons
      queryFor={(format) => documentExportQuery(id, format)}
      labels={{ csv: 'Xuất góp ý (CSV)', xlsx: 'Xuất góp ý (Excel)' }}
      fallbackName="gop-y"
      stacked
    />
  );
}
