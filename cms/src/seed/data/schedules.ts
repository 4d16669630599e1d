import { isoWeekOf } from '@portal/shared-types';
import type { DemoSchedule, DemoScheduleEntry } from './types';

/**
 * Weekly work schedules. Two district bodies for four consecutive ISO weeks of July 2020 (the weeks the legacy
 * portals showed: Huyện ủy week 29, TT HĐND&UBND week 28), and the current week of the provincial committee so the
 * home page always has "this week's" schedule. Weekdays are 0 = Monday … 6 = Sunday; the seed turns them into dates.
 */

const DISTRICT_PARTY_OFFICE = 'Văn phòng Huyện ủy';
const DISTRICT_GOVERNMENT_OFFICE = 'Văn phòng HĐND và UBND huyện';

const huyenUyWeeks: Record<number, DemoScheduleEntry[]> = {
  27: [
    { weekday: 0, time: '07:30', content: 'Giao ban Thường trực Huyện ủy', chair: 'Đồng chí Bí thư Huyện ủy', participants: 'Thường trực Huyện ủy; Chánh Văn phòng Huyện ủy', location: 'Phòng họp Thường trực Huyện ủy', preparingUnit: DISTRICT_PARTY_OFFICE },
    { weekday: 1, time: '08:00', content: 'Làm việc với Tiểu ban Văn kiện về tiếp thu ý kiến góp ý dự thảo Báo cáo chính trị', chair: 'Đồng chí Bí thư Huyện ủy', participants: 'Thành viên Tiểu ban Văn kiện', location: 'Hội trường Huyện ủy', preparingUnit: 'Ban Tuyên giáo Huyện ủy' },
    { weekday: 3, time: '14:00', content: 'Kiểm tra công tác chuẩn bị Đại hội tại Đảng bộ xã', chair: 'Đồng chí Phó Bí thư Thường trực Huyện ủy', location: 'Trụ sở Đảng ủy xã', preparingUnit: 'Ban Tổ chức Huyện ủy' },
    { weekday: 4, time: '08:00', content: 'Hội nghị Ban Thường vụ Huyện ủy cho ý kiến về nhân sự Đại hội', chair: 'Đồng chí Bí thư Huyện ủy', participants: 'Ủy viên Ban Thường vụ Huyện ủy', location: 'Phòng họp Ban Thường vụ', preparingUnit: 'Ban Tổ chức Huyện ủy' },
  ],
  28: [
    { weekday: 0, time: '07:30', content: 'Giao ban Thường trực Huyện ủy', chair: 'Đồng chí Bí thư Huyện ủy', participants: 'Thường trực Huyện ủy', location: 'Phòng họp Thường trực Huyện ủy', preparingUnit: DISTRICT_PARTY_OFFICE },
    { weekday: 1, time: '14:00', content: 'Duyệt phương án bảo vệ Đại hội đại biểu Đảng bộ huyện lần thứ XXVII', chair: 'Đồng chí Phó Bí thư Thường trực Huyện ủy', participants: 'Công an huyện; Ban Chỉ huy Quân sự huyện', location: 'Phòng họp Ban Thường vụ', preparingUnit: 'Công an huyện' },
    { weekday: 2, time: '08:00', content: 'Tổng duyệt chương trình Đại hội', chair: 'Đồng chí Bí thư Huyện ủy', participants: 'Các tiểu ban phục vụ Đại hội', location: 'Hội trường Trung tâm Văn hóa huyện', preparingUnit: 'Tiểu ban Tổ chức phục vụ Đại hội' },
    { weekday: 4, content: 'Thường trực Huyện ủy làm việc tại cơ quan', location: 'Trụ sở Huyện ủy' },
  ],
  29: [
    { weekday: 0, time: '07:30', content: 'Giao ban Thường trực Huyện ủy', chair: 'Đồng chí Bí thư Huyện ủy', participants: 'Thường trực Huyện ủy', location: 'Phòng họp Thường trực Huyện ủy', preparingUnit: DISTRICT_PARTY_OFFICE },
    { weekday: 0, time: '14:00', content: 'Hội nghị Ban Chấp hành Đảng bộ huyện (mở rộng) thông qua văn kiện trình Đại hội', chair: 'Đồng chí Bí thư Huyện ủy', participants: 'Ủy viên Ban Chấp hành Đảng bộ huyện; Bí thư các tổ chức cơ sở đảng', location: 'Hội trường Huyện ủy', preparingUnit: DISTRICT_PARTY_OFFICE },
    { weekday: 2, time: '08:00', content: 'Làm việc với đoàn kiểm tra của Tỉnh ủy về công tác chuẩn bị Đại hội', chair: 'Đồng chí Bí thư Huyện ủy', participants: 'Ban Thường vụ Huyện ủy', location: 'Phòng họp Ban Thường vụ', preparingUnit: 'Ban Tổ chức Huyện ủy' },
    { weekday: 3, time: '14:00', content: 'Sơ kết công tác tuyên truyền Đại hội trên cổng thông tin và hệ thống truyền thanh', chair: 'Đồng chí Phó Bí thư Thường trực Huyện ủy', participants: 'Ban Tuyên giáo Huyện ủy; Trung tâm Văn hóa – Thông tin huyện', location: 'Phòng họp số 2', preparingUnit: 'Ban Tuyên giáo Huyện ủy' },
    { weekday: 4, time: '07:30', content: 'Dâng hương tại Đài tưởng niệm liệt sĩ huyện trước thềm Đại hội', chair: 'Đồng chí Bí thư Huyện ủy', participants: 'Đoàn đại biểu dự Đại hội', location: 'Đài tưởng niệm liệt sĩ huyện', preparingUnit: DISTRICT_PARTY_OFFICE },
  ],
  30: [
    { weekday: 0, time: '07:30', content: 'Giao ban Thường trực Huyện ủy', chair: 'Đồng chí Bí thư Huyện ủy', participants: 'Thường trực Huyện ủy', location: 'Phòng họp Thường trực Huyện ủy', preparingUnit: DISTRICT_PARTY_OFFICE },
    { weekday: 2, time: '14:00', content: 'Phiên trù bị Đại hội đại biểu Đảng bộ huyện lần thứ XXVII', chair: 'Đoàn Chủ tịch Đại hội', participants: 'Đại biểu chính thức', location: 'Hội trường Trung tâm Văn hóa huyện', preparingUnit: 'Tiểu ban Tổ chức phục vụ Đại hội' },
    { weekday: 3, time: '07:30', content: 'Phiên chính thức Đại hội đại biểu Đảng bộ huyện lần thứ XXVII, nhiệm kỳ 2020 – 2025', chair: 'Đoàn Chủ tịch Đại hội', participants: 'Đại biểu chính thức; khách mời', location: 'Hội trường Trung tâm Văn hóa huyện', preparingUnit: 'Tiểu ban Tổ chức phục vụ Đại hội' },
    { weekday: 4, time: '07:30', content: 'Phiên bế mạc Đại hội; Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện khóa XXVII', chair: 'Đoàn Chủ tịch Đại hội', participants: 'Ban Chấp hành Đảng bộ huyện khóa XXVII', location: 'Hội trường Trung tâm Văn hóa huyện', preparingUnit: DISTRICT_PARTY_OFFICE },
  ],
};

