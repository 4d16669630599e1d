import { parseDocumentNumber } from '@portal/shared-types';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  adminJwt,
  countEntries,
  createEntry,
  deleteCreatedEntries,
  getEntry,
  mustCreate,
  uniqueMarker,
  updateEntry,
  uploadImage,
  validData,
  type ValidationErrorBody,
} from './helpers/content-manager.ts';
import { request } from './helpers/http.ts';

const cms = inject('cms');

afterAll(deleteCreatedEntries);

const DOCUMENT = 'api::legal-document.legal-document';
const REPORT = 'api::kpi-report.kpi-report';
const SCHEDULE = 'api::schedule.schedule';
const ARTICLE = 'api::article.article';
const CONGRESS = 'api::congress.congress';
const INDICATOR = 'api::indicator.indicator';

/**
 * Sends a save that must be refused: 400, a ValidationError naming the field with a Vietnamese message, and
 * nothing stored (the number of entries matching `marker` is unchanged).
 */
async function expectRejected(
  uid: string,
  data: Record<string, unknown>,
  expected: { path: string[]; message: string | RegExp },
  countFilter: string,
): Promise<void> {
  const before = await countEntries(cms, uid, countFilter);
  const { status, body } = await createEntry<ValidationErrorBody>(cms, uid, data);
  expect(status).toBe(400);
  expect(body.error.name).toBe('ValidationError');
  const problem = body.error.details.errors?.find((error) => error.path.join('.') === expected.path.join('.'));
  expect(problem, `no error on ${expected.path.join('.')}: ${JSON.stringify(body.error)}`).toBeDefined();
  if (typeof expected.message === 'string') expect(problem!.message).toBe(expected.message);
  else expect(problem!.message).toMatch(expected.message);
  expect(body.error.message).toContain(problem!.message);
  expect(await countEntries(cms, uid, countFilter)).toBe(before);
}

const bySubject = (text: string) => `&filters[subject][$contains]=${encodeURIComponent(text)}`;
const byTitle = (text: string) => `&filters[title][$contains]=${encodeURIComponent(text)}`;

