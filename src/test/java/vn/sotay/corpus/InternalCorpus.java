package vn.sotay.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.sotay.Engine;

/**
 * A small corpus with public and internal documents, for the specifications of each channel. The internal plan
 * holds words no public document has ("Kỳ Lân"), its own number, issuer and year, so any leak shows.
 *
 * <pre>
 * cong-khai/nghi-quyet-05-nq-tu.md   public (no rule)
 * cong-khai/bien-ban-hop-kin.md      internal by its front matter ("access: noi-bo")
 * noi-bo/.sotay-access               "noi-bo": the folder is internal
 * noi-bo/ke-hoach-99-kh-tu.md        internal by the folder rule
 * noi-bo/thong-bao-lich-tiep-dan.md  public by its front matter ("quyen_truy_cap: công khai") inside it
 * </pre>
 */
public final class InternalCorpus {
  public static final String PUBLIC_DOC = "cong-khai/nghi-quyet-05-nq-tu";
  public static final String PLAN_DOC = "noi-bo/ke-hoach-99-kh-tu";
  public static final String MINUTES_DOC = "cong-khai/bien-ban-hop-kin";
  public static final String OPENED_DOC = "noi-bo/thong-bao-lich-tiep-dan";
  public static final List<String> INTERNAL_DOCS = List.of(PLAN_DOC, MINUTES_DOC);
  public static final List<String> PUBLIC_DOCS = List.of(PUBLIC_DOC, OPENED_DOC);

  /** Only the internal plan has these words. */
  public static final String PLAN_WORD = "Kỳ Lân";
  public static final String PLAN_NUMBER = "99-KH/TU";
  public static final String PLAN_ISSUER = "Ban Chỉ đạo Kỳ Lân";
  public static final String PLAN_YEAR = "2019";
  public static final String PLAN_QUESTION = "Dự án Kỳ Lân gồm những nhiệm vụ nào?";
  public static final String PLAN_TASK = "Khảo sát tuyến hầm Kỳ Lân và lập phương án bảo vệ.";
  /** Only the internal minutes have these words. */
  public static final String MINUTES_WORD = "Hạc Vàng";
  /** Words both public and internal documents hold. */
  public static final String SHARED_WORDS = "hạ tầng giao thông";

  private InternalCorpus() {}

  /** Writes the corpus into work/corpus and opens an engine on it with its index in work/index. */
  public static Engine engine(Path work) throws IOException {
    write(work.resolve("corpus"));
    return Engine.open(List.of(work.resolve("corpus")), work.resolve("index"));
  }

  /** Writes the corpus into dir (an empty folder). */
  public static void write(Path dir) throws IOException {
    write(dir, PUBLIC_DOC, """
        ---
        so_hieu: 05-NQ/TU
        loai: Nghị quyết
        co_quan: Tỉnh ủy Sơn Hà
        ngay_ban_hanh: 15/03/2023
        trich_yeu: Về phát triển kinh tế - xã hội đến năm 2030
        ---
        # I. MỤC TIÊU
        Phấn đấu tốc độ tăng trưởng kinh tế bình quân 8% mỗi năm; hoàn thiện hạ tầng giao thông kết nối vùng.

        # II. NHIỆM VỤ TRỌNG TÂM
        Tỉnh ủy đề ra 3 nhiệm vụ trọng tâm sau:
        1. Phát triển nguồn nhân lực chất lượng cao.
        2. Đẩy mạnh chuyển đổi số trong các cơ quan.
        3. Đầu tư hạ tầng giao thông, thủy lợi.
        """);
    write(dir, MINUTES_DOC, """
        ---
        access: noi-bo
        loai: Biên bản
        co_quan: Văn phòng Tỉnh ủy Sơn Hà
        ngay_ban_hanh: 04/09/2024
        trich_yeu: Biên bản họp kín về Chiến dịch Hạc Vàng
        ---
        Cuộc họp kín thống nhất thời điểm mở Chiến dịch Hạc Vàng và giao Văn phòng giữ bí mật hồ sơ.
        """);
    Files.writeString(Files.createDirectories(dir.resolve("noi-bo")).resolve(".sotay-access"),
        "# Văn bản của thư mục này chỉ dành cho cán bộ được cấp quyền\nnoi-bo\n", StandardCharsets.UTF_8);
    write(dir, PLAN_DOC, """
        ---
        so_hieu: 99-KH/TU
        loai: Kế hoạch
        co_quan: Ban Chỉ đạo Kỳ Lân
        ngay_ban_hanh: 02/01/2019
        trich_yeu: Về triển khai Dự án Kỳ Lân bảo đảm an ninh hạ tầng giao thông
        ---
        # I. MỤC ĐÍCH
        Bảo đảm an ninh hạ tầng giao thông trọng yếu trên địa bàn tỉnh.

        # II. NHIỆM VỤ
        Dự án Kỳ Lân gồm 3 nhiệm vụ sau:
        1. Khảo sát tuyến hầm Kỳ Lân và lập phương án bảo vệ.
        2. Bố trí lực lượng canh gác cầu cảng Kỳ Lân.
        3. Diễn tập phương án bảo vệ hạ tầng giao thông Kỳ Lân hằng quý.
        """);
    write(dir, OPENED_DOC, """
        ---
        quyen_truy_cap: công khai
        loai: Thông báo
        co_quan: Văn phòng Tỉnh ủy Sơn Hà
        ngay_ban_hanh: 10/05/2024
        trich_yeu: Về lịch tiếp công dân tháng 5 năm 2024
        ---
        Đồng chí Bí thư Tỉnh ủy tiếp công dân vào sáng thứ Năm hằng tuần tại Trụ sở Tiếp công dân tỉnh.
        """);
  }

  private static void write(Path dir, String docId, String text) throws IOException {
    Path file = dir.resolve(docId + ".md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
