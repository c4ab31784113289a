package vn.sotay.corpus;

/** Our own sample texts for the binary / legacy-encoded files of corpus/mau. Issuer, place, people and figures are fictional. */
final class SampleTexts {
    private SampleTexts() {}

    static final String MARK = "VĂN BẢN MẪU - soạn cho Sổ tay Nghị quyết, cơ quan ban hành là giả định (tỉnh Sơn Hà không có thật; tên người, số liệu đều là giả định).";

    /** Chỉ thị 12-CT/TU; plain ASCII punctuation only, because TCVN3 has no dashes or curly quotes. */
    static final String DIRECTIVE = MARK + """


        ĐẢNG BỘ TỈNH SƠN HÀ
        TỈNH ỦY
        *
        Số: 12-CT/TU

        ĐẢNG CỘNG SẢN VIỆT NAM
        Sơn Hà, ngày 05 tháng 5 năm 2023

        CHỈ THỊ
        CỦA BAN THƯỜNG VỤ TỈNH ỦY
        về đẩy mạnh chuyển đổi số trong các cơ quan đảng, chính quyền và đoàn thể tỉnh Sơn Hà

        Thời gian qua, việc ứng dụng công nghệ thông tin và chuyển đổi số trong hệ thống chính trị của tỉnh đạt một số kết quả bước đầu: 100% cơ quan cấp tỉnh, cấp huyện dùng phần mềm quản lý văn bản và hồ sơ công việc; 68% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến. Tuy vậy, chuyển đổi số ở cấp xã còn chậm, dữ liệu còn phân tán, nhiều nơi chưa có cán bộ chuyên trách; nhận thức của một bộ phận người đứng đầu chưa đầy đủ.

        Để thực hiện thắng lợi mục tiêu của Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và Nghị quyết số 05-NQ/TU về phát triển nguồn nhân lực, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể thực hiện tốt các nội dung sau:

        1. Nâng cao nhận thức và trách nhiệm người đứng đầu
        - Người đứng đầu cấp ủy, cơ quan, đơn vị trực tiếp chỉ đạo chuyển đổi số, chịu trách nhiệm nếu đơn vị chậm triển khai.
        - Đưa kết quả chuyển đổi số vào tiêu chí đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm.

        2. Phát triển hạ tầng và dữ liệu số
        - Hoàn thành Trung tâm dữ liệu tỉnh trong năm 2024; kết nối, chia sẻ dữ liệu giữa các sở, ngành.
        + Ưu tiên cơ sở dữ liệu dân cư, đất đai, doanh nghiệp và cán bộ, công chức.
        + Dữ liệu dùng chung phải được cập nhật thường xuyên, có cơ quan chịu trách nhiệm từng loại.
        - Bảo đảm an toàn, an ninh mạng; các hệ thống thông tin quan trọng phải được phân loại cấp độ và kiểm tra định kỳ.

        3. Chính quyền số và dịch vụ công trực tuyến
        - Đến cuối năm 2023, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt ít nhất 50%.
        - 100% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật) được gửi, nhận dưới dạng điện tử có chữ ký số.
        + Cấp tỉnh hoàn thành trong quý III/2023.
        + Cấp huyện, cấp xã hoàn thành trong quý IV/2023.

        4. Nhân lực cho chuyển đổi số
        - Mỗi xã, phường, thị trấn thành lập tổ công nghệ số cộng đồng; đến cuối năm 2023 đạt 100% đơn vị.
        - Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, gắn với nhiệm vụ thứ 5 của Nghị quyết số 05-NQ/TU.

        5. Tổ chức thực hiện
        - Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch cụ thể; giao Sở Thông tin và Truyền thông là cơ quan thường trực.
        - Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền, phổ biến Chỉ thị.
        - Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ 6 tháng báo cáo Ban Thường vụ Tỉnh ủy.

        Chỉ thị này được phổ biến đến chi bộ.

        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ THƯỜNG TRỰC

        Vũ Thị Hồng Nhung
        """;