const ubndWeeks: Record<number, DemoScheduleEntry[]> = {
  27: [
    { weekday: 0, time: '07:30', content: 'Họp giao ban Thường trực HĐND và UBND huyện', chair: 'Chủ tịch UBND huyện', participants: 'Thường trực HĐND huyện; lãnh đạo UBND huyện', location: 'Phòng họp UBND huyện', preparingUnit: DISTRICT_GOVERNMENT_OFFICE },
    { weekday: 1, time: '08:00', content: 'Tiếp công dân định kỳ', chair: 'Chủ tịch UBND huyện', participants: 'Ban Tiếp công dân huyện; Thanh tra huyện', location: 'Trụ sở Tiếp công dân huyện', preparingUnit: 'Ban Tiếp công dân huyện' },
    { weekday: 2, time: '14:00', content: 'Kiểm tra tiến độ giải phóng mặt bằng các dự án trọng điểm', chair: 'Phó Chủ tịch UBND huyện', participants: 'Phòng Tài nguyên và Môi trường; Ban Quản lý dự án', location: 'Hiện trường dự án', preparingUnit: 'Ban Quản lý dự án đầu tư xây dựng huyện' },
    { weekday: 4, time: '08:00', content: 'Họp thẩm định hồ sơ xã đạt chuẩn nông thôn mới', chair: 'Phó Chủ tịch UBND huyện', participants: 'Thành viên Ban Chỉ đạo chương trình nông thôn mới', location: 'Phòng họp số 1', preparingUnit: 'Phòng Nông nghiệp và Phát triển nông thôn' },
  ],
  28: [
    { weekday: 0, time: '07:30', content: 'Họp giao ban Thường trực HĐND và UBND huyện', chair: 'Chủ tịch UBND huyện', participants: 'Thường trực HĐND huyện; lãnh đạo UBND huyện', location: 'Phòng họp UBND huyện', preparingUnit: DISTRICT_GOVERNMENT_OFFICE },
    { weekday: 1, time: '14:00', content: 'Họp bàn công tác phòng, chống thiên tai năm 2020', chair: 'Phó Chủ tịch UBND huyện', participants: 'Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn huyện', location: 'Phòng họp số 1', preparingUnit: 'Phòng Nông nghiệp và Phát triển nông thôn' },
    { weekday: 3, time: '08:00', content: 'Kỳ họp chuyên đề Hội đồng nhân dân huyện', chair: 'Chủ tịch HĐND huyện', participants: 'Đại biểu HĐND huyện; đại diện UBMTTQ Việt Nam huyện', location: 'Hội trường UBND huyện', preparingUnit: DISTRICT_GOVERNMENT_OFFICE },
    { weekday: 4, time: '14:00', content: 'Nghe báo cáo tình hình thu ngân sách 6 tháng đầu năm', chair: 'Chủ tịch UBND huyện', participants: 'Chi cục Thuế khu vực; Phòng Tài chính – Kế hoạch', location: 'Phòng họp UBND huyện', preparingUnit: 'Phòng Tài chính – Kế hoạch' },
  ],
  29: [
    { weekday: 0, time: '07:30', content: 'Họp giao ban Thường trực HĐND và UBND huyện', chair: 'Chủ tịch UBND huyện', participants: 'Thường trực HĐND huyện; lãnh đạo UBND huyện', location: 'Phòng họp UBND huyện', preparingUnit: DISTRICT_GOVERNMENT_OFFICE },
    { weekday: 1, time: '08:00', content: 'Làm việc với các xã về tiến độ xây dựng trường đạt chuẩn quốc gia', chair: 'Phó Chủ tịch UBND huyện', participants: 'Phòng Giáo dục và Đào tạo; lãnh đạo UBND các xã', location: 'Phòng họp số 2', preparingUnit: 'Phòng Giáo dục và Đào tạo' },
    { weekday: 3, time: '14:00', content: 'Hội nghị sơ kết công tác tuyển quân và chính sách hậu phương quân đội', chair: 'Chủ tịch UBND huyện', participants: 'Hội đồng Nghĩa vụ quân sự huyện', location: 'Hội trường UBND huyện', preparingUnit: 'Ban Chỉ huy Quân sự huyện' },
  ],
  30: [
    { weekday: 0, time: '07:30', content: 'Họp giao ban Thường trực HĐND và UBND huyện', chair: 'Chủ tịch UBND huyện', participants: 'Thường trực HĐND huyện; lãnh đạo UBND huyện', location: 'Phòng họp UBND huyện', preparingUnit: DISTRICT_GOVERNMENT_OFFICE },
    { weekday: 2, content: 'Lãnh đạo UBND huyện dự Đại hội đại biểu Đảng bộ huyện lần thứ XXVII', location: 'Hội trường Trung tâm Văn hóa huyện' },
    { weekday: 3, content: 'Lãnh đạo UBND huyện dự Đại hội đại biểu Đảng bộ huyện lần thứ XXVII', location: 'Hội trường Trung tâm Văn hóa huyện' },
    { weekday: 4, time: '14:00', content: 'Kiểm tra công tác chuẩn bị năm học mới', chair: 'Phó Chủ tịch UBND huyện', participants: 'Phòng Giáo dục và Đào tạo', location: 'Các trường trên địa bàn', preparingUnit: 'Phòng Giáo dục và Đào tạo' },
  ],
};

