import type { DemoCategory, DemoTag } from './types';

export const demoCategories: DemoCategory[] = [
  { name: 'Tin tức - Sự kiện', slug: 'tin-tuc-su-kien', description: 'Tin hoạt động của cấp ủy, chính quyền địa phương.', order: 1 },
  { name: 'Xây dựng Đảng', slug: 'xay-dung-dang', description: 'Công tác tổ chức, kiểm tra, giám sát và phát triển đảng viên.', order: 2 },
  { name: 'Kinh tế - Xã hội', slug: 'kinh-te-xa-hoi', description: 'Kết quả phát triển kinh tế, văn hóa, xã hội.', order: 3 },
  { name: 'Quốc phòng - An ninh', slug: 'quoc-phong-an-ninh', description: 'Công tác quân sự địa phương, giữ gìn an ninh trật tự.', order: 4 },
  {
    name: 'Học tập và làm theo Bác',
    slug: 'hoc-tap-va-lam-theo-bac',
    description: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
    order: 5,
  },
];

export const demoTags: DemoTag[] = [
  { name: 'Đại hội Đảng', slug: 'dai-hoi-dang' },
  { name: 'Bình Sơn', slug: 'binh-son' },
  { name: 'Ba Chẽ', slug: 'ba-che' },
  { name: 'Phú Riềng', slug: 'phu-rieng' },
  { name: 'Nông thôn mới', slug: 'nong-thon-moi' },
  { name: 'Giảm nghèo', slug: 'giam-ngheo' },
  { name: 'Kiểm tra, giám sát', slug: 'kiem-tra-giam-sat' },
  { name: 'Sắp xếp bộ máy', slug: 'sap-xep-bo-may' },
  { name: 'Chính quyền hai cấp', slug: 'chinh-quyen-hai-cap' },
  { name: 'Giáo dục', slug: 'giao-duc' },
];
