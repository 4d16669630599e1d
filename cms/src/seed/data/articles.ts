import type { DemoArticle, DemoImage, ImageTheme } from './types';

/**
 * Demo news, written for this project from the facts in shared/domain-facts.md (no sentence is taken from the
 * source pages). The first paragraph of each article avoids quotes and document numbers so tests can find it
 * verbatim in the rendered page.
 */

function illustration(file: string, theme: ImageTheme, label: string, alt: string, caption = 'Ảnh minh họa'): DemoImage {
  return { file, theme, label, alt, caption };
}

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
    photoCredit: 'Thanh Nga',
    paragraphs: [
      'Ban Thường vụ Tỉnh ủy Quảng Ngãi vừa xếp loại Đảng bộ huyện Bình Sơn ở mức cao nhất, hoàn thành xuất sắc nhiệm vụ năm 2020.',
      'Kết quả được ghi nhận tại Kết luận số 215-KL/TU ngày 25/03/2021. Trong năm, giá trị sản xuất toàn huyện ước đạt 17.711,84 tỷ đồng (giá so sánh 2010), bằng 99,65% kế hoạch và tăng 9,47% so với năm 2019; tổng thu ngân sách nhà nước trên địa bàn đạt 607,33 tỷ đồng.',
      'Năm 2021, huyện đặt mục tiêu có 18 trên 21 xã đạt chuẩn nông thôn mới.',
    ],
    sections: [
      {
        kind: 'table',
        caption: 'Một số kết quả công tác xây dựng Đảng năm 2020',
        rows: [
          ['Nội dung', 'Kết quả'],
          ['Kết nạp đảng viên mới', '93 đảng viên'],
          ['Công nhận đảng viên chính thức', '143 đồng chí'],
          ['Bồi dưỡng lý luận chính trị', '217 đảng viên, 4 lớp'],
          ['Kiểm tra', '11 tổ chức đảng và 3 đảng viên'],
          ['Giám sát chuyên đề', '7 tổ chức đảng'],
          ['Thi hành kỷ luật', '22 đảng viên'],
        ],
      },
      {
        kind: 'quote',
        quote: 'Kết quả năm 2020 là nền tảng để Đảng bộ bước vào thực hiện Nghị quyết Đại hội lần thứ XXVII.',
        attribution: 'Ban Thường vụ Huyện ủy Bình Sơn',
      },
      { kind: 'document', document: '215-kl-tu' },
    ],
    cover: illustration(
      'binh-son-xep-loai-2020',
      'party',
      'Hoàn thành xuất sắc nhiệm vụ năm 2020',
      'Tranh minh họa nền đỏ, ngôi sao vàng và dòng chữ Hoàn thành xuất sắc nhiệm vụ năm 2020',
    ),
    tags: ['binh-son', 'kiem-tra-giam-sat'],
    relatedDocuments: ['215-kl-tu'],
    organisation: 'huyen-uy-binh-son',
  },
  {
    title: 'Bình Sơn hoàn thành 10 trên 16 chỉ tiêu kinh tế - xã hội năm 2020',
    slug: 'binh-son-hoan-thanh-10-tren-16-chi-tieu-kinh-te-xa-hoi-nam-2020',
    summary: 'Tại buổi làm việc với lãnh đạo tỉnh ngày 16/03/2021, huyện báo cáo đạt và vượt 10/16 chỉ tiêu kinh tế - xã hội.',
    date: '2021-03-16T16:05:00+07:00',
    category: 'kinh-te-xa-hoi',
    featured: true,
    author: 'N.ĐỨC',
    sourceName: 'Baoquangngai.vn',
    paragraphs: [
      'Chiều 16/03/2021, đoàn công tác của Tỉnh ủy Quảng Ngãi do Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bùi Thị Quỳnh Vân dẫn đầu đã làm việc với Ban Thường vụ Huyện ủy Bình Sơn.',
      'Cùng dự có Phó Bí thư Thường trực Tỉnh ủy Đặng Ngọc Huy và Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Đặng Văn Minh.',
      'Báo cáo của huyện cho biết năm 2020 có 10 trên 16 chỉ tiêu kinh tế - xã hội đạt và vượt kế hoạch; tỷ lệ hộ nghèo giảm còn 4,57%. Huyện có thêm 7 trường đạt chuẩn quốc gia, nhiều hơn kế hoạch 2 trường; công tác tuyển quân đạt 100% chỉ tiêu giao.',
    ],
    sections: [
      { kind: 'kpi-chart', indicator: 'BS-GTSX', title: 'Giá trị sản xuất năm 2020 so với kế hoạch' },
      {
        kind: 'text',
        paragraphs: [
          'Một số chỉ tiêu chưa đạt, trong đó thu ngân sách trong cân đối mới bằng 52,55% dự toán huyện giao. Đoàn công tác đề nghị huyện phân tích rõ nguyên nhân của từng chỉ tiêu chưa đạt để có giải pháp cụ thể trong năm 2021.',
        ],
      },
    ],
    cover: illustration(
      'binh-son-10-16-chi-tieu',
      'economy',
      'Bình Sơn: đạt và vượt 10/16 chỉ tiêu',
      'Tranh minh họa biểu đồ cột tăng trưởng màu xanh với dòng chữ Bình Sơn đạt và vượt 10/16 chỉ tiêu',
    ),
    tags: ['binh-son'],
    organisation: 'ubnd-huyen-binh-son',
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
      'Chín tháng đầu năm 2020, giá trị sản xuất của huyện tăng 17%; giải ngân vốn đầu tư công đạt 96,9%; thu ngân sách trên 30 tỷ đồng, bằng 84,3% dự toán huyện giao và tăng 47% so với cùng kỳ.',
    ],
    sections: [
      {
        kind: 'table',
        caption: 'Kết quả nổi bật 9 tháng năm 2020',
        rows: [
          ['Chỉ tiêu', 'Thực hiện', 'So với kế hoạch'],
          ['Trồng rừng tập trung', '3.772 ha', '125,7%'],
          ['Trong đó rừng gỗ lớn', '813 ha', '156%'],
          ['Hộ thoát nghèo', '45 hộ', '68,2%'],
          ['Trường đạt chuẩn quốc gia', '21/21 trường', '100%'],
        ],
      },
      {
        kind: 'image',
        image: illustration(
          'ba-che-hoi-nghi-lan-3',
          'government',
          'Hội nghị Ban Chấp hành Đảng bộ huyện Ba Chẽ lần thứ 3',
          'Tranh minh họa hội trường với hàng ghế và bục phát biểu',
          'Quang cảnh hội nghị (ảnh minh họa)',
        ),
      },
      {
        kind: 'text',
        paragraphs: [
          'Hội nghị thống nhất phấn đấu thu ngân sách cả năm đạt ít nhất 36 tỷ đồng và đưa tỷ lệ hộ nghèo xuống dưới 1%. Toàn Đảng bộ hiện có 2.033 đảng viên.',
        ],
      },
    ],
    cover: illustration(
      'ba-che-ban-chap-hanh-lan-3',
      'party',
      'Ba Chẽ: Hội nghị Ban Chấp hành lần thứ 3',
      'Tranh minh họa nền đỏ với ngôi sao vàng và dòng chữ Hội nghị Ban Chấp hành lần thứ 3',
    ),
    tags: ['ba-che'],
    relatedDocuments: ['13-nq-hu-ba-che'],
    organisation: 'huyen-uy-ba-che',
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
      'Sản lượng lương thực có hạt đạt 115.526 tấn trên kế hoạch 114.645 tấn; lương thực bình quân đạt 1.640 kg/người/năm, cao hơn mức 1.620 kg đề ra.',
    ],
    sections: [
      {
        kind: 'table',
        caption: 'Diện tích và sản lượng một số cây trồng chính năm 2020',
        rows: [
          ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
          ['Diện tích lúa (ha)', '13.401', '13.999,5'],
          ['Diện tích ngô (ha)', '5.012', '4.799'],
          ['Sản lượng thóc (tấn)', '82.995', '87.230,9'],
          ['Sản lượng ngô (tấn)', '31.650', '28.295,4'],
        ],
      },
      {
        kind: 'text',
        paragraphs: [
          'Riêng cây ngô chưa đạt kế hoạch cả về diện tích và sản lượng, do một phần diện tích chuyển sang trồng lúa. Đảng bộ kết nạp 6 đảng viên, vượt chỉ tiêu được giao là 5; 3 tập thể và 28 cá nhân được khen thưởng.',
        ],
      },
      { kind: 'kpi-chart', indicator: 'CQ-SL-NGO', title: 'Sản lượng ngô so với kế hoạch' },
    ],
    cover: illustration(
      'co-quan-chinh-quyen-gieo-trong',
      'agriculture',
      'Diện tích gieo trồng đạt 101,7% kế hoạch',
      'Tranh minh họa cánh đồng lúa xanh với dòng chữ Diện tích gieo trồng đạt 101,7% kế hoạch',
    ),
    organisation: 'dang-bo-co-quan-chinh-quyen-huyen',
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
      'Có 45 hộ thoát nghèo, đạt 68,2% kế hoạch năm; tỷ lệ hộ nghèo còn 1,29%.',
    ],
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Vì tỷ lệ hộ nghèo là chỉ tiêu càng thấp càng tốt, mức 1,29% vẫn cao hơn mục tiêu dưới 1% mà huyện đề ra. Các xã được giao rà soát từng hộ để có giải pháp hỗ trợ sinh kế phù hợp trong quý IV.',
        ],
      },
      { kind: 'kpi-chart', indicator: 'BC-HO-NGHEO', title: 'Tỷ lệ hộ nghèo so với mục tiêu' },
    ],
    cover: illustration(
      'ba-che-giam-ngheo',
      'culture',
      'Ba Chẽ hỗ trợ 147 ngôi nhà',
      'Tranh minh họa mái nhà mới giữa đồi xanh với dòng chữ Ba Chẽ hỗ trợ 147 ngôi nhà',
    ),
    tags: ['ba-che', 'giam-ngheo'],
    organisation: 'huyen-uy-ba-che',
  },
  {
    title: 'Phú Riềng tổng kết công tác dân vận nhiệm kỳ 2015 - 2020',
    slug: 'phu-rieng-tong-ket-cong-tac-dan-van-nhiem-ky-2015-2020',
    summary: 'Các đoàn thể kết nạp thêm 8.538 hội viên, nâng tổng số lên 27.566, tăng 29,7% so với đầu nhiệm kỳ.',
    date: '2020-06-30T15:40:00+07:00',
    category: 'tin-tuc-su-kien',
    paragraphs: [
      'Nhiệm kỳ 2015 - 2020, Mặt trận và các đoàn thể huyện Phú Riềng kết nạp 8.538 đoàn viên, hội viên mới; tổng số hiện là 27.566 người.',
      'Từ 81% trở lên số người trong độ tuổi đã tham gia các tổ chức chính trị – xã hội. Huyện tổ chức 184 hội nghị học tập, quán triệt nghị quyết với 40.302 trên 40.982 đảng viên tham dự, đạt 98,34%.',
    ],
    sections: [
      {
        kind: 'table',
        caption: 'Một số kết quả nhiệm kỳ 2015 – 2020',
        rows: [
          ['Nội dung', 'Kết quả'],
          ['Hộ được vay vốn', '6.415 hộ, 158.918 triệu đồng'],
          ['Nhà được hỗ trợ', '323 căn, 16.181 triệu đồng'],
          ['Hộ gia đình văn hóa', '95,3%'],
          ['Khu dân cư văn hóa', '74,15%'],
          ['Cử tri đi bầu', '99%'],
        ],
      },
    ],
    cover: illustration(
      'phu-rieng-dan-van',
      'culture',
      'Phú Riềng: 27.566 đoàn viên, hội viên',
      'Tranh minh họa nhiều hình người nắm tay nhau với dòng chữ Phú Riềng 27.566 đoàn viên, hội viên',
    ),
    tags: ['phu-rieng'],
    organisation: 'huyen-uy-phu-rieng',
  },
  {
    title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với sinh hoạt chi bộ',
    slug: 'hoc-tap-va-lam-theo-bac-theo-chi-thi-05-ct-tw',
    summary: 'Các chi bộ gắn việc thực hiện Chỉ thị 05-CT/TW với nâng cao chất lượng sinh hoạt chi bộ.',
    date: '2021-05-19T07:30:00+07:00',
    category: 'hoc-tap-va-lam-theo-bac',
    paragraphs: [
      'Các chi bộ đưa nội dung học tập và làm theo Bác vào sinh hoạt định kỳ hằng tháng, mỗi đảng viên đăng ký một việc làm cụ thể.',
      'Việc này thực hiện Chỉ thị số 05-CT/TW ngày 15/05/2016 của Bộ Chính trị, đồng thời theo Hướng dẫn số 12-HD/BTCTW ngày 06/07/2018 của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ.',
    ],
    sections: [
      {
        kind: 'quote',
        quote: 'Mỗi buổi sinh hoạt chi bộ phải giải quyết được ít nhất một việc cụ thể của cơ quan, của khu dân cư.',
        attribution: 'Kinh nghiệm của một chi bộ cơ sở',
      },
      { kind: 'document', document: '05-ct-tw' },
    ],
    cover: illustration(
      'hoc-tap-lam-theo-bac',
      'culture',
      'Học tập và làm theo Bác',
      'Tranh minh họa cuốn sách mở và bông sen với dòng chữ Học tập và làm theo Bác',
    ),
    relatedDocuments: ['05-ct-tw', '12-hd-btctw'],
  },
  {
    title: 'Tuyển quân năm 2021 đạt 100% chỉ tiêu',
    slug: 'tuyen-quan-nam-2021-dat-100-phan-tram-chi-tieu',
    summary: 'Công tác tuyển chọn và gọi công dân nhập ngũ hoàn thành đúng kế hoạch.',
    date: '2021-02-25T10:00:00+07:00',
    category: 'quoc-phong-an-ninh',
    paragraphs: [
      'Công tác tuyển chọn, gọi công dân nhập ngũ năm 2021 của huyện Bình Sơn hoàn thành 100% chỉ tiêu được giao.',
      'Lễ giao nhận quân được tổ chức trang trọng, an toàn, đúng quy định; các tân binh được gia đình và địa phương động viên lên đường.',
    ],
    cover: illustration(
      'binh-son-tuyen-quan',
      'security',
      'Giao quân đạt 100% chỉ tiêu',
      'Tranh minh họa tấm khiên màu xanh ô liu và ngôi sao với dòng chữ Giao quân đạt 100% chỉ tiêu',
    ),
    tags: ['binh-son'],
  },
  {
    title: 'Kiểm tra, giám sát góp phần giữ vững kỷ cương trong Đảng bộ huyện Bình Sơn',
    slug: 'kiem-tra-giam-sat-dang-bo-huyen-binh-son-nam-2020',
    summary: 'Năm 2020, cấp ủy và ủy ban kiểm tra các cấp kiểm tra 11 tổ chức đảng, 3 đảng viên và giám sát chuyên đề 7 tổ chức đảng.',
    date: '2021-01-12T14:10:00+07:00',
    category: 'xay-dung-dang',
    author: 'Thanh Nga',
    paragraphs: [
      'Năm 2020, cấp ủy và ủy ban kiểm tra các cấp trong Đảng bộ huyện Bình Sơn đã kiểm tra 11 tổ chức đảng và 3 đảng viên, giám sát chuyên đề 7 tổ chức đảng.',
      'Qua kiểm tra, 22 đảng viên vi phạm bị thi hành kỷ luật; trong công tác quản lý đảng viên, 16 trường hợp bị xóa tên và 3 trường hợp bị khai trừ khỏi Đảng.',
    ],
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Công tác kiểm tra được thực hiện theo Quy định số 30-QĐ/TW ngày 26/07/2016 của Ban Chấp hành Trung ương về thi hành Chương VII và Chương VIII Điều lệ Đảng. Các cuộc kiểm tra tập trung vào những lĩnh vực dễ phát sinh sai phạm như quản lý đất đai, tài chính và đầu tư công.',
        ],
      },
      { kind: 'document', document: '30-qd-tw' },
    ],
    cover: illustration(
      'binh-son-kiem-tra-giam-sat',
      'party',
      'Kiểm tra 11 tổ chức đảng năm 2020',
      'Tranh minh họa nền đỏ với kính lúp và ngôi sao vàng, dòng chữ Kiểm tra 11 tổ chức đảng năm 2020',
    ),
    tags: ['binh-son', 'kiem-tra-giam-sat'],
    relatedDocuments: ['30-qd-tw'],
    organisation: 'huyen-uy-binh-son',
  },
  {
    title: 'Bình Sơn bồi dưỡng lý luận chính trị cho 217 đảng viên',
    slug: 'binh-son-boi-duong-ly-luan-chinh-tri-cho-217-dang-vien',
    summary: 'Bốn lớp bồi dưỡng lý luận chính trị được mở trong năm 2020 cho đảng viên mới và đối tượng kết nạp.',
    date: '2020-12-08T10:30:00+07:00',
    category: 'xay-dung-dang',
    author: 'Thanh Nga',
    paragraphs: [
      'Trong năm 2020, Trung tâm Chính trị huyện Bình Sơn phối hợp với Ban Tổ chức Huyện ủy mở 4 lớp bồi dưỡng lý luận chính trị cho 217 đảng viên.',
      'Cũng trong năm, toàn Đảng bộ kết nạp 93 đảng viên mới và xét công nhận đảng viên chính thức cho 143 đồng chí.',
    ],
    sections: [
      {
        kind: 'image',
        image: illustration(
          'binh-son-lop-boi-duong',
          'education',
          'Lớp bồi dưỡng lý luận chính trị',
          'Tranh minh họa lớp học với bảng xanh và hàng bàn ghế',
          'Một lớp bồi dưỡng tại Trung tâm Chính trị huyện (ảnh minh họa)',
        ),
      },
      {
        kind: 'text',
        paragraphs: [
          'Nội dung các lớp tập trung vào Điều lệ Đảng, lịch sử Đảng bộ địa phương và nhiệm vụ của đảng viên ở chi bộ. Cuối khóa, học viên viết bài thu hoạch gắn với công việc của mình.',
        ],
      },
    ],
    cover: illustration(
      'binh-son-boi-duong-217',
      'education',
      '217 đảng viên được bồi dưỡng',
      'Tranh minh họa cuốn sách và mũ tốt nghiệp với dòng chữ 217 đảng viên được bồi dưỡng',
    ),
    tags: ['binh-son'],
    organisation: 'huyen-uy-binh-son',
  },
  {
    title: 'Mặt trận và đoàn thể Bình Sơn làm theo Bác bằng 56 công trình thiết thực',
    slug: 'mat-tran-doan-the-binh-son-56-cong-trinh-lam-theo-bac',
    summary: 'Năm 2020, Mặt trận Tổ quốc và các đoàn thể huyện thực hiện 56 công trình, phần việc trị giá 2,7 tỷ đồng.',
    date: '2021-01-20T08:45:00+07:00',
    category: 'hoc-tap-va-lam-theo-bac',
    author: 'Vy Thuỷ',
    paragraphs: [
      'Năm 2020, Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện Bình Sơn thực hiện 56 công trình, phần việc với tổng giá trị khoảng 2,7 tỷ đồng.',
      'Các công trình gồm đường bê tông nông thôn, thắp sáng đường quê, nhà nhân ái và vườn cây mẫu, phần lớn do người dân góp công, góp đất.',
    ],
    sections: [
      {
        kind: 'quote',
        quote: 'Việc nhỏ mà làm đều đặn, có người dân cùng làm thì thành việc lớn.',
        attribution: 'Một cán bộ Mặt trận ở cơ sở',
      },
    ],
    cover: illustration(
      'binh-son-56-cong-trinh',
      'culture',
      '56 công trình làm theo Bác',
      'Tranh minh họa con đường làng và cột đèn với dòng chữ 56 công trình làm theo Bác',
    ),
    tags: ['binh-son', 'nong-thon-moi'],
  },
  {
    title: 'Bình Sơn duy trì tiếp công dân định kỳ, giữ ổn định trật tự ở cơ sở',
    slug: 'binh-son-duy-tri-tiep-cong-dan-dinh-ky',
    summary: 'Trong năm, lãnh đạo huyện tổ chức 11 buổi tiếp với 14 lượt công dân và xem xét 27 vụ việc.',
    date: '2021-03-18T15:00:00+07:00',
    category: 'quoc-phong-an-ninh',
    author: 'N.ĐỨC',
    paragraphs: [
      'Lãnh đạo huyện Bình Sơn tổ chức 11 buổi tiếp công dân định kỳ, tiếp 14 lượt công dân và xem xét, giải quyết 27 vụ việc.',
      'Phần lớn vụ việc liên quan đến đất đai và bồi thường, giải phóng mặt bằng; các trường hợp phức tạp được giao cơ quan chuyên môn kiểm tra tại chỗ.',
    ],
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Việc giải quyết dứt điểm các vụ việc ngay từ cơ sở góp phần giữ ổn định an ninh, trật tự, tạo đồng thuận trong nhân dân khi triển khai các dự án lớn trên địa bàn.',
        ],
      },
    ],
    cover: illustration(
      'binh-son-tiep-cong-dan',
      'government',
      'Tiếp công dân: 11 buổi, 27 vụ việc',
      'Tranh minh họa tòa nhà công sở với dòng chữ Tiếp công dân 11 buổi, 27 vụ việc',
    ),
    tags: ['binh-son'],
    organisation: 'ubnd-huyen-binh-son',
  },
  {
    title: 'Bảo đảm an ninh, trật tự phục vụ Đại hội Đảng bộ huyện Bình Sơn lần thứ XXVII',
    slug: 'bao-dam-an-ninh-trat-tu-dai-hoi-dang-bo-huyen-binh-son',
    summary: 'Lực lượng công an, quân sự huyện xây dựng phương án bảo vệ, bảo đảm an toàn tuyệt đối cho Đại hội.',
    date: '2020-07-20T09:30:00+07:00',
    category: 'quoc-phong-an-ninh',
    paragraphs: [
      'Công an huyện và Ban Chỉ huy Quân sự huyện Bình Sơn đã thống nhất phương án bảo vệ Đại hội đại biểu Đảng bộ huyện lần thứ XXVII, nhiệm kỳ 2020 – 2025.',
      'Các lực lượng tăng cường tuần tra ở khu vực hội trường, nắm chắc tình hình địa bàn và bảo đảm an toàn giao thông trong những ngày diễn ra Đại hội.',
    ],
    cover: illustration(
      'binh-son-an-ninh-dai-hoi',
      'security',
      'An toàn cho Đại hội lần thứ XXVII',
      'Tranh minh họa tấm khiên xanh ô liu và ngôi sao với dòng chữ An toàn cho Đại hội lần thứ XXVII',
    ),
    tags: ['binh-son', 'dai-hoi-dang'],
  },
  {
    title: 'Bình Sơn có thêm 7 trường đạt chuẩn quốc gia',
    slug: 'binh-son-co-them-7-truong-dat-chuan-quoc-gia',
    summary: 'Năm 2020, huyện có thêm 7 trường được công nhận đạt chuẩn quốc gia, vượt kế hoạch 2 trường.',
    date: '2020-12-28T16:20:00+07:00',
    category: 'kinh-te-xa-hoi',
    author: 'Vy Thuỷ',
    paragraphs: [
      'Năm 2020, huyện Bình Sơn có thêm 7 trường học được công nhận đạt chuẩn quốc gia, vượt kế hoạch 2 trường.',
      'Nguồn vốn xây dựng trường chuẩn được lồng ghép từ chương trình nông thôn mới và ngân sách huyện, ưu tiên các xã phấn đấu về đích trong năm 2021.',
    ],
    sections: [
      {
        kind: 'image',
        image: illustration(
          'binh-son-truong-chuan',
          'education',
          'Trường đạt chuẩn quốc gia',
          'Tranh minh họa ngôi trường có cột cờ và sân chơi',
          'Một ngôi trường mới đạt chuẩn (ảnh minh họa)',
        ),
      },
      { kind: 'kpi-chart', indicator: 'BS-TRUONG-CHUAN', title: 'Trường đạt chuẩn quốc gia năm 2020' },
    ],
    cover: illustration(
      'binh-son-7-truong-chuan',
      'education',
      'Thêm 7 trường đạt chuẩn quốc gia',
      'Tranh minh họa ngôi trường và lá cờ với dòng chữ Thêm 7 trường đạt chuẩn quốc gia',
    ),
    tags: ['binh-son', 'giao-duc', 'nong-thon-moi'],
  },
  {
    title: 'Ba Chẽ trồng mới 3.772 ha rừng tập trung',
    slug: 'ba-che-trong-moi-3772-ha-rung-tap-trung',
    summary: 'Chín tháng năm 2020, diện tích trồng rừng tập trung bằng 125,7% kế hoạch, trong đó 813 ha rừng gỗ lớn.',
    date: '2020-10-16T10:00:00+07:00',
    category: 'kinh-te-xa-hoi',
    author: 'Bình Minh',
    contributingUnit: 'Trung tâm TT&VH Ba Chẽ',
    photoCredit: 'Bình Minh',
    paragraphs: [
      'Chín tháng năm 2020, huyện Ba Chẽ trồng được 3.772 ha rừng tập trung, bằng 125,7% kế hoạch và tăng 22,7% so với cùng kỳ.',
      'Trong đó, rừng gỗ lớn đạt 813 ha, bằng 156% kế hoạch. Sản lượng lương thực vụ đông xuân cũng tăng 8,9%.',
    ],
    sections: [
      {
        kind: 'image',
        image: illustration(
          'ba-che-rung-go-lon',
          'forest',
          'Rừng gỗ lớn Ba Chẽ',
          'Tranh minh họa những đồi cây xanh thẫm nối tiếp nhau',
          'Rừng trồng gỗ lớn trên các sườn đồi (ảnh minh họa)',
        ),
      },
      { kind: 'kpi-chart', indicator: 'BC-TRONG-RUNG', title: 'Diện tích trồng rừng tập trung 9 tháng năm 2020' },
    ],
    cover: illustration(
      'ba-che-trong-rung',
      'forest',
      'Ba Chẽ: 3.772 ha rừng tập trung',
      'Tranh minh họa đồi rừng xanh với dòng chữ Ba Chẽ 3.772 ha rừng tập trung',
    ),
    tags: ['ba-che'],
    organisation: 'huyen-uy-ba-che',
  },
  {
    title: 'Đại hội Đảng bộ Cơ quan chính quyền huyện lần thứ II thành công tốt đẹp',
    slug: 'dai-hoi-dang-bo-co-quan-chinh-quyen-huyen-lan-thu-ii',
    summary: 'Đại hội bầu Ban Chấp hành nhiệm kỳ 2020 – 2025; đồng chí Nguyễn Xuân Hoản được bầu làm Bí thư Đảng ủy.',
    date: '2020-05-26T17:00:00+07:00',
    category: 'xay-dung-dang',
    featured: true,
    paragraphs: [
      'Đại hội Đảng bộ Cơ quan chính quyền huyện lần thứ II, nhiệm kỳ 2020 – 2025 đã hoàn thành chương trình đề ra.',
      'Đại hội bầu Ban Chấp hành Đảng bộ khóa mới; tại phiên họp thứ nhất, đồng chí Nguyễn Xuân Hoản, Phó Chủ tịch UBND huyện, được bầu giữ chức Bí thư Đảng ủy.',
    ],
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Nghị quyết Đại hội đặt mục tiêu mỗi năm kết nạp ít nhất 5 đảng viên và lãnh đạo các cơ quan chuyên môn hoàn thành kế hoạch sản xuất nông nghiệp, giữ lương thực bình quân đầu người từ 1.620 kg/năm trở lên.',
        ],
      },
    ],
    cover: illustration(
      'dai-hoi-co-quan-chinh-quyen-huyen',
      'party',
      'Đại hội lần thứ II, nhiệm kỳ 2020 – 2025',
      'Tranh minh họa nền đỏ với ngôi sao vàng và dòng chữ Đại hội lần thứ II nhiệm kỳ 2020 – 2025',
    ),
    tags: ['dai-hoi-dang'],
    organisation: 'dang-bo-co-quan-chinh-quyen-huyen',
  },
  {
    title: 'Đại hội Đảng bộ huyện Ba Chẽ lần thứ XXV bầu Ban Chấp hành 37 đồng chí',
    slug: 'dai-hoi-dang-bo-huyen-ba-che-lan-thu-xxv',
    summary: 'Đồng chí Nguyễn Minh Sơn, Tỉnh ủy viên, được bầu làm Bí thư Huyện ủy Ba Chẽ nhiệm kỳ 2020 – 2025.',
    date: '2020-07-10T18:00:00+07:00',
    category: 'xay-dung-dang',
    author: 'Bình Minh',
    contributingUnit: 'Trung tâm TT&VH Ba Chẽ',
    paragraphs: [
      'Đại hội đại biểu Đảng bộ huyện Ba Chẽ lần thứ XXV, nhiệm kỳ 2020 – 2025 đã bầu Ban Chấp hành Đảng bộ huyện gồm 37 đồng chí.',
      'Đồng chí Nguyễn Minh Sơn, Tỉnh ủy viên, được tín nhiệm bầu giữ chức Bí thư Huyện ủy khóa XXV.',
    ],
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Đại hội xác định giảm nghèo bền vững, phát triển rừng gỗ lớn và giữ vững hệ thống trường đạt chuẩn là những nhiệm vụ trọng tâm của nhiệm kỳ, với mục tiêu đưa tỷ lệ hộ nghèo xuống dưới 1%.',
        ],
      },
    ],
    cover: illustration(
      'dai-hoi-ba-che-37-uy-vien',
      'party',
      'Ba Chẽ: Ban Chấp hành khóa XXV gồm 37 đồng chí',
      'Tranh minh họa nền đỏ với ngôi sao vàng và dòng chữ Ban Chấp hành khóa XXV gồm 37 đồng chí',
    ),
    tags: ['ba-che', 'dai-hoi-dang'],
    organisation: 'huyen-uy-ba-che',
  },
  {
    title: 'Đại hội đại biểu Đảng bộ huyện Bình Sơn lần thứ XXVII, nhiệm kỳ 2020 – 2025',
    slug: 'dai-hoi-dang-bo-huyen-binh-son-lan-thu-xxvii',
    summary: 'Đại hội bầu Ban Chấp hành Đảng bộ huyện khóa XXVII và thông qua phương hướng phát triển nhiệm kỳ 2020 – 2025.',
    date: '2020-07-24T17:45:00+07:00',
    category: 'tin-tuc-su-kien',
    featured: true,
    author: 'Thanh Nga',
    sourceName: 'Dự thảo Văn kiện Đại hội Đảng bộ huyện – trang 7, 8, 9',
    paragraphs: [
      'Đại hội đại biểu Đảng bộ huyện Bình Sơn lần thứ XXVII, nhiệm kỳ 2020 – 2025 đã bầu Ban Chấp hành Đảng bộ huyện khóa XXVII.',
      'Đại hội thông qua Báo cáo chính trị, đánh giá kết quả nhiệm kỳ trước và quyết định phương hướng, mục tiêu phát triển của huyện trong 5 năm tới.',
    ],
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Văn kiện Đại hội đã được hoàn thiện sau thời gian lấy ý kiến rộng rãi của cán bộ, đảng viên và nhân dân trên cổng thông tin của huyện.',
        ],
      },
      { kind: 'document', document: 'du-thao-bao-cao-chinh-tri-dai-hoi-xxvii-binh-son' },
    ],
    cover: illustration(
      'dai-hoi-binh-son-lan-thu-xxvii',
      'party',
      'Đại hội Đảng bộ huyện Bình Sơn lần thứ XXVII',
      'Tranh minh họa nền đỏ với ngôi sao vàng và dòng chữ Đại hội Đảng bộ huyện Bình Sơn lần thứ XXVII',
    ),
    tags: ['binh-son', 'dai-hoi-dang'],
    relatedDocuments: ['du-thao-bao-cao-chinh-tri-dai-hoi-xxvii-binh-son'],
    organisation: 'huyen-uy-binh-son',
  },
  {
    title: 'Mời góp ý dự thảo Báo cáo chính trị Đại hội Đảng bộ huyện Bình Sơn lần thứ XXVII',
    slug: 'moi-gop-y-du-thao-bao-cao-chinh-tri-dai-hoi-xxvii',
    summary: 'Dự thảo được đăng toàn văn trên cổng thông tin; thời gian góp ý từ 15/06 đến 05/07/2020.',
    date: '2020-06-15T08:00:00+07:00',
    category: 'tin-tuc-su-kien',
    hot: true,
    paragraphs: [
      'Ban Thường vụ Huyện ủy Bình Sơn đăng toàn văn dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện lần thứ XXVII để lấy ý kiến rộng rãi.',
      'Cán bộ, đảng viên và nhân dân có thể gửi ý kiến ngay tại trang văn bản trên cổng thông tin từ ngày 15/06 đến hết ngày 05/07/2020.',
    ],
    sections: [
      { kind: 'document', document: 'du-thao-bao-cao-chinh-tri-dai-hoi-xxvii-binh-son' },
      {
        kind: 'quote',
        quote: 'Mỗi ý kiến đóng góp đều được tổng hợp, báo cáo Ban Chấp hành trước khi hoàn thiện văn kiện.',
        attribution: 'Tiểu ban Văn kiện Đại hội',
      },
    ],
    cover: illustration(
      'gop-y-du-thao-van-kien',
      'government',
      'Góp ý dự thảo Văn kiện Đại hội',
      'Tranh minh họa trang văn bản và chiếc bút với dòng chữ Góp ý dự thảo Văn kiện Đại hội',
    ),
    tags: ['binh-son', 'dai-hoi-dang'],
    relatedDocuments: ['du-thao-bao-cao-chinh-tri-dai-hoi-xxvii-binh-son'],
    organisation: 'huyen-uy-binh-son',
  },
  {
    title: 'Phú Riềng sắp xếp tinh gọn tổ chức bộ máy hệ thống chính trị',
    slug: 'phu-rieng-sap-xep-tinh-gon-to-chuc-bo-may',
    summary: 'Huyện ủy Phú Riềng ban hành đề án sắp xếp bộ máy trên cơ sở quyết định của Tỉnh ủy Bình Phước.',
    date: '2018-06-05T09:15:00+07:00',
    category: 'xay-dung-dang',
    paragraphs: [
      'Huyện ủy Phú Riềng đã ban hành đề án sắp xếp, kiện toàn tổ chức bộ máy của hệ thống chính trị huyện ngày 24/05/2018.',
      'Đề án giảm đầu mối các cơ quan tham mưu, giúp việc và sắp xếp lại đội ngũ cán bộ theo hướng một người làm được nhiều việc.',
    ],
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Quyết định số 1211-QĐ/HU được ban hành căn cứ Quyết định số 999-QĐ/TU ngày 10/04/2018 của Tỉnh ủy Bình Phước, cùng thực hiện Nghị quyết Trung ương 6 khóa XII về đổi mới, sắp xếp tổ chức bộ máy.',
        ],
      },
      { kind: 'document', document: '1211-qd-hu' },
    ],
    cover: illustration(
      'phu-rieng-sap-xep-bo-may',
      'government',
      'Sắp xếp tinh gọn bộ máy',
      'Tranh minh họa sơ đồ các ô vuông nối với nhau với dòng chữ Sắp xếp tinh gọn bộ máy',
    ),
    tags: ['phu-rieng', 'sap-xep-bo-may'],
    relatedDocuments: ['1211-qd-hu', '999-qd-tu', '18-nq-tw'],
    organisation: 'huyen-uy-phu-rieng',
  },
  {
    title: 'Chi bộ nâng cao chất lượng sinh hoạt theo hướng dẫn của Ban Tổ chức Trung ương',
    slug: 'chi-bo-nang-cao-chat-luong-sinh-hoat',
    summary: 'Sinh hoạt chuyên đề hằng quý giúp chi bộ bàn sâu một việc, tránh hình thức.',
    date: '2019-09-10T08:00:00+07:00',
    category: 'hoc-tap-va-lam-theo-bac',
    paragraphs: [
      'Nhiều chi bộ đã đổi mới cách sinh hoạt: nội dung được chuẩn bị trước, đảng viên phát biểu thẳng vào việc và nghị quyết chi bộ giao rõ người, rõ việc.',
      'Mỗi quý, chi bộ chọn một chuyên đề gắn với việc học tập và làm theo Bác, như tác phong gần dân hay tiết kiệm trong cơ quan.',
    ],
    sections: [
      { kind: 'document', document: '12-hd-btctw' },
    ],
    cover: illustration(
      'sinh-hoat-chi-bo',
      'culture',
      'Nâng cao chất lượng sinh hoạt chi bộ',
      'Tranh minh họa bàn họp tròn và bông sen với dòng chữ Nâng cao chất lượng sinh hoạt chi bộ',
    ),
    relatedDocuments: ['12-hd-btctw'],
  },
  {
    title: 'Sắp xếp đơn vị hành chính cấp xã theo nghị quyết của Ủy ban Thường vụ Quốc hội',
    slug: 'sap-xep-don-vi-hanh-chinh-cap-xa-nam-2020',
    summary: 'Nghị quyết số 867/NQ-UBTVQH14 ngày 10/01/2020 quyết định nhập một số xã, thị trấn.',
    date: '2020-02-03T10:00:00+07:00',
    category: 'tin-tuc-su-kien',
    paragraphs: [
      'Ủy ban Thường vụ Quốc hội đã ban hành nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã ngày 10/01/2020.',
      'Các xã, thị trấn chưa đạt tiêu chuẩn về diện tích tự nhiên và quy mô dân số được nhập lại, hình thành đơn vị hành chính mới có địa giới ổn định hơn.',
    ],
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Sau sắp xếp, chính quyền các đơn vị mới kiện toàn bộ máy, bố trí cán bộ dôi dư và cập nhật giấy tờ cho người dân mà không thu phí.',
        ],
      },
      { kind: 'document', document: '867-nq-ubtvqh14' },
    ],
    cover: illustration(
      'sap-xep-don-vi-hanh-chinh-cap-xa',
      'government',
      'Sắp xếp đơn vị hành chính cấp xã',
      'Tranh minh họa bản đồ với các vùng màu ghép lại với dòng chữ Sắp xếp đơn vị hành chính cấp xã',
    ),
    tags: ['sap-xep-bo-may'],
    relatedDocuments: ['867-nq-ubtvqh14'],
  },
  {
    title: 'Từ ngày 01/07/2025, chính quyền địa phương vận hành theo mô hình hai cấp',
    slug: 'tu-ngay-01-07-2025-chinh-quyen-dia-phuong-hai-cap',
    summary: 'Cấp huyện kết thúc hoạt động; Huyện ủy Bình Sơn và các cơ quan cấp huyện bàn giao nhiệm vụ cho tỉnh và các xã.',
    date: '2025-06-30T18:00:00+07:00',
    category: 'tin-tuc-su-kien',
    hot: true,
    paragraphs: [
      'Từ ngày 01/07/2025, chính quyền địa phương chỉ còn hai cấp là tỉnh và xã; Huyện ủy, Hội đồng nhân dân và Ủy ban nhân dân huyện Bình Sơn kết thúc hoạt động từ ngày 30/06/2025.',
      'Các tổ chức cơ sở đảng được chuyển về trực thuộc đảng bộ các xã mới, dưới sự lãnh đạo trực tiếp của Tỉnh ủy Quảng Ngãi.',
    ],
    sections: [
      {
        kind: 'text',
        paragraphs: [
          'Cổng thông tin của huyện được giữ lại dưới dạng lưu trữ: văn bản vẫn ghi cơ quan ban hành như tại thời điểm ban hành, các đường dẫn cũ tiếp tục truy cập được, và nội dung mới được đăng trên cổng thông tin của tỉnh và các xã.',
        ],
      },
    ],
    cover: illustration(
      'chinh-quyen-hai-cap',
      'government',
      'Chính quyền địa phương hai cấp từ 01/07/2025',
      'Tranh minh họa hai khối nhà nối với nhau với dòng chữ Chính quyền địa phương hai cấp từ 01/07/2025',
    ),
    tags: ['chinh-quyen-hai-cap', 'binh-son'],
    organisation: 'huyen-uy-binh-son',
  },
  {
    title: 'Dự thảo: kế hoạch tuyên truyền bầu cử đại biểu Quốc hội khóa XV',
    slug: 'du-thao-ke-hoach-tuyen-truyen-bau-cu-dai-bieu-quoc-hoi-khoa-xv',
    summary: 'Bài viết đang được biên tập, chưa xuất bản.',
    date: '2021-03-01T08:00:00+07:00',
    category: 'tin-tuc-su-kien',
    draft: true,
    paragraphs: ['Ban Tuyên giáo Huyện ủy đang hoàn thiện kế hoạch tuyên truyền về cuộc bầu cử theo chỉ thị của Bộ Chính trị.'],
    cover: illustration(
      'du-thao-tuyen-truyen-bau-cu',
      'government',
      'Tuyên truyền bầu cử',
      'Tranh minh họa hòm phiếu và lá phiếu với dòng chữ Tuyên truyền bầu cử',
    ),
    relatedDocuments: ['45-ct-tw'],
  },
];
