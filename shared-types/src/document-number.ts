/**
 * Document numbers ("số, ký hiệu văn bản") of the Party and the State: parsing, formatting and finding them in text.
 *
 * Party:  {sequence}-{TYPE}/{ISSUER}                     215-KL/TU, 08-QĐi/TW, 12-HD/BTCTW
 * State:  {sequence}/{TYPE}-{ISSUER}[-{UNIT}]            867/NQ-UBTVQH14, 15/QĐ-UBND, 1012/QĐ-TTg
 *         {sequence}/{ISSUER}-{UNIT}  (official letter)  5518/VPCP-KSTT
 *         {sequence}/{YEAR}/{TYPE}-{ISSUER}              30/2020/NĐ-CP, 15/2023/QĐ-UBND (legal normative documents)
 *         {sequence}/{YEAR}/{ISSUER}  (law, ordinance)   80/2015/QH13
 *
 * A type code is told from an issuer code by the official type list (document-types.ts), so an unknown type code
 * cannot be told from an issuer in `15/QX-UBND` except that UBND is a well-known issuer and never a drafting unit;
 * such numbers are rejected as having an unknown type code. Known limitation: a letter from an issuer whose code is
 * also a type code (e.g. a tax department "CT") is read as a typed document.
 */

import { findDocumentType, type DocumentSystem } from './document-types.js';

export interface DocumentNumber {
  /** 'party' for `215-KL/TU`, 'state' for `15/QĐ-UBND`. */
  system: DocumentSystem;
  /** The sequence number as written, leading zeros kept ("05"). */
  sequence: string;
  /** Official type code in its official spelling ("QĐi", "CTr"); null for State official letters and laws. */
  typeCode: string | null;
  /** Issuer code as written ("TU", "UBTVQH14", "TTg"); joint issuers of a normative document keep their "-". */
  issuerCode: string;
  /** Drafting unit of a State document ("KSTT" in 5518/VPCP-KSTT); null when absent and always null for the Party. */
  unitCode: string | null;
  /**
   * The year written in the number (2020 in 30/2020/NĐ-CP, 2015 in 80/2015/QH13); null when the number carries none
   * (all Party numbers and non-normative State documents): take the year from the issued date then.
   */
  year: number | null;
  /** Canonical text: "Số: 16 - HD/BTCTW" → "16-HD/BTCTW". */
  normalized: string;
}

export type ParseDocumentNumberResult = { ok: true; value: DocumentNumber } | { ok: false; error: string };

const PARTY_EXAMPLE = '215-KL/TU';
const STATE_EXAMPLE = '15/QĐ-UBND';
const NORMATIVE_EXAMPLE = '30/2020/NĐ-CP';
const LETTER_EXAMPLE = '5518/VPCP-KSTT';
const ANY_EXAMPLE = `${PARTY_EXAMPLE} (văn bản của Đảng), ${STATE_EXAMPLE} hoặc ${NORMATIVE_EXAMPLE} (văn bản nhà nước)`;

const MIN_YEAR = 1945;
const MAX_YEAR = 2100;
const MAX_SEQUENCE_DIGITS = 6;

/** Issuer codes that are never a drafting unit: in `15/QX-UBND` the first part must have been meant as a type. */
const TOP_LEVEL_STATE_ISSUERS = new Set(['UBND', 'HĐND', 'CP', 'TTg', 'CTN', 'VPCP', 'VPQH', 'TANDTC', 'VKSNDTC', 'KTNN']);
const TERM_ISSUER = /^(?:QH|UBTVQH)\d{1,2}$/;

/** An issuer or unit code: starts with a capital letter, then letters (Đ included) and digits. */
const CODE_PATTERN = /^[A-ZĐ][A-Za-zĐđ0-9]*$/;

function fail(problem: string, example: string): { ok: false; error: string } {
  return { ok: false, error: `${problem} Ví dụ hợp lệ: ${example}.` };
}

const quote = (text: string): string => `“${text}”`;

/**
 * Undoes the usual mess of copied or hand-typed numbers: Unicode look-alikes for Đ, dashes and slashes, a leading
 * "Số:" label and spaces around the separators.
 */
