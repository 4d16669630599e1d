/**
 * What a DOCX may not contain, checked on its parts before conversion: macros, XML document type declarations
 * (external entities), and relationships that point outside the file (a linked image, a remote template) — those are
 * never fetched; the file is refused.
 */
import { refuse } from './refusal.js';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

function xmlText(data: Buffer): string {
  // UTF-16 XML starts with a byte-order mark; everything else Word writes is UTF-8.
  if (data[0] === 0xff && data[1] === 0xfe) return data.toString('utf16le');
  if (data[0] === 0xfe && data[1] === 0xff) return Buffer.from(data).swap16().toString('utf16le');
  return data.toString('utf8');
}

export function checkDocxParts(parts: Map<string, Buffer>): void {
  const contentTypes = parts.get('[Content_Types].xml');
  if (!contentTypes || !parts.has('word/document.xml')) {
    refuse('corrupt', 'Tệp bị hỏng hoặc không phải tệp Word (.docx) hợp lệ: thiếu phần nội dung chính.');
  }
  const macro = 'Tệp Word có chứa macro (.docm) không được nhập vì lý do an toàn. Hãy lưu lại thành "Tài liệu Word (.docx)" rồi nhập.';
  for (const name of parts.keys()) {
    if (/vbaProject\.bin$|vbaData\.xml$/i.test(name)) refuse('macro', macro);
  }
  if (/macroEnabled/i.test(xmlText(contentTypes!))) refuse('macro', macro);

  for (const [name, data] of parts) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const text = xmlText(data);
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
      refuse('xml-entities', 'Tệp Word chứa khai báo thực thể XML (DOCTYPE/ENTITY) — có thể dùng để đọc trộm dữ liệu máy chủ; không nhập.');
    }
    if (name.endsWith('.rels')) {
      for (const relationship of text.match(/<Relationship\b[^>]*>/g) ?? []) {
        if (!/TargetMode\s*=\s*["']External["']/i.test(relationship)) continue;
        const type = /Type\s*=\s*["']([^"']*)["']/.exec(relationship)?.[1] ?? '';
        if (type === HYPERLINK) continue;
        if (/\/image$/.test(type)) {
          refuse('external-reference', 'Tệp Word có ảnh liên kết từ bên ngoài tệp (không nhúng trong tệp). Hãy chèn ảnh trực tiếp vào tài liệu rồi nhập lại.');
        }
        refuse('external-reference', 'Tệp Word tham chiếu tới nội dung bên ngoài tệp (mẫu, đối tượng liên kết); không nhập.');
      }
    }
  }
}
