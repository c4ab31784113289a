package vn.sotay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProperNamesTest {
  @Test
  void namesSeenTwiceOrMoreComeFirstByFrequency() {
    String text = "Tỉnh Hậu Giang tổ chức hội nghị. Ông Nghiêm Xuân Thành phát biểu tại Hậu Giang. "
        + "Theo ông Nghiêm Xuân Thành, Hậu Giang thu hút đầu tư vào Khu công nghiệp Sông Hậu 2. Đồng chí Lê Văn A dự.";
    assertEquals(List.of("Hậu Giang", "Nghiêm Xuân Thành"), ProperNames.recurring(text, 2, 5));
  }

  @Test
  void aCapitalisedFirstWordAloneAndAbbreviationsAreNotNames() {
    String text = "Tỉnh ủy họp. Tỉnh ủy kết luận. UBND Tỉnh thực hiện. UBND Tỉnh báo cáo.";
    assertEquals(List.of(), ProperNames.recurring(text, 2, 5));
  }

  @Test
  void theLimitKeepsTheMostFrequent() {
    String text = "Hà Nội, Hà Nội, Hà Nội; Đà Nẵng, Đà Nẵng; Cần Thơ, Cần Thơ.";
    assertEquals(List.of("Hà Nội"), ProperNames.recurring(text, 2, 1));
  }
}
