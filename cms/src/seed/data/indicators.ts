import type { DemoIndicator } from './types';

type IndicatorFields = Omit<DemoIndicator, 'slug' | 'organisation' | 'targetKind'> &
  Partial<Pick<DemoIndicator, 'targetKind'>>;

/** Indicators of one organisation; the slug is the code in lower case, unique across organisations. */
function indicatorsOf(organisation: string, list: IndicatorFields[]): DemoIndicator[] {
  return list.map((indicator) => ({
    targetKind: 'absolute',
    ...indicator,
    slug: indicator.code.toLowerCase(),
    organisation,
  }));
}

/** The 16 socio-economic targets Bình Sơn reported on for 2020. */
const binhSon = indicatorsOf('huyen-uy-binh-son', [
  { code: 'BS-GTSX', name: 'Giá trị sản xuất (giá so sánh 2010)', measureUnit: 'tỷ đồng', domain: 'economy', direction: 'higher' },
  {
    code: 'BS-THUNS-HUYEN',
    name: 'Thu ngân sách trong cân đối so với dự toán Hội đồng nhân dân huyện giao',
    measureUnit: 'tỷ đồng',
    domain: 'economy',
    direction: 'higher',
  },
  {
    code: 'BS-THUNS-TINH',
    name: 'Thu ngân sách trong cân đối so với dự toán tỉnh giao',
    measureUnit: 'tỷ đồng',
    domain: 'economy',
    direction: 'higher',
  },
  { code: 'BS-TRUONG-CHUAN', name: 'Trường học được công nhận đạt chuẩn quốc gia trong năm', measureUnit: 'trường', domain: 'culture-society', direction: 'higher' },
  { code: 'BS-TUYEN-QUAN', name: 'Hoàn thành chỉ tiêu tuyển quân', measureUnit: '%', domain: 'defence-security', direction: 'higher' },
  {
    code: 'BS-HO-NGHEO',
    name: 'Tỷ lệ hộ nghèo',
    measureUnit: '%',
    domain: 'culture-society',
    direction: 'lower',
    description: 'Chỉ tiêu càng thấp càng tốt: thực hiện thấp hơn kế hoạch là vượt chỉ tiêu.',
  },
  { code: 'BS-THU-NHAP', name: 'Thu nhập bình quân đầu người', measureUnit: 'triệu đồng/người/năm', domain: 'economy', direction: 'higher' },
  { code: 'BS-VIEC-LAM', name: 'Số lao động được giải quyết việc làm mới', measureUnit: 'người', domain: 'culture-society', direction: 'higher' },
  { code: 'BS-LAO-DONG-DAO-TAO', name: 'Tỷ lệ lao động qua đào tạo', measureUnit: '%', domain: 'culture-society', direction: 'higher' },
  { code: 'BS-BHYT', name: 'Tỷ lệ dân số tham gia bảo hiểm y tế', measureUnit: '%', domain: 'culture-society', direction: 'higher' },
  {
    code: 'BS-NUOC-SACH',
    name: 'Tỷ lệ dân cư nông thôn sử dụng nước hợp vệ sinh',
    measureUnit: '%',
    domain: 'environment',
    direction: 'higher',
  },
  { code: 'BS-RAC-THAI', name: 'Tỷ lệ thu gom, xử lý rác thải ở đô thị', measureUnit: '%', domain: 'environment', direction: 'higher' },
  { code: 'BS-CHE-PHU-RUNG', name: 'Tỷ lệ che phủ rừng', measureUnit: '%', domain: 'environment', direction: 'higher' },
  { code: 'BS-NONG-THON-MOI', name: 'Số xã đạt chuẩn nông thôn mới (lũy kế)', measureUnit: 'xã', domain: 'economy', direction: 'higher' },
  { code: 'BS-VON-DAU-TU', name: 'Tổng vốn đầu tư toàn xã hội', measureUnit: 'tỷ đồng', domain: 'economy', direction: 'higher' },
  {
    code: 'BS-SUY-DINH-DUONG',
    name: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi',
    measureUnit: '%',
    domain: 'culture-society',
    direction: 'lower',
  },
]);

