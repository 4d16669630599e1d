import type { UnitKind } from '@portal/shared-types';
import type { ImageTheme } from './types';

/**
 * The province platform of the demo (issue 16): the provincial Party committee's portal, three communes formed on
 * 01/07/2025 and the archive of a dissolved district, each with a little content of its own and one editor. Written
 * for this project in our own words; the figures are illustrative.
 */

export interface DemoUnitArticle {
  title: string;
  slug: string;
  summary: string;
  date: string;
  category: string;
  featured?: boolean;
  hot?: boolean;
  author?: string;
  theme: ImageTheme;
  paragraphs: string[];
}

export interface DemoUnitDocument {
  slug: string;
  rawNumber: string;
  term: string | null;
  typeName: string;
  subject: string;
  issuerName: string;
  signer?: string;
  issuedDate: string;
  validity: 'in-force' | 'partly-in-force' | 'not-in-force';
}

export interface DemoUnitScheduleEntry {
  weekday: number;
  time?: string;
  content: string;
  chair?: string;
  location?: string;
}

export interface DemoUnit {
  slug: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  /** Slug of the parent unit. */
  parent?: string;
  hostname?: string;
  pathPrefix?: string;
  archived?: { dissolvedOn: string; decision: string; successors: string[] };
  settings: {
    portalName: string;
    ownerName: string;
    editorInChiefName: string;
    editorInChiefTitle: string;
    phone: string;
    email: string;
    address: string;
    archiveNotice?: string;
  };
  categories: Array<{ name: string; slug: string; description: string }>;
  articles: DemoUnitArticle[];
  documents: DemoUnitDocument[];
  /** This week's schedule of the unit (none for an archive). */
  schedule?: { title: string; entries: DemoUnitScheduleEntry[] };
}

const PROVINCE = 'tinh-uy-quang-ngai';