describe('a document number', () => {
  it('that does not parse is refused with the library’s Vietnamese message', async () => {
    const marker = uniqueMarker();
    const rawNumber = `${marker.number}/QX-UBND`;
    const parsed = parseDocumentNumber(rawNumber);
    expect(parsed.ok).toBe(false);
    await expectRejected(
      DOCUMENT,
      { ...validData(DOCUMENT, marker), rawNumber },
      { path: ['rawNumber'], message: parsed.ok ? '' : parsed.error },
      bySubject(marker.text),
    );
  });

  it('is stored with its normalised form and parsed parts, derived on the server whatever the writer sends', async () => {
    const marker = uniqueMarker();
    const stored = await mustCreate(cms, DOCUMENT, {
      ...validData(DOCUMENT, marker),
      rawNumber: `Số: ${marker.number} - qđ/HU`,
      normalizedNumber: 'bịa đặt',
      numberKey: 'bịa đặt',
      typeCode: 'XX',
    });
    const again = await getEntry(cms, DOCUMENT, stored.documentId);
    for (const document of [stored, again]) {
      expect(document).toMatchObject({
        normalizedNumber: `${marker.number}-QĐ/HU`,
        system: 'party',
        sequence: String(marker.number),
        typeCode: 'QĐ',
        issuerCode: 'HU',
        unitCode: null,
        numberYear: null,
        numberKey: `party|HU|2020-2025|QĐ|${marker.number}`,
        typeName: 'Quyết định',
        slug: `${marker.number}-qd-hu-2020-2025`,
      });
    }
  });

  it('keeps the year written in a State legal document number and derives its type name', async () => {
    const marker = uniqueMarker();
    const stored = await mustCreate(cms, DOCUMENT, {
      ...validData(DOCUMENT, marker),
      rawNumber: `${marker.number}/2020/NÐ-CP`, // look-alike Ð (U+00D0)
      term: null,
    });
    expect(stored).toMatchObject({
      normalizedNumber: `${marker.number}/2020/NĐ-CP`,
      system: 'state',
      numberYear: 2020,
      typeName: 'Nghị định',
      numberKey: `state|CP|2020|NĐ|${marker.number}`,
    });
  });

  it('cannot be registered twice for the same issuer, term, type and number', async () => {
    const marker = uniqueMarker();
    await mustCreate(cms, DOCUMENT, validData(DOCUMENT, marker));
    await expectRejected(
      DOCUMENT,
      { ...validData(DOCUMENT, marker), rawNumber: ` ${marker.number} - NQ / ĐU `, subject: `Bản trùng ${marker.text}` },
      { path: ['rawNumber'], message: /đã có trong thư viện.*không được đăng ký hai lần/ },
      bySubject(marker.text),
    );
  });

  it('may repeat in another term (Party numbers restart each term)', async () => {
    const marker = uniqueMarker();
    await mustCreate(cms, DOCUMENT, validData(DOCUMENT, marker));
    const next = await mustCreate(cms, DOCUMENT, { ...validData(DOCUMENT, marker), term: '2025-2030', issuedDate: '2026-01-05' });
    expect(next.numberKey).toBe(`party|ĐU|2025-2030|NQ|${marker.number}`);
  });

  it('is checked when an editor duplicates a document', async () => {
    const marker = uniqueMarker();
    const source = await mustCreate(cms, DOCUMENT, validData(DOCUMENT, marker));
    const cloneUrl = `${cms.url}/content-manager/collection-types/${DOCUMENT}/clone/${source.documentId}`;
    const before = await countEntries(cms, DOCUMENT, bySubject(marker.text));
    const same = await request<ValidationErrorBody>(cloneUrl, { method: 'POST', token: await adminJwt(cms), body: { slug: `${source.slug}-ban-sao` } });
    expect(same.status).toBe(400);
    expect(same.body.error.details.errors?.[0]?.path).toEqual(['rawNumber']);
    expect(await countEntries(cms, DOCUMENT, bySubject(marker.text))).toBe(before);
    const renumbered = await request(cloneUrl, {
      method: 'POST',
      token: await adminJwt(cms),
      body: { rawNumber: `${marker.number + 1}-NQ/ĐU`, slug: `${source.slug}-ban-sao` },
    });
    expect(renumbered.status).toBe(200);
    const copy = await getEntry(cms, DOCUMENT, renumbered.body.data.documentId);
    await request(`${cms.url}/content-manager/collection-types/${DOCUMENT}/${copy.documentId}`, { method: 'DELETE', token: await adminJwt(cms) });
    expect(copy).toMatchObject({ normalizedNumber: `${marker.number + 1}-NQ/ĐU`, numberKey: `party|ĐU|2020-2025|NQ|${marker.number + 1}` });
  });

  it('is checked on update too, against the rest of the stored entry', async () => {
    const marker = uniqueMarker();
    const stored = await mustCreate(cms, DOCUMENT, validData(DOCUMENT, marker));
    const { status, body } = await updateEntry<ValidationErrorBody>(cms, DOCUMENT, stored.documentId, { rawNumber: '12-ABC' });
    expect(status).toBe(400);
    expect(body.error.details.errors?.[0]?.path).toEqual(['rawNumber']);
    expect((await getEntry(cms, DOCUMENT, stored.documentId)).rawNumber).toBe(stored.rawNumber);
  });
});

