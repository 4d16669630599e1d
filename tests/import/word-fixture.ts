/**
 * A Word report written with the `docx` library, holding every construct the Word import must carry over: a title,
 * headings, paragraphs with bold and italic, bulleted and numbered lists, a table with a header row, two images each
 * followed by a caption (one image used twice), a footnote and a document number in the text. Text is written in
 * decomposed Unicode (NFD) in one place, to prove the import stores NFC.
 */
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { solidPng } from '../../cms/tests/helpers/solid-png.ts';

export const FIXTURE = {
  title: 'Báo cáo kết quả thực hiện nhiệm vụ quý I năm 2021',
  heading: 'Tình hình kinh tế - xã hội',
  subheading: 'Nông nghiệp',
  bold: 'tăng 5,2%',
  italic: 'so với cùng kỳ',
  /** Written decomposed in the file. */
  nfdPhrase: 'Xã Bình Sơn hoàn thành chỉ tiêu'.normalize('NFD'),
  documentNumber: 'Nghị quyết số 05-NQ/ĐU',
  bullets: ['Trồng mới 12 ha rừng', 'Tiêm phòng cho đàn gia súc'],
  numbered: ['Rà soát hộ nghèo', 'Hoàn thành kế hoạch năm'],
  tableHeader: ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
  tableRows: [
    ['Thu ngân sách (triệu đồng)', '1.200', '1.350'],
    ['Hộ nghèo (hộ)', '45', '38'],
  ],
  captions: ['Ảnh 1: Lễ ra quân trồng rừng', 'Ảnh 2: Hội nghị sơ kết quý I'],
  footnote: 'Số liệu theo báo cáo của Văn phòng Đảng ủy.',
} as const;

/** The sections the report fixture becomes, in order (the same from .docx and from .doc). */
export const FIXTURE_SECTIONS = [
  'sections.rich-text',
  'sections.image',
  'sections.table',
  'sections.image',
  'sections.image',
  'sections.rich-text',
  'sections.rich-text',
];

export const RED_PNG = solidPng(4, 3, [200, 20, 20]);
export const BLUE_PNG = solidPng(3, 4, [20, 20, 200]);

function image(data: Buffer) {
  return new Paragraph({
    children: [new ImageRun({ type: 'png', data, transformation: { width: 40, height: 30 }, altText: { name: 'ảnh', description: 'ảnh', title: 'ảnh' } })],
  });
}

const caption = (text: string) => new Paragraph({ style: 'Caption', children: [new TextRun(text)] });

export async function writeReportDocx(extraParagraph?: string): Promise<Buffer> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const document = new Document({
    styles: {
      paragraphStyles: [{ id: 'Caption', name: 'Caption', basedOn: 'Normal', run: { italics: true, size: 20 } }],
    },
    numbering: {
      config: [{ reference: 'so-thu-tu', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }],
    },
    footnotes: { 1: { children: [new Paragraph(FIXTURE.footnote)] } },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(FIXTURE.title)] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(FIXTURE.heading)] }),
          new Paragraph({
            children: [
              new TextRun(`${FIXTURE.nfdPhrase} thu ngân sách `),
              new TextRun({ text: FIXTURE.bold, bold: true }),
              new TextRun(' '),
              new TextRun({ text: FIXTURE.italic, italics: true }),
              new TextRun(`, thực hiện ${FIXTURE.documentNumber} của Đảng ủy xã.`),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(FIXTURE.subheading)] }),
          ...FIXTURE.bullets.map((text) => new Paragraph({ text, bullet: { level: 0 } })),
          ...FIXTURE.numbered.map((text) => new Paragraph({ text, numbering: { reference: 'so-thu-tu', level: 0 } })),
          image(RED_PNG),
          caption(FIXTURE.captions[0]),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: FIXTURE.tableHeader.map(cell) }),
              ...FIXTURE.tableRows.map((row) => new TableRow({ children: row.map(cell) })),
            ],
          }),
          image(BLUE_PNG),
          caption(FIXTURE.captions[1]),
          // The first image again: uploaded once only.
          image(RED_PNG),
          new Paragraph('Đề nghị các chi bộ triển khai thực hiện.'),
          ...(extraParagraph ? [new Paragraph(extraParagraph)] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