export const demoPlatformUnits: DemoUnit[] = [
  {
    slug: PROVINCE,
    name: 'Tỉnh ủy Quảng Ngãi',
    shortName: 'Tỉnh ủy',
    kind: 'province-party-committee',
    hostname: 'tinhuy.quangngai.gov.vn',
    pathPrefix: '/tinh-uy/',
    settings: {
      portalName: 'Cổng thông tin điện tử Tỉnh ủy Quảng Ngãi',
      ownerName: 'Tỉnh ủy Quảng Ngãi',
      editorInChiefName: 'Phạm Thị Hồng',
      editorInChiefTitle: 'Phó Chánh Văn phòng Tỉnh ủy',
      phone: '(0255) 3 822 100',
      email: 'bbt.tinhuy@example.org',
      address: 'Số 52 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi',
    },
    categories: [
      { name: 'Hoạt động của Tỉnh ủy', slug: 'hoat-dong-tinh-uy', description: 'Hội nghị, làm việc và chỉ đạo của Tỉnh ủy, Ban Thường vụ Tỉnh ủy.' },
      { name: 'Chính quyền hai cấp', slug: 'chinh-quyen-hai-cap', description: 'Vận hành chính quyền địa phương hai cấp từ ngày 01/07/2025.' },
    ],
    articles: [
      {
        title: 'Tỉnh ủy Quảng Ngãi sơ kết một năm vận hành chính quyền địa phương hai cấp',
        slug: 'so-ket-mot-nam-van-hanh-chinh-quyen-dia-phuong-hai-cap',
        summary: 'Ban Thường vụ Tỉnh ủy đánh giá các xã, phường mới đã ổn định bộ máy và giải quyết thủ tục hành chính cho người dân ngay tại cơ sở.',
        date: '2026-07-03T09:00:00+07:00',
        category: 'chinh-quyen-hai-cap',
        featured: true,
        hot: true,
        author: 'Minh Châu',
        theme: 'government',
        paragraphs: [
          'Một năm sau khi cấp huyện kết thúc hoạt động, các xã, phường của tỉnh đã ổn định tổ chức bộ máy và đưa trung tâm phục vụ hành chính công vào vận hành.',
          'Hội nghị yêu cầu các cấp ủy cơ sở tiếp tục rà soát vị trí việc làm, bồi dưỡng cán bộ cấp xã và công khai đầy đủ thông tin trên cổng thông tin điện tử của từng xã, phường.',
        ],
      },
      {
        title: 'Ra mắt cổng thông tin điện tử của các xã, phường trên nền tảng chung của tỉnh',
        slug: 'ra-mat-cong-thong-tin-cac-xa-phuong-tren-nen-tang-chung',
        summary: 'Mỗi xã, phường có trang thông tin riêng, do ban biên tập của địa phương quản lý, là thành phần của cổng thông tin điện tử tỉnh.',
        date: '2026-09-15T15:30:00+07:00',
        category: 'chinh-quyen-hai-cap',
        featured: true,
        author: 'Thu Hà',
        theme: 'government',
        paragraphs: [
          'Các xã, phường của tỉnh đã có trang thông tin điện tử riêng, dùng chung một nền tảng do tỉnh vận hành và đặt dưới tên miền của tỉnh.',
          'Ban biên tập mỗi xã chỉ được đăng và sửa nội dung của địa phương mình; tin, bài của Tỉnh ủy có thể được đăng lại trên trang của các xã.',
        ],
      },
      {
        title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh cho ý kiến về chương trình công tác năm 2027',
        slug: 'hoi-nghi-ban-chap-hanh-dang-bo-tinh-cho-y-kien-chuong-trinh-cong-tac-nam-2027',
        summary: 'Hội nghị thảo luận các nhiệm vụ trọng tâm năm 2027, trong đó có chuyển đổi số và nâng cao chất lượng tổ chức cơ sở đảng.',
        date: '2026-11-20T08:00:00+07:00',
        category: 'hoat-dong-tinh-uy',
        author: 'Quang Vinh',
        theme: 'party',
        paragraphs: [
          'Ban Chấp hành Đảng bộ tỉnh đã họp để cho ý kiến về dự thảo chương trình công tác toàn khóa và các nhiệm vụ trọng tâm của năm 2027.',
          'Các ý kiến tập trung vào chuyển đổi số trong hoạt động của cơ quan đảng, chất lượng sinh hoạt chi bộ và công tác kiểm tra, giám sát ở cơ sở.',
        ],
      },
    ],
    documents: [
      {
        slug: 'chuong-trinh-cong-tac-nam-2027-cua-tinh-uy',
        rawNumber: '15-CTr/TU',
        term: '2025-2030',
        typeName: 'Chương trình',
        subject: 'Chương trình công tác năm 2027 của Ban Chấp hành Đảng bộ tỉnh',
        issuerName: 'Tỉnh ủy Quảng Ngãi',
        issuedDate: '2026-11-25',
        validity: 'in-force',
      },
      {
        slug: 'ke-hoach-chuyen-doi-so-trong-co-quan-dang-2026',
        rawNumber: '42-KH/TU',
        term: '2025-2030',
        typeName: 'Kế hoạch',
        subject: 'Kế hoạch chuyển đổi số trong các cơ quan đảng của tỉnh năm 2026',
        issuerName: 'Tỉnh ủy Quảng Ngãi',
        issuedDate: '2026-02-10',
        validity: 'in-force',
      },
    ],
    schedule: {
      title: 'Lịch công tác của Thường trực Tỉnh ủy',
      entries: [
        { weekday: 0, time: '07:30', content: 'Giao ban Thường trực Tỉnh ủy', chair: 'Bí thư Tỉnh ủy', location: 'Phòng họp Tỉnh ủy' },
        { weekday: 2, time: '14:00', content: 'Làm việc với Đảng ủy xã Vạn Tường', location: 'Xã Vạn Tường' },
      ],
    },
  },
  {
    slug: 'xa-van-tuong',
    name: 'Ủy ban nhân dân xã Vạn Tường',
    shortName: 'Xã Vạn Tường',
    kind: 'commune-people-committee',
    parent: PROVINCE,
    pathPrefix: '/xa/van-tuong/',
    settings: {
      portalName: 'Trang thông tin điện tử xã Vạn Tường',
      ownerName: 'Ủy ban nhân dân xã Vạn Tường',
      editorInChiefName: 'Trần Văn Lợi',
      editorInChiefTitle: 'Phó Chủ tịch UBND xã',
      phone: '(0255) 3 610 200',
      email: 'vantuong@example.org',
      address: 'Xã Vạn Tường, tỉnh Quảng Ngãi',
    },
    categories: [{ name: 'Tin tức xã Vạn Tường', slug: 'tin-tuc-van-tuong', description: 'Hoạt động của Đảng ủy, HĐND và UBND xã.' }],
    articles: [
      {
        title: 'Xã Vạn Tường tiếp nhận hồ sơ hành chính trực tuyến cho người dân',
        slug: 'xa-van-tuong-tiep-nhan-ho-so-hanh-chinh-truc-tuyen',
        summary: 'Trung tâm phục vụ hành chính công của xã hướng dẫn người dân nộp hồ sơ trực tuyến và nhận kết quả tại nhà.',
        date: '2026-10-05T10:00:00+07:00',
        category: 'tin-tuc-van-tuong',
        featured: true,
        author: 'Ngọc Anh',
        theme: 'government',
        paragraphs: [
          'Trung tâm phục vụ hành chính công xã Vạn Tường bố trí cán bộ hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại quầy.',
          'Phần lớn thủ tục về hộ tịch và chứng thực của xã đã được giải quyết trong ngày.',
        ],
      },
      {
        title: 'Vạn Tường ra quân làm sạch bãi biển trước mùa mưa bão',
        slug: 'van-tuong-ra-quan-lam-sach-bai-bien-truoc-mua-mua-bao',
        summary: 'Đoàn viên thanh niên và người dân các thôn ven biển cùng thu gom rác thải dọc bãi biển.',
        date: '2026-09-01T07:00:00+07:00',
        category: 'tin-tuc-van-tuong',
        theme: 'culture',
        paragraphs: [
          'Hàng trăm đoàn viên, thanh niên và người dân các thôn ven biển đã tham gia thu gom rác thải dọc bãi biển Vạn Tường.',
          'Xã cũng kiểm tra các điểm xung yếu và phương án di dời dân trước mùa mưa bão.',
        ],
      },
    ],
    documents: [
      {
        slug: 'ke-hoach-phong-chong-thien-tai-xa-van-tuong-2026',
        rawNumber: '88/KH-UBND',
        term: null,
        typeName: 'Kế hoạch',
        subject: 'Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026 của xã Vạn Tường',
        issuerName: 'Ủy ban nhân dân xã Vạn Tường',
        issuedDate: '2026-08-20',
        validity: 'in-force',
      },
    ],
    schedule: {
      title: 'Lịch công tác của UBND xã Vạn Tường',
      entries: [
        { weekday: 0, time: '08:00', content: 'Tiếp công dân định kỳ', chair: 'Chủ tịch UBND xã', location: 'Trụ sở UBND xã' },
        { weekday: 3, time: '14:00', content: 'Kiểm tra công tác phòng, chống thiên tai tại các thôn ven biển' },
      ],
    },
  },
  {
    slug: 'xa-dong-son',
    name: 'Ủy ban nhân dân xã Đông Sơn',
    shortName: 'Xã Đông Sơn',
    kind: 'commune-people-committee',
    parent: PROVINCE,
    pathPrefix: '/xa/dong-son/',
    settings: {
      portalName: 'Trang thông tin điện tử xã Đông Sơn',
      ownerName: 'Ủy ban nhân dân xã Đông Sơn',
      editorInChiefName: 'Nguyễn Thị Mai',
      editorInChiefTitle: 'Phó Chủ tịch UBND xã',
      phone: '(0255) 3 620 300',
      email: 'dongson@example.org',
      address: 'Xã Đông Sơn, tỉnh Quảng Ngãi',
    },
    categories: [{ name: 'Tin tức xã Đông Sơn', slug: 'tin-tuc-dong-son', description: 'Hoạt động của Đảng ủy, HĐND và UBND xã.' }],
    articles: [
      {
        title: 'Đông Sơn hoàn thành bê tông hóa đường liên thôn',
        slug: 'dong-son-hoan-thanh-be-tong-hoa-duong-lien-thon',
        summary: 'Tuyến đường nối các thôn phía tây của xã được đưa vào sử dụng, thuận tiện cho việc đi lại và vận chuyển nông sản.',
        date: '2026-10-12T16:00:00+07:00',
        category: 'tin-tuc-dong-son',
        featured: true,
        author: 'Hữu Phước',
        theme: 'economy',
        paragraphs: [
          'Tuyến đường liên thôn phía tây xã Đông Sơn đã hoàn thành và đưa vào sử dụng.',
          'Người dân đã hiến đất và góp ngày công để mở rộng mặt đường.',
        ],
      },
      {
        title: 'Đông Sơn chuyển đổi cây trồng trên đất lúa kém hiệu quả',
        slug: 'dong-son-chuyen-doi-cay-trong-tren-dat-lua-kem-hieu-qua',
        summary: 'Nhiều hộ dân chuyển sang trồng ngô và rau màu trên diện tích lúa thiếu nước tưới.',
        date: '2026-08-18T09:30:00+07:00',
        category: 'tin-tuc-dong-son',
        theme: 'agriculture',
        paragraphs: [
          'Trên những chân ruộng thiếu nước, nhiều hộ dân xã Đông Sơn đã chuyển sang trồng ngô và rau màu.',
          'Xã phối hợp với hợp tác xã hỗ trợ giống và bao tiêu một phần sản phẩm.',
        ],
      },
    ],
    documents: [
      {
        slug: 'quyet-dinh-kien-toan-ban-chi-dao-nong-thon-moi-xa-dong-son',
        rawNumber: '215/QĐ-UBND',
        term: null,
        typeName: 'Quyết định',
        subject: 'Quyết định kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã Đông Sơn',
        issuerName: 'Ủy ban nhân dân xã Đông Sơn',
        issuedDate: '2026-03-02',
        validity: 'in-force',
      },
    ],
    schedule: {
      title: 'Lịch công tác của UBND xã Đông Sơn',
      entries: [{ weekday: 1, time: '08:00', content: 'Họp Ban Chỉ đạo xây dựng nông thôn mới', chair: 'Chủ tịch UBND xã' }],
    },
  },
  {
    slug: 'xa-binh-chuong',
    name: 'Ủy ban nhân dân xã Bình Chương',
    shortName: 'Xã Bình Chương',
    kind: 'commune-people-committee',
    parent: PROVINCE,
    hostname: 'binhchuong.quangngai.gov.vn',
    pathPrefix: '/xa/binh-chuong/',
    settings: {
      portalName: 'Trang thông tin điện tử xã Bình Chương',
      ownerName: 'Ủy ban nhân dân xã Bình Chương',
      editorInChiefName: 'Lê Quốc Bảo',
      editorInChiefTitle: 'Phó Chủ tịch UBND xã',
      phone: '(0255) 3 630 400',
      email: 'binhchuong@example.org',
      address: 'Xã Bình Chương, tỉnh Quảng Ngãi',
    },
    categories: [{ name: 'Tin tức xã Bình Chương', slug: 'tin-tuc-binh-chuong', description: 'Hoạt động của Đảng ủy, HĐND và UBND xã.' }],
    articles: [
      {
        title: 'Bình Chương trồng mới rừng gỗ lớn trên đất đồi',
        slug: 'binh-chuong-trong-moi-rung-go-lon-tren-dat-doi',
        summary: 'Các hộ nhận khoán rừng được hỗ trợ cây giống để chuyển từ rừng keo ngắn ngày sang rừng gỗ lớn.',
        date: '2026-07-22T08:30:00+07:00',
        category: 'tin-tuc-binh-chuong',
        featured: true,
        author: 'Thanh Tùng',
        theme: 'forest',
        paragraphs: [
          'Xã Bình Chương khuyến khích các hộ nhận khoán chuyển từ rừng keo ngắn ngày sang trồng rừng gỗ lớn.',
          'Cây giống được hỗ trợ cho các hộ đăng ký trong đợt trồng rừng năm nay.',
        ],
      },
    ],
    documents: [
      {
        slug: 'thong-bao-lich-tiep-cong-dan-xa-binh-chuong-2026',
        rawNumber: '31/TB-UBND',
        term: null,
        typeName: 'Thông báo',
        subject: 'Thông báo lịch tiếp công dân định kỳ năm 2026 của Chủ tịch UBND xã Bình Chương',
        issuerName: 'Ủy ban nhân dân xã Bình Chương',
        issuedDate: '2026-01-08',
        validity: 'in-force',
      },
    ],
    schedule: {
      title: 'Lịch công tác của UBND xã Bình Chương',
      entries: [{ weekday: 4, time: '07:30', content: 'Tiếp công dân định kỳ', chair: 'Chủ tịch UBND xã', location: 'Trụ sở UBND xã' }],
    },
  },
  {
    slug: 'luu-tru-huyen-binh-son',
    name: 'Huyện Bình Sơn (đã giải thể)',
    shortName: 'Lưu trữ huyện Bình Sơn',
    kind: 'dissolved-district-archive',
    parent: PROVINCE,
    pathPrefix: '/luu-tru/binh-son/',
    archived: {
      dissolvedOn: '2025-07-01',
      decision: 'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (kết thúc hoạt động của đơn vị hành chính cấp huyện)',
      successors: ['xa-van-tuong', 'xa-dong-son', 'xa-binh-chuong'],
    },
    settings: {
      portalName: 'Lưu trữ Cổng thông tin điện tử huyện Bình Sơn',
      ownerName: 'Ủy ban nhân dân huyện Bình Sơn (đã giải thể)',
      editorInChiefName: 'Văn phòng Tỉnh ủy Quảng Ngãi',
      editorInChiefTitle: 'Đơn vị quản lý lưu trữ',
      phone: '(0255) 3 822 100',
      email: 'luutru@example.org',
      address: 'Tỉnh Quảng Ngãi',
      archiveNotice: 'Huyện Bình Sơn kết thúc hoạt động từ ngày 01/07/2025. Trang này lưu giữ nội dung của cổng thông tin cũ.',
    },
    categories: [{ name: 'Tin tức huyện Bình Sơn (lưu trữ)', slug: 'tin-tuc-huyen-binh-son-luu-tru', description: 'Tin, bài của cổng thông tin huyện trước ngày 01/07/2025.' }],
    articles: [
      {
        title: 'Huyện Bình Sơn tổng kết công tác năm 2024',
        slug: 'huyen-binh-son-tong-ket-cong-tac-nam-2024',
        summary: 'Hội nghị cuối cùng tổng kết một năm công tác của huyện trước khi sắp xếp đơn vị hành chính.',
        date: '2025-01-10T08:00:00+07:00',
        category: 'tin-tuc-huyen-binh-son-luu-tru',
        author: 'Văn phòng HĐND và UBND huyện',
        theme: 'government',
        paragraphs: [
          'Ủy ban nhân dân huyện Bình Sơn tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.',
          'Hội nghị thống nhất chuẩn bị hồ sơ, tài liệu để bàn giao cho các xã mới khi sắp xếp đơn vị hành chính.',
        ],
      },
    ],
    documents: [
      {
        slug: 'ke-hoach-ban-giao-ho-so-tai-lieu-huyen-binh-son',
        rawNumber: '120/KH-UBND',
        term: null,
        typeName: 'Kế hoạch',
        subject: 'Kế hoạch bàn giao hồ sơ, tài liệu của huyện cho các xã sau sắp xếp',
        issuerName: 'Ủy ban nhân dân huyện Bình Sơn',
        issuedDate: '2025-06-10',
        validity: 'in-force',
      },
    ],
  },
];
