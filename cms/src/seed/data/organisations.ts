import type { DemoOrganisation } from './types';

/**
 * Organisations named in the demo content. Parents come before children, so one pass can link `parent`;
 * `mergedInto` is linked in a second pass. District-level bodies end on 30/06/2025: from 01/07/2025 local government
 * has two levels (province and commune) and their work passed to the province and the new communes.
 */
export const demoOrganisations: DemoOrganisation[] = [
  {
    slug: 'ban-chap-hanh-trung-uong-dang',
    name: 'Ban Chấp hành Trung ương Đảng',
    shortName: 'BCH Trung ương',
    code: 'TW',
    kind: 'party-committee',
    level: 'central',
    description: 'Cơ quan lãnh đạo của Đảng giữa hai kỳ Đại hội đại biểu toàn quốc; ban hành nghị quyết, quy định của Trung ương.',
  },
  {
    slug: 'bo-chinh-tri',
    name: 'Bộ Chính trị',
    code: 'TW',
    kind: 'party-committee',
    level: 'central',
    parent: 'ban-chap-hanh-trung-uong-dang',
    description: 'Do Ban Chấp hành Trung ương bầu ra; văn bản của Bộ Chính trị mang ký hiệu cơ quan ban hành TW.',
  },
  {
    slug: 'ban-to-chuc-trung-uong',
    name: 'Ban Tổ chức Trung ương',
    code: 'BTCTW',
    kind: 'party-agency',
    level: 'central',
    parent: 'ban-chap-hanh-trung-uong-dang',
    description: 'Cơ quan tham mưu của Trung ương về công tác tổ chức, cán bộ và đảng viên.',
  },
  {
    slug: 'uy-ban-thuong-vu-quoc-hoi',
    name: 'Ủy ban Thường vụ Quốc hội',
    shortName: 'UBTVQH',
    code: 'UBTVQH',
    kind: 'state-agency',
    level: 'central',
    description: 'Cơ quan thường trực của Quốc hội; quyết định việc thành lập, giải thể, nhập, chia đơn vị hành chính cấp xã.',
  },
  {
    slug: 'tinh-uy-quang-ngai',
    name: 'Tỉnh ủy Quảng Ngãi',
    code: 'TU',
    kind: 'party-committee',
    level: 'province',
    parent: 'ban-chap-hanh-trung-uong-dang',
    website: 'https://quangngai.gov.vn',
    description:
      'Cơ quan lãnh đạo của Đảng bộ tỉnh Quảng Ngãi. Ban Thường vụ Tỉnh ủy đánh giá, xếp loại chất lượng các đảng bộ trực thuộc hằng năm.',
  },
  {
    slug: 'huyen-uy-binh-son',
    name: 'Huyện ủy Bình Sơn',
    code: 'HU',
    kind: 'party-committee',
    level: 'district',
    parent: 'tinh-uy-quang-ngai',
    activeUntil: '2025-06-30',
    mergedInto: 'tinh-uy-quang-ngai',
    address: 'Thị trấn Châu Ổ, huyện Bình Sơn, tỉnh Quảng Ngãi',
    description:
      'Cơ quan lãnh đạo của Đảng bộ huyện Bình Sơn, khóa XXVII (nhiệm kỳ 2020 – 2025). Kết thúc hoạt động ngày 30/06/2025 khi cấp huyện không còn; các tổ chức đảng ở cơ sở chuyển về trực thuộc Tỉnh ủy Quảng Ngãi thông qua đảng bộ các xã mới.',
  },
  {
    slug: 'ubnd-huyen-binh-son',
    name: 'Ủy ban nhân dân huyện Bình Sơn',
    shortName: 'UBND huyện Bình Sơn',
    code: 'UBND',
    kind: 'peoples-committee',
    level: 'district',
    activeUntil: '2025-06-30',
    address: 'Thị trấn Châu Ổ, huyện Bình Sơn, tỉnh Quảng Ngãi',
    description:
      'Cơ quan hành chính nhà nước cấp huyện, chủ quản cổng thông tin này. Hoạt động đến hết ngày 30/06/2025; nhiệm vụ được chuyển giao cho Ủy ban nhân dân tỉnh và các xã từ ngày 01/07/2025.',
  },
  {
    slug: 'tinh-uy-quang-ninh',
    name: 'Tỉnh ủy Quảng Ninh',
    code: 'TU',
    kind: 'party-committee',
    level: 'province',
    parent: 'ban-chap-hanh-trung-uong-dang',
    description: 'Cơ quan lãnh đạo của Đảng bộ tỉnh Quảng Ninh.',
  },
  {
    slug: 'huyen-uy-ba-che',
    name: 'Huyện ủy Ba Chẽ',
    code: 'HU',
    kind: 'party-committee',
    level: 'district',
    parent: 'tinh-uy-quang-ninh',
    activeUntil: '2025-06-30',
    mergedInto: 'tinh-uy-quang-ninh',
    description:
      'Cơ quan lãnh đạo của Đảng bộ huyện Ba Chẽ (tỉnh Quảng Ninh), khóa XXV (nhiệm kỳ 2020 – 2025), Ban Chấp hành gồm 37 đồng chí. Kết thúc hoạt động ngày 30/06/2025 theo mô hình chính quyền địa phương hai cấp.',
  },
  {
    slug: 'tinh-uy-binh-phuoc',
    name: 'Tỉnh ủy Bình Phước',
    code: 'TU',
    kind: 'party-committee',
    level: 'province',
    parent: 'ban-chap-hanh-trung-uong-dang',
    activeUntil: '2025-06-30',
    description:
      'Cơ quan lãnh đạo của Đảng bộ tỉnh Bình Phước; năm 2018 ban hành quyết định về sắp xếp tổ chức bộ máy hệ thống chính trị của tỉnh. Từ ngày 01/07/2025, tỉnh Bình Phước hợp nhất với tỉnh Đồng Nai.',
  },
  {
    slug: 'huyen-uy-phu-rieng',
    name: 'Huyện ủy Phú Riềng',
    code: 'HU',
    kind: 'party-committee',
    level: 'district',
    parent: 'tinh-uy-binh-phuoc',
    activeUntil: '2025-06-30',
    description:
      'Cơ quan lãnh đạo của Đảng bộ huyện Phú Riềng (tỉnh Bình Phước); thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XI, nhiệm kỳ 2015 – 2020.',
  },
  {
    slug: 'dang-bo-co-quan-chinh-quyen-huyen',
    name: 'Đảng bộ Cơ quan chính quyền huyện',
    shortName: 'Đảng bộ CQCQ huyện',
    code: 'ĐU',
    kind: 'party-committee',
    level: 'agency',
    activeUntil: '2025-06-30',
    description:
      'Đảng bộ của các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện; Đại hội lần thứ II (nhiệm kỳ 2020 – 2025) bầu đồng chí Nguyễn Xuân Hoản, Phó Chủ tịch UBND huyện, làm Bí thư Đảng ủy.',
  },
];
