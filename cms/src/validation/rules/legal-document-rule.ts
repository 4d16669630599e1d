import { documentNumberKey, documentTypeName, formatViDate, parseDocumentNumber } from '@portal/shared-types';
import type { DocumentNumber } from '@portal/shared-types';
import type { FieldProblems } from '../field-errors';
import { instantOf, isoDateOf, rowsOf, rowOf, textOf, type Row } from '../stored-values';
import type { ContentRule, DerivedValues, RuleContext } from './content-rule';

const UID = 'api::legal-document.legal-document';

/** The period a number restarts in: the Party committee term, else the year of issue (State numbers restart yearly). */
export function numberingPeriod(value: DocumentNumber, term: string | null, issuedDate: string | null): string | null {
  if (value.year !== null) return String(value.year);
  if (value.system === 'party' && term !== null) return term;
  return issuedDate === null ? term : issuedDate.slice(0, 4);
}

async function findSameNumber(context: RuleContext, numberKey: string): Promise<Row | null> {
  return context.strapi.db.query(UID).findOne({
    where: { numberKey, documentId: { $ne: context.documentId } },
    select: ['normalizedNumber', 'subject'],
  });
}

function checkDates(version: Row, problems: FieldProblems): void {
  const issued = isoDateOf(version.issuedDate);
  const effective = isoDateOf(version.effectiveDate);
  if (issued !== null && effective !== null && effective < issued) {
    problems.add(
      ['effectiveDate'],
      `Ngày hiệu lực (${formatViDate(effective)}) không được trước ngày ban hành (${formatViDate(issued)}).`,
    );
  }
  const opens = instantOf(version.commentOpensAt);
  const closes = instantOf(version.commentClosesAt);
  if ((opens === null) !== (closes === null)) {
    const missing = opens === null ? 'commentOpensAt' : 'commentClosesAt';
    problems.add([missing], 'Thời hạn góp ý cần cả thời điểm bắt đầu và thời điểm kết thúc.');
  } else if (opens !== null && closes !== null && opens >= closes) {
    problems.add(['commentClosesAt'], 'Thời điểm kết thúc góp ý phải sau thời điểm bắt đầu.');
  }
}

/** Relations point at a document of the portal or name one by number; a number that parses is stored normalised. */
function deriveRelations(version: Row, problems: FieldProblems): DerivedValues['components'] {
  const derived: DerivedValues['components'] = [];
  rowsOf(version.relations).forEach((relation, index) => {
    const target = rowOf(relation.target);
    const targetNumber = textOf(relation.targetNumber);
    if (target === null && targetNumber === null) {
      problems.add(['relations', index, 'targetNumber'], 'Chọn văn bản trong thư viện hoặc nhập số ký hiệu của văn bản liên quan.');
      return;
    }
    if (targetNumber === null) return;
    const parsed = parseDocumentNumber(targetNumber);
    if (parsed.ok && parsed.value.normalized !== targetNumber) {
      derived.push({ attribute: 'relations', uid: 'document.relation', id: Number(relation.id), data: { targetNumber: parsed.value.normalized } });
    }
  });
  return derived;
}

export const legalDocumentRule: ContentRule = {
  uid: UID,
  // The full-text fields are written by the file-job worker only.
  derivedAttributes: ['normalizedNumber', 'system', 'sequence', 'typeCode', 'issuerCode', 'unitCode', 'numberYear', 'numberKey', 'fullText', 'fullTextStatus', 'fullTextMachineRead', 'fullTextSource', 'metadataProposal'],
  populate: { relations: { populate: { target: { select: ['id'] } } } },
  async derive(version, context) {
    const { problems } = context;
    checkDates(version, problems);
    const components = deriveRelations(version, problems);

    const parsed = parseDocumentNumber(textOf(version.rawNumber) ?? '');
    if (!parsed.ok) {
      // A document imported from an old portal keeps the number it was published under, parsed or not (the import
      // report lists it for an editor to correct); new entries must parse.
      if (textOf(version.legacyId) === null) problems.add(['rawNumber'], parsed.error);
      return { entry: {}, components };
    }
    const { value } = parsed;
    const entry: Row = {
      normalizedNumber: value.normalized,
      system: value.system,
      sequence: value.sequence,
      typeCode: value.typeCode,
      issuerCode: value.issuerCode,
      unitCode: value.unitCode,
      numberYear: value.year,
    };

    if (textOf(version.typeName) === null) {
      const typeName = documentTypeName(value.system, value.typeCode, { hasYear: value.year !== null });
      if (typeName === null) {
        problems.add(['typeName'], `Số ký hiệu “${value.normalized}” không cho biết loại văn bản: hãy nhập tên loại (ví dụ: Luật, Nghị quyết).`);
      } else {
        entry.typeName = typeName;
      }
    }

    const period = numberingPeriod(value, textOf(version.term), isoDateOf(version.issuedDate));
    if (period === null) {
      const field = value.system === 'party' ? 'term' : 'issuedDate';
      problems.add(
        [field],
        value.system === 'party'
          ? 'Số văn bản của Đảng đánh lại theo nhiệm kỳ: hãy nhập nhiệm kỳ (ví dụ 2020-2025) hoặc ngày ban hành.'
          : 'Số văn bản nhà nước đánh lại theo năm: hãy nhập ngày ban hành.',
      );
      return { entry, components };
    }
    const numberKey = documentNumberKey(value, period);
    const same = await findSameNumber(context, numberKey);
    if (same !== null) {
      problems.add(
        ['rawNumber'],
        `Văn bản số ${value.normalized} (${period}) đã có trong thư viện: “${String(same.subject ?? '')}”. Cùng cơ quan ban hành, nhiệm kỳ/năm, loại và số thì không được đăng ký hai lần.`,
      );
    }
    entry.numberKey = numberKey;
    return { entry, components };
  },
};