/** Ba Chẽ, first nine months of 2020. */
const baChe = indicatorsOf('huyen-uy-ba-che', [
  { code: 'BC-GIAI-NGAN', name: 'Tỷ lệ giải ngân vốn đầu tư công', measureUnit: '%', domain: 'economy', direction: 'higher' },
  { code: 'BC-THUNS-HUYEN', name: 'Thu ngân sách so với dự toán huyện giao', measureUnit: 'tỷ đồng', domain: 'economy', direction: 'higher' },
  { code: 'BC-THUNS-TINH', name: 'Thu ngân sách so với dự toán tỉnh giao', measureUnit: 'tỷ đồng', domain: 'economy', direction: 'higher' },
  { code: 'BC-TRONG-RUNG', name: 'Diện tích trồng rừng tập trung', measureUnit: 'ha', domain: 'environment', direction: 'higher' },
  { code: 'BC-RUNG-GO-LON', name: 'Diện tích trồng rừng gỗ lớn', measureUnit: 'ha', domain: 'environment', direction: 'higher' },
  { code: 'BC-TRUONG-CHUAN', name: 'Trường học đạt chuẩn quốc gia', measureUnit: 'trường', domain: 'culture-society', direction: 'higher' },
  { code: 'BC-THOAT-NGHEO', name: 'Số hộ thoát nghèo', measureUnit: 'hộ', domain: 'culture-society', direction: 'higher' },
  {
    code: 'BC-HO-NGHEO',
    name: 'Tỷ lệ hộ nghèo',
    measureUnit: '%',
    domain: 'culture-society',
    direction: 'lower',
    description: 'Mục tiêu đưa tỷ lệ hộ nghèo xuống dưới 1%; chỉ tiêu càng thấp càng tốt.',
  },
]);

/** Đảng bộ Cơ quan chính quyền huyện, year 2020. */
const governmentAgency = indicatorsOf('dang-bo-co-quan-chinh-quyen-huyen', [
  { code: 'CQ-DT-GIEO-TRONG', name: 'Tổng diện tích gieo trồng', measureUnit: 'ha', domain: 'economy', direction: 'higher' },
  { code: 'CQ-DT-LUONG-THUC', name: 'Diện tích cây lương thực có hạt', measureUnit: 'ha', domain: 'economy', direction: 'higher' },
  { code: 'CQ-DT-LUA', name: 'Diện tích lúa', measureUnit: 'ha', domain: 'economy', direction: 'higher' },
  { code: 'CQ-DT-NGO', name: 'Diện tích ngô', measureUnit: 'ha', domain: 'economy', direction: 'higher' },
  { code: 'CQ-SL-LUONG-THUC', name: 'Sản lượng lương thực có hạt', measureUnit: 'tấn', domain: 'economy', direction: 'higher' },
  { code: 'CQ-SL-LUA', name: 'Sản lượng thóc', measureUnit: 'tấn', domain: 'economy', direction: 'higher' },
  { code: 'CQ-SL-NGO', name: 'Sản lượng ngô', measureUnit: 'tấn', domain: 'economy', direction: 'higher' },
  { code: 'CQ-LUONG-THUC-BINH-QUAN', name: 'Lương thực bình quân đầu người', measureUnit: 'kg/người/năm', domain: 'economy', direction: 'higher' },
  { code: 'CQ-KET-NAP', name: 'Kết nạp đảng viên mới', measureUnit: 'đảng viên', domain: 'party-building', direction: 'higher' },
]);

/** Phú Riềng, term 2015–2020 (mass mobilisation and party building). */
const phuRieng = indicatorsOf('huyen-uy-phu-rieng', [
  {
    code: 'PR-HOI-VIEN',
    name: 'Tổng số đoàn viên, hội viên các đoàn thể',
    measureUnit: 'người',
    domain: 'party-building',
    direction: 'higher',
    targetKind: 'relative-to-baseline',
  },
  {
    code: 'PR-THAM-GIA-DOAN-THE',
    name: 'Tỷ lệ người trong độ tuổi tham gia tổ chức chính trị – xã hội',
    measureUnit: '%',
    domain: 'party-building',
    direction: 'higher',
    targetKind: 'term-average',
  },
  { code: 'PR-HOC-NGHI-QUYET', name: 'Tỷ lệ đảng viên dự học tập, quán triệt nghị quyết', measureUnit: '%', domain: 'party-building', direction: 'higher', targetKind: 'term-average' },
  { code: 'PR-DANG-VIEN', name: 'Tổng số đảng viên của Đảng bộ', measureUnit: 'đảng viên', domain: 'party-building', direction: 'higher', targetKind: 'relative-to-baseline' },
  {
    code: 'PR-HOAN-THANH-TOT',
    name: 'Tỷ lệ tổ chức đảng và đảng viên hoàn thành tốt nhiệm vụ trở lên',
    measureUnit: '%',
    domain: 'party-building',
    direction: 'higher',
    targetKind: 'term-average',
  },
  { code: 'PR-GIA-DINH-VAN-HOA', name: 'Tỷ lệ hộ gia đình văn hóa', measureUnit: '%', domain: 'culture-society', direction: 'higher', targetKind: 'term-average' },
  { code: 'PR-KHU-DAN-CU-VAN-HOA', name: 'Tỷ lệ khu dân cư văn hóa', measureUnit: '%', domain: 'culture-society', direction: 'higher', targetKind: 'term-average' },
]);

export const demoIndicators: DemoIndicator[] = [...binhSon, ...baChe, ...governmentAgency, ...phuRieng];
