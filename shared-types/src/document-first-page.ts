/**
 * Metadata proposed from the text of a document's first page, laid out as Party and State documents are (Quy định
 * 66-QĐ/TW, Nghị định 30/2020/NĐ-CP): issuing body top left above the number ("Số 05-NQ/ĐU", "Số: 15/QĐ-UBND"), place
 * and date top right ("Bình Sơn, ngày 05 tháng 3 năm 2021"), the type in capitals ("NGHỊ QUYẾT") with the subject under
 * it ("về …", or "V/v …" under the number of an official letter), and the signature block at the end (capacity
 * "T/M", "KT.", "TL.", "TUQ.", "Q.", the title, the signer's name). Only a proposal: the editor confirms.
 * Works on text in reading order or with the two header columns interleaved (pdftotext, OCR).
 */
import { findDocumentNumbers, type DocumentNumber } from './document-number.js';
import { documentTypeName, PARTY_DOCUMENT_TYPES, STATE_DOCUMENT_TYPES } from './document-types.js';

import type { SigningCapacity } from './schemas/refs/document.js';

export interface DocumentMetadataProposal {
  /** The number as parsed (normalised text in `number.normalized`). */
  number: DocumentNumber | null;
  typeName: string | null;
  issuerName: string | null;
  place: string | null;
  /** ISO date (YYYY-MM-DD). */
  issuedDate: string | null;
  subject: string | null;
  signer: string | null;
  signerTitle: string | null;
  signingCapacity: SigningCapacity | null;
}

