/**
 * The demo unit's "Tiếp cận thông tin" section: the focal point and the disclosure items with the demo documents and
 * pages that fulfil them. Strategies, investment and the financial report are left unlinked on purpose: the admin
 * shows editors what is missing.
 */
export const demoInformationAccess = {
  intro:
    'Công dân có quyền tiếp cận thông tin theo Luật Tiếp cận thông tin năm 2016. Thông tin được công khai trên cổng; thông tin khác được cung cấp theo yêu cầu.',
  focalName: 'Lê Minh Tâm',
  focalPosition: 'Chánh Văn phòng HĐND và UBND huyện',
  focalPhone: '(0255) 3 851 000',
  focalEmail: 'banbientap.binhson@example.org',
  items: [
    { item: 'legal-documents', documents: ['867-nq-ubtvqh14', '1211-qd-hu'], pages: [] },
    { item: 'policy-guidance', documents: ['12-hd-btctw'], pages: [] },
    { item: 'organisation-contacts', documents: [], pages: ['gioi-thieu', 'so-do-to-chuc'] },
    { item: 'disclosure-list', documents: [], pages: [] },
  ],
} as const;