describe('document dates', () => {
  it('refuse an effective date before the issue date', async () => {
    const marker = uniqueMarker();
    await expectRejected(
      DOCUMENT,
      { ...validData(DOCUMENT, marker), issuedDate: '2021-03-25', effectiveDate: '2021-03-20' },
      { path: ['effectiveDate'], message: 'Ngày hiệu lực (20/03/2021) không được trước ngày ban hành (25/03/2021).' },
      bySubject(marker.text),
    );
  });

  it('accept an effective date on the issue date', async () => {
    const marker = uniqueMarker();
    const stored = await mustCreate(cms, DOCUMENT, { ...validData(DOCUMENT, marker), issuedDate: '2021-03-25', effectiveDate: '2021-03-25' });
    expect(stored.effectiveDate).toBe('2021-03-25');
  });

  it('refuse a comment period that closes when or before it opens', async () => {
    const marker = uniqueMarker();
    await expectRejected(
      DOCUMENT,
      {
        ...validData(DOCUMENT, marker),
        validity: 'draft-for-comment',
        commentOpensAt: '2025-06-10T01:00:00.000Z',
        commentClosesAt: '2025-06-10T01:00:00.000Z',
      },
      { path: ['commentClosesAt'], message: 'Thời điểm kết thúc góp ý phải sau thời điểm bắt đầu.' },
      bySubject(marker.text),
    );
  });

  it('refuse a comment period with only one end', async () => {
    const marker = uniqueMarker();
    await expectRejected(
      DOCUMENT,
      { ...validData(DOCUMENT, marker), validity: 'draft-for-comment', commentOpensAt: '2025-06-10T01:00:00.000Z' },
      { path: ['commentClosesAt'], message: 'Thời hạn góp ý cần cả thời điểm bắt đầu và thời điểm kết thúc.' },
      bySubject(marker.text),
    );
  });

  it('accept an open comment period', async () => {
    const marker = uniqueMarker();
    const stored = await mustCreate(cms, DOCUMENT, {
      ...validData(DOCUMENT, marker),
      validity: 'draft-for-comment',
      commentOpensAt: '2025-06-10T01:00:00.000Z',
      commentClosesAt: '2025-07-10T10:00:00.000Z',
    });
    expect(stored.commentClosesAt).toBe('2025-07-10T10:00:00.000Z');
  });
});

describe('KPI report values', () => {
  let higher: string;
  let lower: string;

  beforeAll(async () => {
    higher = (await mustCreate(cms, INDICATOR, validData(INDICATOR, uniqueMarker()))).documentId;
    lower = (await mustCreate(cms, INDICATOR, { ...validData(INDICATOR, uniqueMarker()), measureUnit: '%', direction: 'lower' })).documentId;
  });

  it('refuse a plan of 0, naming the row and field', async () => {
    const marker = uniqueMarker();
    await expectRejected(
      REPORT,
      { ...validData(REPORT, marker), values: [{ indicator: higher, plan: 10, actual: 9 }, { indicator: higher, plan: 0, actual: 5 }] },
      { path: ['values', '1', 'plan'], message: /^Kế hoạch của chỉ tiêu “.+” phải lớn hơn 0 \(nhận được 0\)\.$/ },
      byTitle(marker.text),
    );
  });

  it('refuse a negative plan', async () => {
    const marker = uniqueMarker();
    await expectRejected(
      REPORT,
      { ...validData(REPORT, marker), values: [{ indicator: lower, plan: -1, actual: 5 }] },
      { path: ['values', '0', 'plan'], message: /phải lớn hơn 0/ },
      byTitle(marker.text),
    );
  });

  it('refuse a figure that is not a number', async () => {
    const marker = uniqueMarker();
    await expectRejected(
      REPORT,
      { ...validData(REPORT, marker), values: [{ indicator: higher, plan: 'mười', actual: 5 }] },
      { path: ['values', '0', 'plan'], message: 'Kế hoạch phải là một số (ví dụ 17.711,84), không phải “mười”.' },
      byTitle(marker.text),
    );
  });

  it('refuse a value without an indicator (its unit comes from the indicator)', async () => {
    const marker = uniqueMarker();
    await expectRejected(
      REPORT,
      { ...validData(REPORT, marker), values: [{ plan: 10, actual: 5 }] },
      { path: ['values', '0', 'indicator'], message: 'Chọn chỉ tiêu cho dòng số liệu này (đơn vị tính lấy theo chỉ tiêu).' },
      byTitle(marker.text),
    );
  });

  it('refuse a "lower is better" actual of 0 with the library message', async () => {
    const marker = uniqueMarker();
    await expectRejected(
      REPORT,
      { ...validData(REPORT, marker), values: [{ indicator: lower, plan: 1, actual: 0 }] },
      { path: ['values', '0', 'actual'], message: /phép chia cho 0/ },
      byTitle(marker.text),
    );
  });

  it('accept vi-VN figures and store the derived percentages, statuses and summary', async () => {
    const marker = uniqueMarker();
    const stored = await mustCreate(cms, REPORT, {
      ...validData(REPORT, marker),
      gradingScore: 91.5,
      metOrExceeded: 99,
      summaryLabel: 'gõ tay',
      values: [
        // Maize 2020: 28.295,4 of 31.650 t planned = 89,4%.
        { indicator: higher, plan: '31.650', actual: '28.295,4', previous: 30000, percentOfPlan: 100, status: 'met' },
        // Poverty rate: lower is better; 4,57% against a plan of 5%.
        { indicator: lower, plan: 5, actual: 4.57 },
        { indicator: higher, plan: 5, actual: 6 },
      ],
    });
    const reread = await getEntry(cms, REPORT, stored.documentId);
    for (const report of [stored, reread]) {
      expect(report).toMatchObject({
        metOrExceeded: 2,
        totalAssessed: 3,
        summaryLabel: 'đạt và vượt 2/3 chỉ tiêu',
        grading: 'excellent',
      });
      expect(report.values.map((value: Record<string, unknown>) => [value.plan, value.actual, value.percentOfPlan, value.changeOnPrevious, value.status])).toEqual([
        [31650, 28295.4, 89.4, -5.68, 'not-met'],
        [5, 4.57, 109.41, null, 'exceeded'],
        [5, 6, 120, null, 'exceeded'],
      ]);
    }
  });
});

