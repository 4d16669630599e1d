import { Button, Flex } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { filenameOf, saveBlob } from './download.ts';
import { FEEDBACK_EXPORT_PATH, type ExportFormat } from './query.ts';

interface ExportButtonsProps {
  /** The export's query for a format. */
  queryFor: (format: ExportFormat) => string;
  labels: Record<ExportFormat, string>;
  /** File name when the server gives none. */
  fallbackName: string;
  /** Stacked full width (the edit view's side panel) or side by side (the list view's header). */
  stacked?: boolean;
}

const FORMATS: ExportFormat[] = ['csv', 'xlsx'];

/** A CSV and an Excel button downloading the feedback export with the editor's admin token. */
export function ExportButtons({ queryFor, labels, fallbackName, stacked = false }: ExportButtonsProps) {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    try {
      const response = await get<Blob>(FEEDBACK_EXPORT_PATH, { params: queryFor(format), responseType: 'blob' });
      saveBlob(response.data, filenameOf(response.headers, `${fallbackName}.${format}`));
    } catch {
      toggleNotification({ type: 'danger', message: 'Không xuất được tệp. Hãy thử lại; nếu vẫn lỗi, hãy đăng nhập lại.' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex direction={stacked ? 'column' : 'row'} alignItems="stretch" gap={2} width={stacked ? '100%' : undefined}>
      {FORMATS.map((format) => (
        <Button
          key={format}
          variant="tertiary"
          size="S"
          fullWidth={stacked}
          loading={busy === format}
          disabled={busy !== null}
          onClick={() => void download(format)}
        >
          {labels[format]}
        </Button>
      ))}
    </Flex>
  );
}
