/** How attached files are described: format and size. */

import { formatViNumber } from '@portal/shared-types';

const FORMATS: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/zip': 'ZIP',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
};

/** "PDF", "DOCX"… from the MIME type, else the file name's extension in capitals. */
export function fileFormat(file: { mime: string; name: string }): string {
  const known = FORMATS[file.mime];
  if (known !== undefined) return known;
  const extension = /\.([a-z0-9]{1,8})$/i.exec(file.name)?.[1];
  return extension === undefined ? file.mime : extension.toUpperCase();
}

/** Strapi sizes are in KB: "384,12 KB", "1,5 MB" (vi-VN numbers). */
export function fileSize(sizeKb: number): string {
  if (sizeKb >= 1024) return `${formatViNumber(sizeKb / 1024, { maximumFractionDigits: 1 })} MB`;
  return `${formatViNumber(sizeKb, { maximumFractionDigits: sizeKb < 10 ? 1 : 0 })} KB`;
}
