/**
 * Demo content for a fresh portal, written for this project from the facts in
 * shared/domain-facts.md (no sentence is taken from the source pages).
 */

export interface DemoCategory {
  name: string;
  slug: string;
  description: string;
  order: number;
}

export interface DemoArticle {
  title: string;
  slug: string;
  summary: string;
  /** Editorial date-time of the news, in Asia/Ho_Chi_Minh (+07:00). */
  date: string;
  category: string;
  featured?: boolean;
  hot?: boolean;
  author?: string;
  contributingUnit?: string;
  sourceName?: string;
  paragraphs: string[];
  quote?: { quote: string; attribution: string };
  /** Left as a draft: shows editors the workflow and must never reach the site. */
  draft?: boolean;
}

export const demoCategories: DemoCategory[] = [
  { name: 'Tin tức - Sự kiện', slug: 'tin-tuc-su-kien', description: 'Tin hoạt động của cấp ủy, chính quyền địa phương.', order: 1 },
  { name: 'Xây dựng Đảng', slug: 'xay-dung-dang', description: 'Công tác tổ chức, kiểm tra, giám sát và phát triển đảng viên.', order: 2 },
  { name: 'Kinh tế - Xã hội', slug: 'kinh-te-xa-hoi', description: 'Kết quả phát triển kinh tế, văn hóa, xã hội.', order: 3 },
  { name: 'Quốc phòng - An ninh', slug: 'quoc-phong-an-ninh', description: 'Công tác quân sự địa phương, giữ gìn an ninh trật tự.', order: 4 },
  { name: 'Học tập và làm theo Bác', slug: 'hoc-tap-va-lam-theo-bac', description: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.', order: 5 },
];

export const demoArticles: DemoArticle[] = [
  {
    title: 'Đảng bộ huyện Bình Sơn được xếp loại hoàn thành xuất sắc nhiệm vụ năm 2020',
    slug: 'dang-bo-huyen-binh-son-hoan-thanh-xuat-sac-nhiem-vu-nam-2020',
    summary:
      'Ban Thường vụ Tỉnh ủy Quảng Ngãi đánh giá Đảng bộ huyện Bình Sơn hoàn thành xuất sắc nhiệm vụ năm 2020 theo Kết luận số 215-KL/TU ngày 25/03/2021.',
    date: '2021-04-28T17:20:00+07:00',
    category: 'xay-dung-dang',
    featured: true,
    hot: true,
    author: 'Thanh Nga',
    paragraphs: [
      'Căn cứ Kết luận số 215-KL/TU ngày 25/03/2021, Ban Thường vụ Tỉnh ủy Quảng Ngãi đã xếp loại Đảng bộ huyện Bình Sơn ở mức cao nhất: hoàn thành xuất sắc nhiệm vụ năm 2020.',
      'Trong năm, giá trị sản xuất toàn huyện ước đạt 17.711,84 tỷ đồng (giá so sánh 2010), bằng 99,65% kế hoạch và tăng 9,47% so với năm 2019. Tổng thu ngân sách nhà nước trên địa bàn đạt 607,33 tỷ đồng.',
      'Công tác xây dựng Đảng có nhiều chuyển biến: kết nạp 93 đảng viên mới, công nhận chính thức cho 143 đồng chí; 217 đảng viên được bồi dưỡng lý luận chính trị qua 4 lớp học.',
      'Năm 2021, huyện đặt mục tiêu có 18 trên 21 xã đạt chuẩn nông thôn mới.',
    ],
    quote: {
      quote: 'Kết quả năm 2020 là nền tảng để Đảng bộ bước vào thực hiện Nghị quyết Đại hội lần thứ XXVII.',
      attribution: 'Ban Thường vụ Huyện ủy Bình Sơn',
    },
  },
  {
    title: 'Bình Sơn hoàn thành 10 trên 16 chỉ tiêu kinh tế - xã hội năm 2020',
    slug: 'binh-son-hoan-thanh-10-tren-16-chi-tieu-kinh-te-xa-hoi-nam-2020',
    summary: 'Tại buổi làm việc với lãnh đạo tỉnh ngày 16/03/2021, huyện báo cáo đạt và vượt 10/16 chỉ tiêu kinh tế - xã hội.',
    date: '2021-03-16T16:05:00+07:00',
    category: 'kinh-te-xa-hoi',
    featured: true,
    author: 'N.ĐỨC',
    paragraphs: [
      'Chiều 16/03/2021, đoàn công tác của Tỉnh ủy Quảng Ngãi do Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bùi Thị Quỳnh Vân dẫn đầu đã làm việc với Ban Thường vụ Huyện ủy Bình Sơn.',
      'Báo cáo của huyện cho biết năm 2020 có 10 trên 16 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch; tỷ lệ hộ nghèo giảm còn 4,57%.',
      'Huyện có thêm 7 trường đạt chuẩn quốc gia, nhiều hơn kế hoạch 2 trường; công tác tuyển quân đạt 100% chỉ tiêu giao.',
      'Công tác tiếp công dân được duy trì với 11 buổi tiếp, 14 lượt công dân và 27 vụ việc được xem xét, giải quyết.',
    ],
  },
  {
    title: 'Huyện ủy Ba Chẽ tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 3',
    slug: 'huyen-uy-ba-che-to-chuc-hoi-nghi-ban-chap-hanh-lan-thu-3',
    summary: 'Ngày 14/10/2020, Ban Chấp hành Đảng bộ huyện Ba Chẽ khóa XXV họp đánh giá kết quả 9 tháng và bàn nhiệm vụ cuối năm.',
    date: '2020-10-14T11:30:00+07:00',
    category: 'tin-tuc-su-kien',
    hot: true,
    author: 'Bình Minh',
    contributingUnit: 'Trung tâm TT&VH Ba Chẽ',
    paragraphs: [
      'Ngày 14/10/2020, Ban Chấp hành Đảng bộ huyện Ba Chẽ khóa XXV tổ chức hội nghị lần thứ 3 dưới sự chủ trì của đồng chí Nguyễn Minh Sơn, Tỉnh ủy viên, Bí thư Huyện ủy.',
      'Chín tháng đầu năm 2020, giá trị sản xuất của huyện tăng 17%; giải ngân vốn đầu tư công đạt 96,9%; thu ngân sách trên 30 tỷ đồng, bằng 84,3% dự toán huyện giao.',
      'Diện tích trồng rừng tập trung đạt 3.772 ha, bằng 125,7% kế hoạch, trong đó rừng gỗ lớn 813 ha. Toàn huyện có 21/21 trường đạt chuẩn quốc gia.',
      'Hội nghị thống nhất phấn đấu thu ngân sách cả năm đạt ít nhất 36 tỷ đồng và đưa tỷ lệ hộ nghèo xuống dưới 1%.',
    ],
  },
  {
    title: 'Đảng bộ Cơ quan chính quyền huyện hoàn thành vượt kế hoạch diện tích gieo trồng',
    slug: 'dang-bo-co-quan-chinh-quyen-huyen-vuot-ke-hoach-dien-tich-gieo-trong',
    summary: 'Tổng diện tích gieo trồng năm 2020 đạt 28.259 ha, bằng 101,7% kế hoạch; sản lượng lương thực vượt chỉ tiêu.',
    date: '2020-12-22T09:00:00+07:00',
    category: 'kinh-te-xa-hoi',
    author: 'Vy Thuỷ',
    paragraphs: [
      'Năm 2020, tổng diện tích gieo trồng trên địa bàn đạt 28.259 ha, bằng 101,7% kế hoạch; diện tích cây lương thực có hạt 18.799 ha, đạt 102,1%.',
      'Sản lượng lương thực có hạt đạt 115.526 tấn trên kế hoạch 114.645 tấn; riêng sản lượng lúa đạt 87.230,9 tấn, bằng 105,1% kế hoạch.',
      'Đảng bộ kết nạp 6 đảng viên, vượt chỉ tiêu được giao là 5; 3 tập thể và 28 cá nhân được khen thưởng.',
    ],
  },
  {
    title: 'Ba Chẽ tập trung giảm nghèo bền vững',
    slug: 'ba-che-tap-trung-giam-ngheo-ben-vung',
    summary: 'Đến hết tháng 9/2020, huyện có 45 hộ thoát nghèo và hỗ trợ 147 ngôi nhà cho hộ khó khăn.',
    date: '2020-10-20T08:15:00+07:00',
    category: 'kinh-te-xa-hoi',
    author: 'Bình Minh',
    contributingUnit: 'Trung tâm TT&VH Ba Chẽ',
    paragraphs: [
      'Chín tháng năm 2020, huyện Ba Chẽ hỗ trợ xây mới, sửa chữa 147 ngôi nhà với tổng kinh phí trên 4,3 tỷ đồng.',
      'Có 45 hộ thoát nghèo, đạt 68,2% kế hoạch năm; tỷ lệ hộ nghèo còn 1,29% và huyện đặt mục tiêu đưa tỷ lệ này xuống dưới 1%.',
    ],
  },
  {
    title: 'Phú Riềng tổng kết công tác dân vận nhiệm kỳ 2015 - 2020',
    slug: 'phu-rieng-tong-ket-cong-tac-dan-van-nhiem-ky-2015-2020',
    summary: 'Các đoàn thể kết nạp thêm 8.538 hội viên, nâng tổng số lên 27.566, tăng 29,7% so với đầu nhiệm kỳ.',
    date: '2020-06-30T15:40:00+07:00',
    category: 'tin-tuc-su-kien',
    paragraphs: [
      'Nhiệm kỳ 2015 - 2020, Mặt trận và các đoàn thể huyện Phú Riềng kết nạp 8.538 đoàn viên, hội viên mới; tổng số hiện là 27.566 người.',
      'Huyện tổ chức 184 hội nghị học tập, quán triệt nghị quyết với 40.302 trên 40.982 đảng viên tham dự, đạt 98,34%.',
      'Việc sắp xếp bộ máy được thực hiện theo Quyết định số 1211-QĐ/HU ngày 24/05/2018 của Huyện ủy Phú Riềng.',
    ],
  },
  {
    title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05-CT/TW',
    slug: 'hoc-tap-va-lam-theo-bac-theo-chi-thi-05-ct-tw',
    summary: 'Các chi bộ gắn việc thực hiện Chỉ thị 05-CT/TW với nâng cao chất lượng sinh hoạt chi bộ.',
    date: '2021-05-19T07:30:00+07:00',
    category: 'hoc-tap-va-lam-theo-bac',
    paragraphs: [
      'Thực hiện Chỉ thị số 05-CT/TW ngày 15/05/2016 của Bộ Chính trị, các chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt định kỳ.',
      'Việc nâng cao chất lượng sinh hoạt chi bộ được thực hiện theo Hướng dẫn số 12-HD/BTCTW ngày 06/07/2018 của Ban Tổ chức Trung ương.',
    ],
  },
  {
    title: 'Tuyển quân năm 2021 đạt 100% chỉ tiêu',
    slug: 'tuyen-quan-nam-2021-dat-100-phan-tram-chi-tieu',
    summary: 'Công tác tuyển chọn và gọi công dân nhập ngũ hoàn thành đúng kế hoạch.',
    date: '2021-02-25T10:00:00+07:00',
    category: 'quoc-phong-an-ninh',
    paragraphs: [
      'Công tác tuyển chọn, gọi công dân nhập ngũ năm 2021 của huyện Bình Sơn hoàn thành 100% chỉ tiêu được giao.',
      'Lễ giao nhận quân được tổ chức trang trọng, an toàn, đúng quy định.',
    ],
  },
  {
    title: 'Dự thảo: kế hoạch tuyên truyền bầu cử đại biểu Quốc hội khóa XV',
    slug: 'du-thao-ke-hoach-tuyen-truyen-bau-cu-dai-bieu-quoc-hoi-khoa-xv',
    summary: 'Bài viết đang được biên tập, chưa xuất bản.',
    date: '2021-03-01T08:00:00+07:00',
    category: 'tin-tuc-su-kien',
    draft: true,
    paragraphs: ['Triển khai Chỉ thị số 45-CT/TW ngày 20/06/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử.'],
  },
];
