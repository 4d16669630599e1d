/**
 * Official type codes ("ký hiệu loại văn bản") of Party and State documents, with their Vietnamese names.
 *
 * Party codes follow the Party's document-formatting rules (Quy định 66-QĐ/TW, now 399-QĐ/TW); State codes follow
 * Appendix III of Nghị định 30/2020/NĐ-CP plus the codes of legal normative documents (NĐ, TT, TTLT…).
 * Mixed case is part of the official code (QĐi, QyĐ, CTr, TTr, TTh, TrS) and is kept as written here.
 */

export type DocumentSystem = 'party' | 'state';

export interface DocumentTypeInfo {
  /** The official code as it appears in a document number, e.g. "NQ", "QĐi". */
  readonly code: string;
  /** Vietnamese name of the type, e.g. "Nghị quyết". */
  readonly name: string;
  /** Other types sharing the code (Party "QĐ" is both "Quyết định" and "Quy định"). */
  readonly otherNames?: readonly string[];
}

export const PARTY_DOCUMENT_TYPES: readonly DocumentTypeInfo[] = [
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', name: 'Quyết định', otherNames: ['Quy định'] },
  { code: 'QĐi', name: 'Quy định' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'KL', name: 'Kết luận' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'TT', name: 'Thông tri' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'QH', name: 'Quy hoạch' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'CTHĐ', name: 'Chương trình hành động' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'DA', name: 'Dự án' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'CV', name: 'Công văn' },
  { code: 'BS', name: 'Bản sao' },
];

export const STATE_DOCUMENT_TYPES: readonly DocumentTypeInfo[] = [
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'QyĐ', name: 'Quy định' },
  { code: 'TC', name: 'Thông cáo' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'PA', name: 'Phương án' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'DA', name: 'Dự án' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'BB', name: 'Biên bản' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'HĐ', name: 'Hợp đồng' },
  { code: 'CĐ', name: 'Công điện' },
  { code: 'GN', name: 'Bản ghi nhớ' },
  { code: 'TTh', name: 'Bản thỏa thuận' },
  { code: 'GUQ', name: 'Giấy ủy quyền' },
  { code: 'GM', name: 'Giấy mời' },
  { code: 'GGT', name: 'Giấy giới thiệu' },
  { code: 'GNP', name: 'Giấy nghỉ phép' },
  { code: 'PG', name: 'Phiếu gửi' },
  { code: 'PC', name: 'Phiếu chuyển' },
  { code: 'PB', name: 'Phiếu báo' },
  { code: 'SY', name: 'Bản sao y' },
  { code: 'SL', name: 'Bản sao lục' },
  { code: 'TrS', name: 'Bản trích sao' },
  // Legal normative documents (they carry the year in the number: 30/2020/NĐ-CP).
  { code: 'NĐ', name: 'Nghị định' },
  { code: 'TT', name: 'Thông tư' },
  { code: 'TTLT', name: 'Thông tư liên tịch' },
  { code: 'NQLT', name: 'Nghị quyết liên tịch' },
  { code: 'L', name: 'Lệnh' },
];

/** A State official letter carries no type code (5518/VPCP-KSTT); this is the name to show for it. */
export const OFFICIAL_LETTER_NAME = 'Công văn';

/** Vietnamese names of common Party issuer codes (the part after "/" in 215-KL/TU). */
export const PARTY_ISSUER_NAMES: Readonly<Record<string, string>> = {
  TW: 'Trung ương (Ban Chấp hành, Bộ Chính trị, Ban Bí thư)',
  TU: 'Tỉnh ủy, Thành ủy',
  HU: 'Huyện ủy, Quận ủy, Thị ủy, Thành ủy trực thuộc tỉnh',
  ĐU: 'Đảng ủy',
  CB: 'Chi bộ',
  ĐH: 'Đại hội',
  VPTW: 'Văn phòng Trung ương Đảng',
  BTCTW: 'Ban Tổ chức Trung ương',
  BTGTW: 'Ban Tuyên giáo Trung ương',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
  VPTU: 'Văn phòng Tỉnh ủy',
  BTCTU: 'Ban Tổ chức Tỉnh ủy',
  BTGTU: 'Ban Tuyên giáo Tỉnh ủy',
  UBKTTU: 'Ủy ban Kiểm tra Tỉnh ủy',
  VPHU: 'Văn phòng Huyện ủy',
  BTCHU: 'Ban Tổ chức Huyện ủy',
  UBKTHU: 'Ủy ban Kiểm tra Huyện ủy',
};

function typeList(system: DocumentSystem): readonly DocumentTypeInfo[] {
  return system === 'party' ? PARTY_DOCUMENT_TYPES : STATE_DOCUMENT_TYPES;
}

/**
 * Looks a type code up in the official list of a system. Matching ignores case so that "qđ" or "CTR" typed by an
 * editor resolve to the official spelling ("QĐ", "CTr"); the codes of each list are distinct ignoring case.
 */
export function findDocumentType(system: DocumentSystem, code: string): DocumentTypeInfo | undefined {
  const wanted = code.toUpperCase();
  return typeList(system).find((type) => type.code.toUpperCase() === wanted);
}

/**
 * Vietnamese name for a type code, e.g. ("party", "KL") → "Kết luận". A State number without a type code and
 * without a year is an official letter ("Công văn"); a year-bearing one without a type (80/2015/QH13) may be a law or
 * a resolution, which the number alone cannot tell, so the result is null.
 */
export function documentTypeName(
  system: DocumentSystem,
  typeCode: string | null,
  options: { hasYear?: boolean } = {},
): string | null {
  if (typeCode === null) {
    return system === 'state' && options.hasYear !== true ? OFFICIAL_LETTER_NAME : null;
  }
  return findDocumentType(system, typeCode)?.name ?? null;
}
