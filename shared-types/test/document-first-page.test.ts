import { describe, expect, it } from 'vitest';
import { issuerFromCapitals, proposeDocumentMetadata } from '../src/document-first-page.js';

const PARTY_RESOLUTION = `ĐẢNG BỘ HUYỆN BÌNH SƠN
ĐẢNG ỦY XÃ BÌNH SƠN
*
Số 05-NQ/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Bình Sơn, ngày 05 tháng 3 năm 2021

NGHỊ QUYẾT
về phát triển kinh tế - xã hội
và bảo đảm quốc phòng, an ninh năm 2021
-----
Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
Đảng ủy xã quyết nghị:
T/M ĐẢNG ỦY
BÍ THƯ

Nguyễn Văn An`;

const STATE_DECISION = `ỦY BAN NHÂN DÂN
XÃ BÌNH SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/QĐ-UBND
Bình Sơn, ngày 20 tháng 12 năm 2022
QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc của Ủy ban nhân dân xã
CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH SƠN
Căn cứ Luật Tổ chức chính quyền địa phương;
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Bích Ngọc`;

describe('metadata proposed from a first page', () => {
  it('reads a Party resolution: number, type, issuer, place and date, subject over two lines, signer on behalf of the committee', () => {
    const proposal = proposeDocumentMetadata(PARTY_RESOLUTION);
    expect(proposal.number?.normalized).toBe('05-NQ/ĐU');
    expect(proposal).toMatchObject({
      typeName: 'Nghị quyết',
      issuerName: 'Đảng ủy xã Bình Sơn',
      place: 'Bình Sơn',
      issuedDate: '2021-03-05',
      subject: 'Về phát triển kinh tế - xã hội và bảo đảm quốc phòng, an ninh năm 2021',
      signer: 'Nguyễn Văn An',
      signerTitle: 'Bí thư',
      signingCapacity: 'on-behalf-of',
    });
  });

  it('reads a State decision whose header columns are interleaved, with an issuer over two lines and a deputy signing for', () => {
    const proposal = proposeDocumentMetadata(STATE_DECISION);
    expect(proposal.number?.normalized).toBe('15/QĐ-UBND');
    expect(proposal).toMatchObject({
      typeName: 'Quyết định',
      issuerName: 'Ủy ban nhân dân xã Bình Sơn',
      place: 'Bình Sơn',
      issuedDate: '2022-12-20',
      subject: 'Về việc ban hành Quy chế làm việc của Ủy ban nhân dân xã',
      signer: 'Trần Thị Bích Ngọc',
      signerTitle: 'Phó chủ tịch',
      signingCapacity: 'signing-for',
    });
  });

  it("takes an official letter's subject from its V/v line and its type from the number", () => {
    const proposal = proposeDocumentMetadata('ỦY BAN NHÂN DÂN\nXÃ BÌNH SƠN\nSố: 120/UBND-VP\nV/v triển khai tiêm phòng gia súc\nBình Sơn, ngày 1 tháng 4 năm 2023\nKính gửi: Các thôn');
    expect(proposal.number?.normalized).toBe('120/UBND-VP');
    expect(proposal).toMatchObject({ typeName: 'Công văn', subject: 'Triển khai tiêm phòng gia súc', issuedDate: '2023-04-01' });
  });

  it('proposes nothing it cannot read: no number, an impossible date', () => {
    const proposal = proposeDocumentMetadata('Một đoạn văn bình thường.\nHà Nội, ngày 31 tháng 2 năm 2021');
    expect(proposal).toMatchObject({ number: null, typeName: null, issuedDate: null, place: 'Hà Nội', signer: null, subject: null });
  });

  it('writes a capitalised issuing body in sentence case with its place name capitalised', () => {
    expect(issuerFromCapitals('BAN THƯỜNG VỤ HUYỆN ỦY BA CHẼ')).toBe('Ban thường vụ huyện Ủy Ba Chẽ');
    expect(issuerFromCapitals('ĐẢNG ỦY PHƯỜNG TÂN AN')).toBe('Đảng ủy phường Tân An');
  });
});