function weeksOf(organisation: string, titlePrefix: string, slugPrefix: string, weeks: Record<number, DemoScheduleEntry[]>): DemoSchedule[] {
  return Object.entries(weeks).map(([week, entries]) => ({
    slug: `${slugPrefix}-tuan-${week}-2020`,
    title: `${titlePrefix} tuần ${week} năm 2020`,
    isoYear: 2020,
    isoWeek: Number(week),
    organisation,
    entries,
  }));
}

export const demoSchedules: DemoSchedule[] = [
  ...weeksOf('huyen-uy-binh-son', 'Lịch làm việc Huyện ủy', 'lich-lam-viec-huyen-uy-binh-son', huyenUyWeeks),
  ...weeksOf('ubnd-huyen-binh-son', 'Lịch làm việc TT HĐND&UBND huyện', 'lich-lam-viec-tt-hdnd-ubnd-huyen-binh-son', ubndWeeks),
];

/** The provincial committee's schedule for the ISO week holding `now` (Vietnam time), so the home page has one. */
export function currentWeekSchedule(now: Date): DemoSchedule {
  const { year, week } = isoWeekOf(now);
  return {
    slug: `lich-cong-tac-tinh-uy-quang-ngai-tuan-${week}-${year}`,
    title: `Lịch công tác Ban Thường vụ Tỉnh ủy Quảng Ngãi tuần ${week} năm ${year}`,
    isoYear: year,
    isoWeek: week,
    organisation: 'tinh-uy-quang-ngai',
    note: 'Lịch có thể thay đổi; Văn phòng Tỉnh ủy sẽ thông báo khi có điều chỉnh.',
    entries: [
      { weekday: 0, time: '07:30', content: 'Giao ban Thường trực Tỉnh ủy', chair: 'Đồng chí Bí thư Tỉnh ủy', participants: 'Thường trực Tỉnh ủy; Chánh Văn phòng Tỉnh ủy', location: 'Phòng họp Thường trực Tỉnh ủy', preparingUnit: 'Văn phòng Tỉnh ủy' },
      { weekday: 1, time: '08:00', content: 'Hội nghị Ban Thường vụ Tỉnh ủy cho ý kiến về kế hoạch đánh giá, xếp loại tổ chức đảng cuối năm', chair: 'Đồng chí Bí thư Tỉnh ủy', participants: 'Ủy viên Ban Thường vụ Tỉnh ủy', location: 'Phòng họp Ban Thường vụ', preparingUnit: 'Ban Tổ chức Tỉnh ủy' },
      { weekday: 2, time: '14:00', content: 'Làm việc với Đảng ủy các xã mới về tình hình vận hành chính quyền địa phương hai cấp', chair: 'Đồng chí Phó Bí thư Thường trực Tỉnh ủy', participants: 'Bí thư Đảng ủy các xã; các ban đảng Tỉnh ủy', location: 'Hội trường Tỉnh ủy', preparingUnit: 'Ban Tổ chức Tỉnh ủy' },
      { weekday: 3, time: '08:00', content: 'Tiếp công dân định kỳ của Bí thư Tỉnh ủy', chair: 'Đồng chí Bí thư Tỉnh ủy', participants: 'Ban Nội chính Tỉnh ủy; Ban Tiếp công dân tỉnh', location: 'Trụ sở Tiếp công dân tỉnh', preparingUnit: 'Ban Tiếp công dân tỉnh' },
      { weekday: 4, time: '14:00', content: 'Sơ kết công tác tuyên truyền trên các cổng thông tin điện tử của tỉnh và các xã', chair: 'Đồng chí Phó Bí thư Tỉnh ủy', participants: 'Ban Tuyên giáo và Dân vận Tỉnh ủy; Ban biên tập các cổng thông tin', location: 'Phòng họp số 2', preparingUnit: 'Ban Tuyên giáo và Dân vận Tỉnh ủy' },
    ],
  };
}
