/**
 * The demo unit's "Tiếp cận thông tin" section: the focal point and the disclosure items with the demo documents and
 * pages and articles that fulfil them. Investment and procurement and the financial report are left unlinked on
 * purpose: the admin shows editors what is missing.
 */
export const demoInformationAccess = {
  intro:
    'Công dân có quyền tiếp cận thông tin theo Luật Tiếp cận thông tin năm 2016. Thông tin được công khai trên cổng; thông tin khác được cung cấp theo yêu cầu.',
  focalName: 'Lê Minh Tâm',
  focalPosition: 'Chánh Văn phòng HĐND và UBND huyện',
  focalPhone: '(0255) 3 851 000',
  focalEmail: 'banbientap.binhson@example.org',
  items: [
    { item: 'legal-documents', documents: ['867-nq-ubtvqh14', '1211-qd-hu'], pages: [], articles: [] },
    { item: 'policy-guidance', documents: ['12-hd-btctw'], pages: [], articles: [] },
    { item: 'strategies-plans', documents: [], pages: [], articles: ['binh-son-hoan-thanh-10-tren-16-chi-tieu-kinh-te-xa-hoi-nam-2020'] },
    { item: 'organisation-contacts', documents: [], pages: ['gioi-thieu', 'so-do-to-chuc'], articles: [] },
    { item: 'disclosure-list', documents: [], pages: [], articles: [] },
  ],
} as const;