export function cleanDocumentNumberText(input: string): string {
  return input
    .normalize('NFC')
    .replace(/[\u00D0\u0189]/g, 'Đ')
    .replace(/\u00F0/g, 'đ')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u2044\u2215\uFF0F]/g, '/')
    .replace(/[\s\u00A0\u202F\u200B]+/g, ' ')
    .trim()
    .replace(/^s[ốo](?:\s*(?:ký\s*hiệu|hiệu))?\s*[:.]?\s*(?=\d|$)/iu, '')
    .replace(/ ?([-/]) ?/g, '$1');
}

/** Returns what is wrong with an issuer or unit code, or null; the caller adds the example through fail(). */
function checkCode(code: string, role: string, whole: string): string | null {
  if (code === '') return `Thiếu ${role} trong ${quote(whole)}.`;
  if (!CODE_PATTERN.test(code)) {
    return `${capitalise(role)} ${quote(code)} không hợp lệ: phải bắt đầu bằng chữ in hoa và chỉ gồm chữ cái, chữ số.`;
  }
  return null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function success(value: Omit<DocumentNumber, 'normalized'>): { ok: true; value: DocumentNumber } {
  const full: DocumentNumber = { ...value, normalized: '' };
  full.normalized = formatDocumentNumber(full);
  return { ok: true, value: full };
}

function parseParty(sequence: string, rest: string): ParseDocumentNumberResult {
  const parts = rest.split('/');
  if (parts.length === 1) {
    return fail(
      `Số ký hiệu văn bản của Đảng thiếu dấu “/” giữa loại văn bản và cơ quan ban hành trong ${quote(`${sequence}-${rest}`)}.`,
      PARTY_EXAMPLE,
    );
  }
  if (parts.length > 2) {
    return fail(`Số ký hiệu văn bản của Đảng chỉ có một dấu “/”, nhưng ${quote(`${sequence}-${rest}`)} có ${parts.length - 1}.`, PARTY_EXAMPLE);
  }
  const [typePart = '', issuer = ''] = parts;
  if (typePart === '') return fail(`Thiếu ký hiệu loại văn bản sau số ${quote(sequence)}.`, PARTY_EXAMPLE);
  const type = findDocumentType('party', typePart);
  if (type === undefined) {
    return fail(
      `${quote(typePart)} không phải là ký hiệu loại văn bản của Đảng (ví dụ: NQ, QĐ, QĐi, CT, KL, HD, KH, CTHĐ).`,
      PARTY_EXAMPLE,
    );
  }
  const issuerProblem = checkCode(issuer, 'ký hiệu cơ quan ban hành', `${sequence}-${rest}`);
  if (issuerProblem !== null) return fail(issuerProblem, PARTY_EXAMPLE);
  return success({ system: 'party', sequence, typeCode: type.code, issuerCode: issuer, unitCode: null, year: null });
}

function unknownStateType(code: string, example: string): { ok: false; error: string } {
  return fail(
    `${quote(code)} không phải là ký hiệu loại văn bản nhà nước (ví dụ: NQ, QĐ, CT, NĐ, TT, KH, TB, TTr, QyĐ).`,
    example,
  );
}

function parseYear(text: string, whole: string): { ok: true; year: number } | { ok: false; error: string } {
  if (!/^\d{4}$/.test(text)) {
    return fail(
      `Phần ${quote(text)} giữa hai dấu “/” trong ${quote(whole)} phải là năm ban hành gồm 4 chữ số.`,
      NORMATIVE_EXAMPLE,
    );
  }
  const year = Number(text);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return fail(`Năm ${quote(text)} trong ${quote(whole)} nằm ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`, NORMATIVE_EXAMPLE);
  }
  return { ok: true, year };
}

