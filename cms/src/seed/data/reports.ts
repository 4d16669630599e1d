import type { DemoKpiReport } from './types';

/**
 * KPI reports. Only plan, actual and the previous period are typed here; % of plan, change, status and the
 * "đạt và vượt X/Y" summary are derived by the CMS. Where a report published only a percentage, the plan is the one
 * that reproduces it (noted per value); where the sources give no plan at all, the plan is illustrative and says so.
 */

const ILLUSTRATIVE = 'Kế hoạch minh họa cho bản trình diễn (nguồn không nêu số kế hoạch).';

export const demoReports: DemoKpiReport[] = [
  {
    slug: 'binh-son-ket-qua-chi-tieu-kinh-te-xa-hoi-nam-2020',
    title: 'Kết quả thực hiện các chỉ tiêu kinh tế – xã hội năm 2020 của huyện Bình Sơn',
    period: 'year',
    year: 2020,
    reportDate: '2021-03-16',
    grading: 'excellent',
    organisation: 'huyen-uy-binh-son',
    sourceDocument: '215-kl-tu',
    values: [
      {
        indicator: 'BS-GTSX',
        plan: 17_774,
        actual: 17_711.84,
        previous: 16_179.6,
        note: 'Bằng 99,65% kế hoạch, tăng 9,47% so với năm 2019 (kế hoạch và cùng kỳ suy ra từ các tỷ lệ đã công bố).',
      },
      {
        indicator: 'BS-THUNS-HUYEN',
        plan: 831.8,
        actual: 437.11,
        note: 'Tổng thu ngân sách nhà nước trên địa bàn 607,33 tỷ đồng; phần trong cân đối 437,11 tỷ đồng bằng 52,55% dự toán huyện.',
      },
      { indicator: 'BS-THUNS-TINH', plan: 819.3, actual: 437.11, note: 'Bằng 53,35% dự toán tỉnh giao.' },
      { indicator: 'BS-TRUONG-CHUAN', plan: 5, actual: 7, note: 'Vượt 2 trường so với kế hoạch.' },
      { indicator: 'BS-TUYEN-QUAN', plan: 100, actual: 100, note: 'Giao quân đủ 100% chỉ tiêu.' },
      { indicator: 'BS-HO-NGHEO', plan: 4.6, actual: 4.57, note: `Tỷ lệ hộ nghèo giảm còn 4,57%. ${ILLUSTRATIVE}` },
      { indicator: 'BS-THU-NHAP', plan: 48, actual: 48.6, estimate: true, note: ILLUSTRATIVE },
      { indicator: 'BS-VIEC-LAM', plan: 2_500, actual: 2_650, note: ILLUSTRATIVE },
      { indicator: 'BS-LAO-DONG-DAO-TAO', plan: 65, actual: 66.2, note: ILLUSTRATIVE },
      { indicator: 'BS-BHYT', plan: 92, actual: 90.5, note: ILLUSTRATIVE },
      { indicator: 'BS-NUOC-SACH', plan: 96, actual: 96, note: ILLUSTRATIVE },
      { indicator: 'BS-RAC-THAI', plan: 90, actual: 91, note: ILLUSTRATIVE },
      { indicator: 'BS-CHE-PHU-RUNG', plan: 51, actual: 51.2, note: ILLUSTRATIVE },
      { indicator: 'BS-NONG-THON-MOI', plan: 17, actual: 16, note: `Mục tiêu năm 2021: 18/21 xã đạt chuẩn. ${ILLUSTRATIVE}` },
      { indicator: 'BS-VON-DAU-TU', plan: 5_000, actual: 4_620, estimate: true, note: ILLUSTRATIVE },
      { indicator: 'BS-SUY-DINH-DUONG', plan: 18, actual: 17.5, note: ILLUSTRATIVE },
    ],
  },
  {
    slug: 'ba-che-ket-qua-chi-tieu-9-thang-nam-2020',
    title: 'Kết quả thực hiện chỉ tiêu 9 tháng đầu năm 2020 của huyện Ba Chẽ',
    period: 'nine-months',
    year: 2020,
    reportDate: '2020-10-14',
    organisation: 'huyen-uy-ba-che',
    sourceDocument: '13-nq-hu-ba-che',
    values: [
      { indicator: 'BC-GIAI-NGAN', plan: 100, actual: 96.9, note: 'Giải ngân 96,9% kế hoạch vốn đầu tư công được giao.' },
      {
        indicator: 'BC-THUNS-HUYEN',
        plan: 35.587,
        actual: 30,
        previous: 20.408,
        note: 'Thu trên 30 tỷ đồng, bằng 84,3% dự toán huyện, tăng 47% so với cùng kỳ; mục tiêu cả năm ít nhất 36 tỷ đồng.',
      },
      { indicator: 'BC-THUNS-TINH', plan: 33.86, actual: 30, note: 'Bằng 88,6% dự toán tỉnh giao.' },
      {
        indicator: 'BC-TRONG-RUNG',
        plan: 3_000,
        actual: 3_772,
        previous: 3_074,
        note: 'Bằng 125,7% kế hoạch, tăng 22,7% so với cùng kỳ.',
      },
      { indicator: 'BC-RUNG-GO-LON', plan: 521, actual: 813, note: 'Bằng 156% kế hoạch.' },
      { indicator: 'BC-TRUONG-CHUAN', plan: 21, actual: 21, note: '21/21 trường đạt chuẩn quốc gia.' },
      { indicator: 'BC-THOAT-NGHEO', plan: 66, actual: 45, note: '45 hộ thoát nghèo, bằng 68,2% kế hoạch năm.' },
      {
        indicator: 'BC-HO-NGHEO',
        plan: 1,
        actual: 1.29,
        note: 'Mục tiêu đưa tỷ lệ hộ nghèo xuống dưới 1%; chỉ tiêu càng thấp càng tốt nên 1,29% là chưa đạt.',
      },
    ],
  },
  {
    slug: 'dang-bo-co-quan-chinh-quyen-huyen-ket-qua-nam-2020',
    title: 'Kết quả thực hiện chỉ tiêu năm 2020 – Đảng bộ Cơ quan chính quyền huyện',
    period: 'year',
    year: 2020,
    reportDate: '2020-12-22',
    organisation: 'dang-bo-co-quan-chinh-quyen-huyen',
    values: [
      { indicator: 'CQ-DT-GIEO-TRONG', plan: 27_787, actual: 28_259, note: 'Bằng 101,7% kế hoạch.' },
      { indicator: 'CQ-DT-LUONG-THUC', plan: 18_413, actual: 18_799, note: 'Bằng 102,1% kế hoạch (lúa và ngô).' },
      { indicator: 'CQ-DT-LUA', plan: 13_401, actual: 13_999.5 },
      { indicator: 'CQ-DT-NGO', plan: 5_012, actual: 4_799 },
      { indicator: 'CQ-SL-LUONG-THUC', plan: 114_645, actual: 115_526 },
      { indicator: 'CQ-SL-LUA', plan: 82_995, actual: 87_230.9 },
      { indicator: 'CQ-SL-NGO', plan: 31_650, actual: 28_295.4 },
      { indicator: 'CQ-LUONG-THUC-BINH-QUAN', plan: 1_620, actual: 1_640 },
      { indicator: 'CQ-KET-NAP', plan: 5, actual: 6, note: '3 tập thể và 28 cá nhân được khen thưởng trong năm.' },
    ],
  },
  {
    slug: 'phu-rieng-ket-qua-nhiem-ky-2015-2020',
    title: 'Kết quả thực hiện Nghị quyết Đại hội Đảng bộ huyện Phú Riềng lần thứ XI, nhiệm kỳ 2015 – 2020',
    period: 'term',
    year: 2020,
    termStartYear: 2015,
    reportDate: '2020-06-30',
    organisation: 'huyen-uy-phu-rieng',
    values: [
      {
        indicator: 'PR-HOI-VIEN',
        plan: null,
        actual: 27_566,
        previous: 21_254,
        note: 'Kết nạp mới 8.538 đoàn viên, hội viên; tăng 29,7% so với đầu nhiệm kỳ.',
      },
      { indicator: 'PR-THAM-GIA-DOAN-THE', plan: null, actual: 81, note: 'Từ 81% trở lên số người trong độ tuổi tham gia.' },
      { indicator: 'PR-HOC-NGHI-QUYET', plan: null, actual: 98.34, note: '184 hội nghị; 40.302/40.982 đảng viên tham dự.' },
      {
        indicator: 'PR-DANG-VIEN',
        plan: null,
        actual: 2_422,
        previous: 1_590,
        note: '39 tổ chức cơ sở đảng (12 đảng bộ, 27 chi bộ); tăng 24 tổ chức và 832 đảng viên; kết nạp 379 đảng viên trong nhiệm kỳ.',
      },
      { indicator: 'PR-HOAN-THANH-TOT', plan: null, actual: 93.3, note: 'Bình quân hằng năm.' },
      { indicator: 'PR-GIA-DINH-VAN-HOA', plan: null, actual: 95.3 },
      { indicator: 'PR-KHU-DAN-CU-VAN-HOA', plan: null, actual: 74.15 },
    ],
  },
];