describe('a schedule week', () => {
  it('must be a real ISO week', async () => {
    const marker = uniqueMarker();
    await expectRejected(
      SCHEDULE,
      { ...validData(SCHEDULE, marker), isoYear: 2021, isoWeek: 53 },
      { path: ['isoWeek'], message: 'Tuần 53 của năm 2021 không tồn tại (tuần ISO từ 1 đến 52 hoặc 53).' },
      byTitle(marker.text),
    );
  });

  it('must hold its entries', async () => {
    const marker = uniqueMarker();
    await expectRejected(
      SCHEDULE,
      {
        ...validData(SCHEDULE, marker),
        isoYear: 2020,
        isoWeek: 29,
        entries: [
          { day: '2020-07-13', content: 'Họp Ban Thường vụ' },
          { day: '2020-07-20', content: 'Tiếp công dân' },
        ],
      },
      { path: ['entries', '1', 'day'], message: 'Ngày 20/07/2020 nằm ngoài tuần 29/2020 (từ 13/07/2020 đến 19/07/2020).' },
      byTitle(marker.text),
    );
  });

  it('stores its Monday and Sunday, derived from the week (53 weeks in 2020)', async () => {
    const marker = uniqueMarker();
    const stored = await mustCreate(cms, SCHEDULE, {
      ...validData(SCHEDULE, marker),
      isoYear: 2020,
      isoWeek: 53,
      startDate: '1999-01-01',
      entries: [{ day: '2021-01-03', time: '07:30', content: 'Trực Tết Dương lịch' }],
    });
    expect(stored).toMatchObject({ startDate: '2020-12-28', endDate: '2021-01-03' });
    expect(stored.entries[0].time).toMatch(/^07:30/);
  });
});

describe('a cover image', () => {
  it('without alternative text is refused on an article', async () => {
    const marker = uniqueMarker();
    const image = await uploadImage(cms, null);
    await expectRejected(
      ARTICLE,
      { ...validData(ARTICLE, marker), cover: image.id },
      { path: ['cover'], message: /^Ảnh đại diện “.+\.png” chưa có văn bản thay thế \(alt\)\./ },
      byTitle(marker.text),
    );
  });

  it('without alternative text is refused on a congress', async () => {
    const marker = uniqueMarker();
    const image = await uploadImage(cms, '');
    await expectRejected(
      CONGRESS,
      { ...validData(CONGRESS, marker), cover: image.id },
      { path: ['cover'], message: /chưa có văn bản thay thế \(alt\)/ },
      byTitle(marker.text),
    );
  });

  it('with alternative text is accepted', async () => {
    const marker = uniqueMarker();
    const image = await uploadImage(cms, 'Quang cảnh Đại hội');
    const stored = await mustCreate(cms, ARTICLE, { ...validData(ARTICLE, marker), cover: image.id, coverCaption: 'Ảnh minh họa' });
    expect((await getEntry(cms, ARTICLE, stored.documentId)).cover).toMatchObject({ alternativeText: 'Quang cảnh Đại hội' });
  });
});