function parseState(sequence: string, rest: string): ParseDocumentNumberResult {
  const whole = `${sequence}/${rest}`;
  const parts = rest.split('/');
  if (parts.length > 2) {
    return fail(`Số ký hiệu ${quote(whole)} có quá nhiều dấu “/”.`, `${STATE_EXAMPLE} hoặc ${NORMATIVE_EXAMPLE}`);
  }
  let year: number | null = null;
  let codes = parts[0] ?? '';
  if (parts.length === 2) {
    const parsedYear = parseYear(parts[0] ?? '', whole);
    if (!parsedYear.ok) return parsedYear;
    year = parsedYear.year;
    codes = parts[1] ?? '';
  }
  const example = year === null ? STATE_EXAMPLE : NORMATIVE_EXAMPLE;
  if (codes === '') return fail(`Thiếu ký hiệu loại văn bản và cơ quan ban hành sau dấu “/” trong ${quote(whole)}.`, example);
  const segments = codes.split('-');
  if (segments.some((segment) => segment === '')) {
    return fail(`Ký hiệu ${quote(codes)} có dấu “-” thừa hoặc thiếu phần ký hiệu.`, example);
  }
  const [first = '', ...others] = segments;
  const type = findDocumentType('state', first);

  let typeCode: string | null = null;
  let issuerCode: string;
  let unitCode: string | null = null;
  if (type !== undefined) {
    typeCode = type.code;
    if (others.length === 0) {
      return fail(`Thiếu ký hiệu cơ quan ban hành sau loại văn bản ${quote(first)} trong ${quote(whole)}.`, example);
    }
    if (year !== null) {
      // Joint normative documents name every issuer: 01/2016/TTLT-BNV-BTC.
      issuerCode = others.join('-');
    } else {
      if (others.length > 2) {
        return fail(`Số ký hiệu ${quote(whole)} có quá nhiều phần ngăn bởi dấu “-”.`, `${STATE_EXAMPLE} hoặc ${LETTER_EXAMPLE}`);
      }
      issuerCode = others[0] ?? '';
      unitCode = others[1] ?? null;
    }
  } else if (year !== null) {
    // Laws and ordinances: 80/2015/QH13 has no type code, only the issuer.
    if (others.length > 0) return unknownStateType(first, NORMATIVE_EXAMPLE);
    issuerCode = first;
  } else {
    if (others.length > 1) {
      return fail(`Số ký hiệu ${quote(whole)} có quá nhiều phần ngăn bởi dấu “-”.`, `${STATE_EXAMPLE} hoặc ${LETTER_EXAMPLE}`);
    }
    const second = others[0];
    if (second !== undefined && isTopLevelIssuer(second)) return unknownStateType(first, STATE_EXAMPLE);
    // An official letter: 5518/VPCP-KSTT.
    issuerCode = first;
    unitCode = second ?? null;
  }

  for (const segment of issuerCode.split('-')) {
    const problem = checkCode(segment, 'ký hiệu cơ quan ban hành', whole);
    if (problem !== null) return fail(problem, example);
  }
  if (unitCode !== null) {
    const problem = checkCode(unitCode, 'ký hiệu đơn vị soạn thảo', whole);
    if (problem !== null) return fail(problem, LETTER_EXAMPLE);
  }
  return success({ system: 'state', sequence, typeCode, issuerCode, unitCode, year });
}

function isTopLevelIssuer(code: string): boolean {
  return TOP_LEVEL_STATE_ISSUERS.has(code) || TERM_ISSUER.test(code);
}

/** Parses a document number, accepting the usual messy input, and explains in Vietnamese what is wrong if it fails. */
export function parseDocumentNumber(input: string): ParseDocumentNumberResult {
  const text = cleanDocumentNumberText(input);
  if (text === '') return fail('Số ký hiệu văn bản đang để trống.', ANY_EXAMPLE);
  if (/\s/.test(text)) {
    return fail(`Số ký hiệu ${quote(text)} có khoảng trắng không đúng chỗ.`, ANY_EXAMPLE);
  }
  const match = /^(\d+)([-/])(.*)$/.exec(text);
  if (match === null) {
    const hint = /^\d+$/.test(text)
      ? `Số ký hiệu ${quote(text)} mới có số thứ tự, thiếu loại văn bản và cơ quan ban hành.`
      : /^\d/.test(text)
        ? `Sau số thứ tự trong ${quote(text)} phải là dấu “-” (văn bản của Đảng) hoặc dấu “/” (văn bản nhà nước).`
        : `Số ký hiệu ${quote(text)} phải bắt đầu bằng số thứ tự (chữ số).`;
    return fail(hint, ANY_EXAMPLE);
  }
  const [, sequence = '', separator, rest = ''] = match;
  const example = separator === '-' ? PARTY_EXAMPLE : STATE_EXAMPLE;
  if (sequence.length > MAX_SEQUENCE_DIGITS) {
    return fail(`Số thứ tự ${quote(sequence)} quá dài (tối đa ${MAX_SEQUENCE_DIGITS} chữ số).`, example);
  }
  if (Number(sequence) === 0) return fail(`Số thứ tự ${quote(sequence)} phải lớn hơn 0.`, example);
  return separator === '-' ? parseParty(sequence, rest) : parseState(sequence, rest);
}

