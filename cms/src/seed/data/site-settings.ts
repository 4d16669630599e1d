import type { DemoSiteSettings } from './types';

export const demoSiteSettings: DemoSiteSettings = {
  portalName: 'Cổng thông tin điện tử huyện Bình Sơn',
  ownerName: 'Ủy ban nhân dân huyện Bình Sơn',
  ownerOrganisation: 'ubnd-huyen-binh-son',
  editorInChiefName: 'Lê Minh Tâm',
  editorInChiefTitle: 'Chánh Văn phòng HĐND và UBND huyện',
  licence: 'Cổng thông tin điện tử của cơ quan nhà nước, hoạt động theo Nghị định số 42/2022/NĐ-CP của Chính phủ.',
  phone: '(0255) 3 851 000',
  email: 'banbientap.binhson@example.org',
  address: 'Thị trấn Châu Ổ, huyện Bình Sơn, tỉnh Quảng Ngãi',
  linkedWebsites: [
    { label: 'Cổng thông tin điện tử Chính phủ', url: 'https://chinhphu.vn' },
    { label: 'Báo điện tử Đảng Cộng sản Việt Nam', url: 'https://dangcongsan.vn' },
    { label: 'Cổng thông tin điện tử tỉnh Quảng Ngãi', url: 'https://quangngai.gov.vn' },
    { label: 'Báo Quảng Ngãi điện tử', url: 'https://baoquangngai.vn' },
    { label: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', url: 'https://vbpl.vn' },
  ],
  socialLinks: [],
  homeSections: [
    { kind: 'hot-news', title: 'Tin nóng', limit: 5 },
    { kind: 'featured-news', title: 'Tin tiêu điểm', limit: 4 },
    { kind: 'weekly-schedule', title: 'Lịch công tác tuần này' },
    { kind: 'latest-by-category', category: 'xay-dung-dang', limit: 4 },
    { kind: 'latest-by-category', category: 'kinh-te-xa-hoi', limit: 4 },
    { kind: 'kpi-highlights', title: 'Kết quả thực hiện chỉ tiêu', limit: 6 },
    { kind: 'draft-consultations', title: 'Dự thảo lấy ý kiến' },
    { kind: 'linked-websites', title: 'Website liên kết' },
  ],
};
