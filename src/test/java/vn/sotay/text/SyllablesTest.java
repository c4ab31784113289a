package vn.sotay.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyllablesTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "hoà,hòa", "hòa,hòa", "khoẻ,khỏe", "thuỷ,thủy", "uỷ,ủy", "hoàn,hoàn", "toán,toán", "qúy,quý", "quý,quý",
      "gía,giá", "giữ,giữ", "gì,gì", "lựơng,lượng", "baỏ,bảo", "ngoài,ngoài", "khuỷu,khuỷu", "người,người",
      "mái,mái", "múa,múa", "của,của", "tiếng,tiếng", "thuở,thuở", "nghị,nghị", "quyết,quyết", "giường,giường"})
  void tonesSitWhereTheOldStylePutsThem(String typed, String canonical) {
    assertEquals(canonical, Syllables.canonicalTone(typed));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"kĩ,kỹ", "kỹ,kỹ", "lí,lý", "mĩ,mỹ", "kì,kỳ", "tỉ,tỷ", "qui,quy", "quí,quý", "ti,ti", "ty,ty", "vi,vi"})
  void theTwoSpellingsOfIAndYAreOne(String typed, String canonical) {
    assertEquals(canonical, Syllables.canonical(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nghị", "quyết", "nghi", "quyet", "dang", "đảng", "khuỷu", "gì", "trong", "tâm", "uy"})
  void vietnameseSyllablesAreValid(String s) {
    assertTrue(Syllables.isValid(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nghij", "quyeets", "covid", "señor", "müller", "xyz", "áá", "hoaf", "bbc", "q"})
  void otherWordsAreNot(String s) {
    assertFalse(Syllables.isValid(s), s);
    assertEquals(s, Syllables.canonicalTone(s));
  }

  @Test
  void foldingRemovesEveryMarkAndTurnsDDIntoD() {
    assertEquals("Dang bo tinh", Syllables.fold("Đảng bộ tỉnh"));
    assertEquals("nghi quyet", Syllables.fold("nghị quyết"));
  }
}