/** Canonical text of a parsed number; `formatDocumentNumber(parse(x).value) === parse(x).value.normalized`. */
export function formatDocumentNumber(value: DocumentNumber): string {
  if (value.system === 'party') {
    return `${value.sequence}-${value.typeCode ?? ''}/${value.issuerCode}`;
  }
  const codes = [value.typeCode, value.issuerCode, value.unitCode].filter((code): code is string => code !== null);
  const year = value.year === null ? '' : `${value.year}/`;
  return `${value.sequence}/${year}${codes.join('-')}`;
}

/**
 * Splits an issuer code carrying a term number ("UBTVQH14" → body "UBTVQH", term 14; "QH13" → "QH", 13).
 * Returns null for codes without a trailing number. The issuer code itself stays as written in DocumentNumber.
 */
export function issuerTerm(issuerCode: string): { body: string; term: number } | null {
  const match = /^([A-Za-zĐđ]+)(\d{1,2})$/.exec(issuerCode);
  if (match === null) return null;
  const [, body = '', term = ''] = match;
  return { body, term: Number(term) };
}

/**
 * Uniqueness key of a document: issuer + period + type + number, never the number alone. Party numbers restart each
 * committee term and State numbers each calendar year, so the caller supplies the period: the term ("2020-2025")
 * for the Party, the issue year for the State (the year in the number is used when present).
 */
export function documentNumberKey(value: DocumentNumber, period: string | number): string {
  const effectivePeriod = value.year ?? period;
  return [value.system, value.issuerCode, String(effectivePeriod), value.typeCode ?? '', String(Number(value.sequence))].join('|');
}

export interface FoundDocumentNumber {
  /** UTF-16 offset of the first character: `text.slice(start, end) === raw`. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  /** The text as it appears in the input (spaces and look-alike letters included). */
  raw: string;
  value: DocumentNumber;
}

const SPACE = '[ \\t\\u00A0\\u202F]{0,3}';
const DASH = '[-\\u2010-\\u2015\\u2212]';
const SLASH = '[/\\u2044\\u2215\\uFF0F]';
const CODE = '[A-ZĐ\\u00D0][A-Za-zĐđ\\u00D0\\u00F0\\d]*';
const PARTY_TAIL = `${SPACE}${DASH}${SPACE}${CODE}${SPACE}${SLASH}${SPACE}${CODE}`;
const STATE_TAIL = `${SPACE}${SLASH}${SPACE}(?:\\d{4}${SPACE}${SLASH}${SPACE})?${CODE}(?:${SPACE}${DASH}${SPACE}${CODE}){0,3}`;
// The look-behind keeps us out of dates (10/01/2020), decimals and fractions (13.999,5/13.401) and codes (COVID-19).
const CANDIDATE_SOURCE = `(?<![\\p{L}\\p{N}.,/\\-\\u2010-\\u2015])\\d{1,${MAX_SEQUENCE_DIGITS}}(?:${PARTY_TAIL}|${STATE_TAIL})(?![\\p{L}\\p{N}])`;

/**
 * Every document number cited in running text, in order, for auto-linking. Candidates are validated by
 * parseDocumentNumber; a bare `{number}/{CODE}` without type, year or unit is ignored because in prose it is more
 * often something else than an official letter.
 */
export function findDocumentNumbers(text: string): FoundDocumentNumber[] {
  const found: FoundDocumentNumber[] = [];
  for (const match of text.matchAll(new RegExp(CANDIDATE_SOURCE, 'gu'))) {
    const raw = match[0];
    const parsed = parseDocumentNumber(raw);
    if (!parsed.ok) continue;
    const { value } = parsed;
    if (value.system === 'state' && value.typeCode === null && value.year === null && value.unitCode === null) continue;
    found.push({ start: match.index, end: match.index + raw.length, raw, value });
  }
  return found;
}