    /** Chương trình hành động 50-CTr/TU: 4 groups, 6 + 7 + 6 + 5 = 24 solutions. Lines starting with "#" are headings. */
    static final String PROGRAMME = MARK + """

        ĐẢNG BỘ TỈNH SƠN HÀ
        TỈNH ỦY
        Số: 50-CTr/TU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Sơn Hà, ngày 28 tháng 12 năm 2020
        # CHƯƠNG TRÌNH HÀNH ĐỘNG
        # thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025
        Đại hội đại biểu Đảng bộ tỉnh Sơn Hà lần thứ XX (họp từ ngày 14 đến ngày 16 tháng 10 năm 2020) đã xác định mục tiêu tăng trưởng GRDP bình quân 7,5-8%/năm trong nhiệm kỳ 2020-2025 và ba khâu đột phá: hạ tầng giao thông, nguồn nhân lực, cải cách hành chính. Để đưa Nghị quyết vào cuộc sống, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động với 4 nhóm nhiệm vụ và 24 giải pháp như sau.
        # I. NHÓM NHIỆM VỤ VỀ PHÁT TRIỂN KINH TẾ
        1. Cơ cấu lại nông nghiệp theo hướng hàng hóa, hình thành các vùng chuyên canh cây ăn quả và dược liệu.
        2. Phát triển công nghiệp chế biến, điện tử; lấp đầy các khu công nghiệp hiện có.
        3. Phát triển du lịch sinh thái và văn hóa thành ngành kinh tế mũi nhọn.
        4. Cải thiện môi trường đầu tư, nâng chỉ số năng lực cạnh tranh cấp tỉnh vào nhóm khá của cả nước.
        5. Tăng thu ngân sách bền vững, chống thất thu, quản lý chặt chẽ chi tiêu công.
        6. Hoàn thành tuyến đường kết nối từ thành phố Sơn Hà đến cảng Đông Giang.
        # II. NHÓM NHIỆM VỤ VỀ VĂN HÓA - XÃ HỘI VÀ NGUỒN NHÂN LỰC
        7. Nâng cao chất lượng giáo dục phổ thông, tăng tỷ lệ trường đạt chuẩn quốc gia.
        8. Phát triển giáo dục nghề nghiệp gắn với nhu cầu doanh nghiệp (cụ thể hóa bằng Nghị quyết số 05-NQ/TU năm 2023).
        9. Thu hút, trọng dụng nhân tài và người có trình độ cao.
        10. Nâng cao chất lượng khám, chữa bệnh; phát triển y tế cơ sở.
        11. Giảm nghèo bền vững, chăm lo người có công và đối tượng yếu thế.
        12. Bảo tồn và phát huy các giá trị văn hóa truyền thống của đồng bào các dân tộc.
        13. Bảo vệ môi trường, chủ động ứng phó với biến đổi khí hậu.
        # III. NHÓM NHIỆM VỤ VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI
        14. Xây dựng khu vực phòng thủ tỉnh vững chắc.
        15. Giữ vững an ninh chính trị, trật tự an toàn xã hội; phòng, chống tội phạm.
        16. Giải quyết kịp thời khiếu nại, tố cáo ngay từ cơ sở.
        17. Mở rộng hợp tác với các địa phương trong vùng và đối tác nước ngoài.
        18. Đẩy mạnh cải cách hành chính, vận hành hiệu quả Trung tâm Phục vụ hành chính công tỉnh.
        19. Xây dựng chính quyền số, phát triển dịch vụ công trực tuyến.
        # IV. NHÓM NHIỆM VỤ VỀ XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ
        20. Tăng cường xây dựng, chỉnh đốn Đảng về chính trị, tư tưởng, đạo đức.
        21. Sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.
        22. Xây dựng đội ngũ cán bộ các cấp, nhất là người đứng đầu, đủ phẩm chất và năng lực.
        23. Nâng cao hiệu quả công tác kiểm tra, giám sát và phòng, chống tham nhũng, lãng phí.
        24. Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể, củng cố khối đại đoàn kết toàn dân.
        # TỔ CHỨC THỰC HIỆN
        Ban cán sự đảng Ủy ban nhân dân tỉnh cụ thể hóa Chương trình thành kế hoạch hằng năm. Văn phòng Tỉnh ủy chủ trì theo dõi, tổng hợp; sơ kết giữa nhiệm kỳ vào năm 2023.
        T/M TỈNH ỦY
        BÍ THƯ
        Trần Minh Khang
        """;

