import type { DemoPerson } from './types';

/** People named in the facts, with the positions they held at the time of the news. */
export const demoPeople: DemoPerson[] = [
  {
    slug: 'nguyen-minh-son',
    fullName: 'Nguyễn Minh Sơn',
    biography: [
      'Tỉnh ủy viên Tỉnh ủy Quảng Ninh, Bí thư Huyện ủy Ba Chẽ nhiệm kỳ 2020 – 2025.',
      'Chủ trì Hội nghị lần thứ 3 Ban Chấp hành Đảng bộ huyện Ba Chẽ khóa XXV ngày 14/10/2020.',
    ],
    positions: [
      { title: 'Tỉnh ủy viên', organisation: 'tinh-uy-quang-ninh' },
      { title: 'Bí thư Huyện ủy', organisation: 'huyen-uy-ba-che', until: '2025-06-30' },
    ],
  },
  {
    slug: 'nguyen-xuan-hoan',
    fullName: 'Nguyễn Xuân Hoản',
    biography: [
      'Phó Chủ tịch Ủy ban nhân dân huyện; được Đại hội Đảng bộ Cơ quan chính quyền huyện lần thứ II bầu làm Bí thư Đảng ủy nhiệm kỳ 2020 – 2025.',
    ],
    positions: [
      { title: 'Bí thư Đảng ủy', organisation: 'dang-bo-co-quan-chinh-quyen-huyen', until: '2025-06-30' },
      { title: 'Phó Chủ tịch Ủy ban nhân dân huyện' },
    ],
  },
  {
    slug: 'bui-thi-quynh-van',
    fullName: 'Bùi Thị Quỳnh Vân',
    biography: [
      'Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh Quảng Ngãi; dẫn đầu đoàn công tác của Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Bình Sơn ngày 16/03/2021.',
    ],
    positions: [
      { title: 'Bí thư Tỉnh ủy', organisation: 'tinh-uy-quang-ngai' },
      { title: 'Chủ tịch Hội đồng nhân dân tỉnh Quảng Ngãi' },
    ],
  },
  {
    slug: 'dang-ngoc-huy',
    fullName: 'Đặng Ngọc Huy',
    biography: ['Phó Bí thư Thường trực Tỉnh ủy Quảng Ngãi; dự buổi làm việc với Huyện ủy Bình Sơn ngày 16/03/2021.'],
    positions: [{ title: 'Phó Bí thư Thường trực Tỉnh ủy', organisation: 'tinh-uy-quang-ngai' }],
  },
  {
    slug: 'dang-van-minh',
    fullName: 'Đặng Văn Minh',
    biography: ['Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi; dự buổi làm việc với Huyện ủy Bình Sơn ngày 16/03/2021.'],
    positions: [
      { title: 'Phó Bí thư Tỉnh ủy', organisation: 'tinh-uy-quang-ngai' },
      { title: 'Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi' },
    ],
  },
];
