import type { FieldProblems } from '../field-errors';
import { rowOf, textOf, type Row } from '../stored-values';

/** Cover images are read by screen readers: an image without alternative text cannot be saved as a cover. */
export function checkCoverAltText(version: Row, problems: FieldProblems, field = 'cover'): void {
  const cover = rowOf(version[field]);
  if (cover === null) return;
  if (textOf(cover.alternativeText) === null) {
    problems.add(
      [field],
      `Ảnh đại diện “${String(cover.name ?? '')}” chưa có văn bản thay thế (alt). Hãy nhập mô tả ảnh trong Thư viện media rồi lưu lại.`,
    );
  }
}