    /** Quyết định 25/QĐ-UBND ban hành Quy chế (decision text plus the annexed rules). */
    static final String DECISION = MARK + """

        ỦY BAN NHÂN DÂN TỈNH SƠN HÀ
        Số: 25/QĐ-UBND
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Sơn Hà, ngày 20 tháng 1 năm 2023

        QUYẾT ĐỊNH
        Ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh Sơn Hà

        ỦY BAN NHÂN DÂN TỈNH SƠN HÀ

        Căn cứ Luật Tổ chức chính quyền địa phương;
        Căn cứ Chương trình hành động số 50-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX;
        Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.

        QUYẾT ĐỊNH:

        Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh Sơn Hà.

        Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 2 năm 2023.

        Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố và Giám đốc Trung tâm Phục vụ hành chính công tỉnh chịu trách nhiệm thi hành Quyết định này.

        TM. ỦY BAN NHÂN DÂN
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Phạm Thị Lan Anh

        QUY CHẾ
        Tổ chức và hoạt động của Trung tâm Phục vụ hành chính công tỉnh Sơn Hà
        (Ban hành kèm theo Quyết định số 25/QĐ-UBND ngày 20 tháng 1 năm 2023 của Ủy ban nhân dân tỉnh Sơn Hà)

        Chương I. QUY ĐỊNH CHUNG

        Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
        1. Quy chế này quy định vị trí, chức năng, nhiệm vụ, cơ cấu tổ chức và chế độ làm việc của Trung tâm Phục vụ hành chính công tỉnh Sơn Hà (sau đây gọi là Trung tâm).
        2. Quy chế áp dụng đối với Trung tâm, các sở, ban, ngành có thủ tục hành chính giải quyết tại Trung tâm và tổ chức, cá nhân đến giao dịch.

        Điều 2. Vị trí và chức năng
        1. Trung tâm là đơn vị hành chính đặc thù trực thuộc Văn phòng Ủy ban nhân dân tỉnh, có con dấu riêng.
        2. Trung tâm là đầu mối tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính của các cơ quan cấp tỉnh theo cơ chế một cửa, một cửa liên thông.

        Điều 3. Nguyên tắc hoạt động
        1. Công khai, minh bạch, đúng pháp luật; không để người dân phải đi lại nhiều lần.
        2. Lấy sự hài lòng của người dân và doanh nghiệp làm thước đo chất lượng phục vụ.

        Chương II. NHIỆM VỤ VÀ TỔ CHỨC

        Điều 4. Nhiệm vụ của Trung tâm
        1. Tiếp nhận, hướng dẫn và trả kết quả hồ sơ thủ tục hành chính, gồm:
        a) Hồ sơ nộp trực tiếp tại quầy;
        b) Hồ sơ nộp qua dịch vụ bưu chính công ích;
        c) Hồ sơ nộp trực tuyến trên Cổng dịch vụ công của tỉnh.
        2. Theo dõi, đôn đốc các cơ quan giải quyết hồ sơ đúng hạn; công khai hồ sơ trễ hạn và lý do.
        3. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; phấn đấu 100% hồ sơ tiếp nhận được số hóa từ năm 2023.

        Điều 5. Cơ cấu tổ chức
        1. Lãnh đạo Trung tâm gồm Giám đốc và không quá 02 Phó Giám đốc.
        2. Các bộ phận chuyên môn gồm:
        a) Bộ phận Hành chính - Tổng hợp;
        b) Bộ phận Tiếp nhận và Trả kết quả;
        c) Bộ phận Giám sát và Hỗ trợ trực tuyến.
        3. Công chức các sở, ngành được cử đến làm việc tại Trung tâm theo thời hạn 12 tháng, chịu sự quản lý về thời gian làm việc của Giám đốc Trung tâm.

        Chương III. CHẾ ĐỘ LÀM VIỆC

        Điều 6. Thời gian làm việc
        1. Trung tâm tiếp nhận hồ sơ từ thứ Hai đến thứ Sáu và sáng thứ Bảy hằng tuần, trừ ngày lễ, Tết.
        2. Thời gian giải quyết hồ sơ không được vượt quá thời hạn do pháp luật quy định; cơ quan nào để trễ hạn phải có văn bản xin lỗi người dân.

        Điều 7. Đánh giá mức độ hài lòng
        1. Mỗi hồ sơ sau khi trả kết quả được mời đánh giá theo ba mức: hài lòng, bình thường, không hài lòng.
        2. Kết quả đánh giá được tổng hợp hằng tháng, là căn cứ xếp loại công chức làm việc tại Trung tâm.

        Chương IV. TỔ CHỨC THỰC HIỆN

        Điều 8. Trách nhiệm thi hành
        1. Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện Quy chế.
        2. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan phản ánh về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp, trình Ủy ban nhân dân tỉnh sửa đổi, bổ sung.
        """;
}
