import type { DemoCongress } from './types';

export const demoCongresses: DemoCongress[] = [
  {
    slug: 'dai-hoi-dang-bo-huyen-binh-son-lan-thu-xxvii',
    title: 'Đại hội đại biểu Đảng bộ huyện Bình Sơn lần thứ XXVII, nhiệm kỳ 2020 – 2025',
    ordinal: 27,
    termStartYear: 2020,
    termEndYear: 2025,
    organisation: 'huyen-uy-binh-son',
    description: [
      'Đại hội tổng kết nhiệm kỳ trước, bầu Ban Chấp hành Đảng bộ huyện khóa XXVII và quyết định phương hướng phát triển của huyện trong 5 năm.',
      'Trước Đại hội, dự thảo Báo cáo chính trị được đăng trên cổng thông tin để cán bộ, đảng viên và nhân dân góp ý.',
      'Ngay năm đầu nhiệm kỳ, Đảng bộ huyện được Ban Thường vụ Tỉnh ủy xếp loại hoàn thành xuất sắc nhiệm vụ năm 2020.',
    ],
    termTargets: [
      {
        indicator: 'BS-NONG-THON-MOI',
        target: 18,
        targetText: 'Năm 2021 có 18/21 xã đạt chuẩn nông thôn mới',
        note: 'Mốc đầu nhiệm kỳ do huyện đề ra cho năm 2021.',
      },
      {
        indicator: 'BS-HO-NGHEO',
        target: 2,
        targetText: 'Đưa tỷ lệ hộ nghèo xuống dưới 2% vào cuối nhiệm kỳ',
        note: 'Mục tiêu minh họa cho bản trình diễn.',
      },
      {
        indicator: 'BS-TRUONG-CHUAN',
        target: 5,
        targetText: 'Mỗi năm có thêm ít nhất 5 trường đạt chuẩn quốc gia',
        note: 'Mục tiêu minh họa cho bản trình diễn.',
      },
    ],
    cover: {
      file: 'dai-hoi-binh-son-xxvii',
      label: 'Đại hội Đảng bộ huyện Bình Sơn lần thứ XXVII',
      alt: 'Tranh minh họa nền đỏ với ngôi sao vàng và dòng chữ Đại hội Đảng bộ huyện Bình Sơn lần thứ XXVII',
      caption: 'Ảnh minh họa',
      theme: 'party',
    },
  },
  {
    slug: 'dai-hoi-dang-bo-huyen-ba-che-lan-thu-xxv',
    title: 'Đại hội đại biểu Đảng bộ huyện Ba Chẽ lần thứ XXV, nhiệm kỳ 2020 – 2025',
    ordinal: 25,
    termStartYear: 2020,
    termEndYear: 2025,
    executiveCommitteeSize: 37,
    organisation: 'huyen-uy-ba-che',
    secretary: 'nguyen-minh-son',
    executiveCommitteeMembers: ['nguyen-minh-son'],
    description: [
      'Đại hội bầu Ban Chấp hành Đảng bộ huyện khóa XXV gồm 37 đồng chí; đồng chí Nguyễn Minh Sơn, Tỉnh ủy viên, được bầu làm Bí thư Huyện ủy.',
      'Ngày 14/10/2020, Ban Chấp hành khóa XXV họp hội nghị lần thứ 3 đánh giá kết quả 9 tháng và bàn nhiệm vụ những tháng cuối năm.',
    ],
    termTargets: [
      { indicator: 'BC-HO-NGHEO', target: 1, targetText: 'Đưa tỷ lệ hộ nghèo xuống dưới 1%' },
      {
        indicator: 'BC-THUNS-HUYEN',
        target: 36,
        targetText: 'Thu ngân sách năm 2020 đạt ít nhất 36 tỷ đồng',
        note: 'Chỉ tiêu năm đầu nhiệm kỳ.',
      },
      { indicator: 'BC-TRUONG-CHUAN', target: 21, targetText: 'Giữ vững 21/21 trường đạt chuẩn quốc gia' },
    ],
    cover: {
      file: 'dai-hoi-ba-che-xxv',
      label: 'Đại hội Đảng bộ huyện Ba Chẽ lần thứ XXV',
      alt: 'Tranh minh họa nền đỏ với ngôi sao vàng và dòng chữ Đại hội Đảng bộ huyện Ba Chẽ lần thứ XXV',
      caption: 'Ảnh minh họa',
      theme: 'party',
    },
  },
  {
    slug: 'dai-hoi-dang-bo-co-quan-chinh-quyen-huyen-lan-thu-ii',
    title: 'Đại hội Đảng bộ Cơ quan chính quyền huyện lần thứ II, nhiệm kỳ 2020 – 2025',
    ordinal: 2,
    termStartYear: 2020,
    termEndYear: 2025,
    organisation: 'dang-bo-co-quan-chinh-quyen-huyen',
    secretary: 'nguyen-xuan-hoan',
    executiveCommitteeMembers: ['nguyen-xuan-hoan'],
    description: [
      'Đại hội bầu Ban Chấp hành Đảng bộ nhiệm kỳ 2020 – 2025; đồng chí Nguyễn Xuân Hoản, Phó Chủ tịch Ủy ban nhân dân huyện, được bầu làm Bí thư Đảng ủy.',
      'Đảng bộ lãnh đạo các cơ quan chuyên môn thực hiện nhiệm vụ chính trị, trong đó có sản xuất nông nghiệp và phát triển đảng viên.',
    ],
    termTargets: [
      { indicator: 'CQ-KET-NAP', target: 5, targetText: 'Kết nạp ít nhất 5 đảng viên mỗi năm' },
      {
        indicator: 'CQ-LUONG-THUC-BINH-QUAN',
        target: 1620,
        targetText: 'Lương thực bình quân đầu người đạt từ 1.620 kg/năm trở lên',
        note: 'Theo kế hoạch năm 2020.',
      },
    ],
    cover: {
      file: 'dai-hoi-co-quan-chinh-quyen-ii',
      label: 'Đại hội Đảng bộ Cơ quan chính quyền huyện lần thứ II',
      alt: 'Tranh minh họa nền đỏ với ngôi sao vàng và dòng chữ Đại hội Đảng bộ Cơ quan chính quyền huyện lần thứ II',
      caption: 'Ảnh minh họa',
      theme: 'party',
    },
  },
];