const MOTTOS = [/^ĐẢNG CỘNG SẢN VIỆT NAM$/u, /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u, /^CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM$/u, /^Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc$/iu];
const PLACE_DATE = /([\p{Lu}][\p{L}.' -]{0,40}?)\s*,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const RULE = /^[\s*_\-–—.=]+$/u;
// Not \b: JavaScript's word boundary knows only ASCII letters.
const LEVEL = /^(XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH)(?!\p{L})/u;
const CAPACITY: ReadonlyArray<[RegExp, SigningCapacity]> = [
  [/^T\s*[/.]?\s*M\b\.?/u, 'on-behalf-of'],
  [/^KT\b\.?/u, 'signing-for'],
  [/^TUQ\b\.?/u, 'by-authorisation'],
  [/^TL\b\.?/u, 'by-order'],
  [/^Q\.\s/u, 'acting'],
];

const isUpper = (line: string) => /\p{L}/u.test(line) && line === line.toLocaleUpperCase('vi');
const isoDate = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
};

/** "ĐẢNG ỦY XÃ BÌNH SƠN" → "Đảng ủy xã Bình Sơn": sentence case, the place name after its level capitalised. */
export function issuerFromCapitals(text: string): string {
  const lower = text.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
  const sentence = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  return sentence.replace(/(?<!\p{L})(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh) (.+)$/u, (_, level: string, name: string) =>
    `${level} ${name.replace(/(^|\s)(\p{L})/gu, (_m: string, space: string, letter: string) => space + letter.toLocaleUpperCase('vi'))}`,
  );
}

const TYPE_NAMES = [...new Set([...PARTY_DOCUMENT_TYPES, ...STATE_DOCUMENT_TYPES].flatMap((type) => [type.name, ...(type.otherNames ?? [])]))]
  // Longest first: "CHƯƠNG TRÌNH HÀNH ĐỘNG" before "CHƯƠNG TRÌNH".
  .sort((a, b) => b.length - a.length);

const isPersonName = (line: string) =>
  /^(\p{Lu}[\p{Ll}]*)(\s+\p{Lu}[\p{Ll}]*){1,4}$/u.test(line) && !isUpper(line);

export function proposeDocumentMetadata(firstPage: string): DocumentMetadataProposal {
  const lines = firstPage
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim());
  const proposal: DocumentMetadataProposal = {
    number: null,
    typeName: null,
    issuerName: null,
    place: null,
    issuedDate: null,
    subject: null,
    signer: null,
    signerTitle: null,
    signingCapacity: null,
  };

  // The number: on its "Số" line, else the first number of the page.
  let numberLine = lines.findIndex((line) => /^Số(?!\p{L})/u.test(line) && findDocumentNumbers(line).length > 0);
  const numberSource = numberLine >= 0 ? lines[numberLine]! : firstPage.normalize('NFC');
  proposal.number = findDocumentNumbers(numberSource)[0]?.value ?? null;

  for (const line of lines) {
    const match = PLACE_DATE.exec(line);
    if (!match) continue;
    proposal.place = match[1]!.trim();
    proposal.issuedDate = isoDate(Number(match[4]), Number(match[3]), Number(match[2]));
    break;
  }

  // The issuing body: the capitalised header lines above the number, mottos, dates and rules left out; the last one,
  // joined with the line above when it is only the level and place ("ỦY BAN NHÂN DÂN" / "XÃ BÌNH SƠN").
  const headerEnd = numberLine >= 0 ? numberLine : Math.min(lines.length, 8);
  const header = lines
    .slice(0, headerEnd)
    .filter((line) => line && !RULE.test(line) && !PLACE_DATE.test(line) && !MOTTOS.some((motto) => motto.test(line)) && isUpper(line));
  const last = header.at(-1);
  if (last) {
    const body = LEVEL.test(last) && header.length >= 2 ? `${header.at(-2)} ${last}` : last;
    proposal.issuerName = issuerFromCapitals(body);
  }

  // The type: a line that is a type name in capitals; the subject follows it up to a rule, a blank line or "Căn cứ".
  const typeLine = lines.findIndex((line, index) => index > numberLine && TYPE_NAMES.some((name) => line === name.toLocaleUpperCase('vi')));
  if (typeLine >= 0) {
    proposal.typeName = TYPE_NAMES.find((name) => lines[typeLine] === name.toLocaleUpperCase('vi'))!;
    const subject: string[] = [];
    for (const line of lines.slice(typeLine + 1)) {
      if (!line) {
        if (subject.length > 0) break;
        continue;
      }
      if (RULE.test(line) || /^(Căn cứ|Kính gửi)(?!\p{L})/u.test(line) || (subject.length > 0 && isUpper(line)) || PLACE_DATE.test(line)) break;
      subject.push(line);
      if (subject.length === 4) break;
    }
    if (subject.length > 0) proposal.subject = subject.join(' ');
  } else {
    const letter = lines.find((line) => /^V\/v\b/u.test(line));
    if (letter) proposal.subject = letter.replace(/^V\/v\s*/u, '').trim() || null;
  }
  if (!proposal.typeName && proposal.number) {
    proposal.typeName = documentTypeName(proposal.number.system, proposal.number.typeCode, { hasYear: proposal.number.year !== null });
  }
  if (proposal.subject) proposal.subject = proposal.subject.charAt(0).toLocaleUpperCase('vi') + proposal.subject.slice(1);

  // The signature block: the last person's name, the capitalised title above it, and a capacity line above that.
  for (let index = lines.length - 1; index >= 0; index--) {
    if (!isPersonName(lines[index]!)) continue;
    proposal.signer = lines[index]!;
    const above = lines.slice(Math.max(0, index - 6), index).filter((line) => line && isUpper(line));
    const capacityAt = above.findIndex((line) => CAPACITY.some(([pattern]) => pattern.test(line)));
    if (capacityAt >= 0) {
      proposal.signingCapacity = CAPACITY.find(([pattern]) => pattern.test(above[capacityAt]!))![1];
    }
    const title = above.slice(capacityAt + 1).at(-1);
    if (title) proposal.signerTitle = title.charAt(0) + title.slice(1).toLocaleLowerCase('vi');
    break;
  }
  return proposal;
}
