package vn.sotay.analysis;

import java.util.HashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

public class VietnameseSyllableFilterTest extends BaseTokenStreamTestCase {
  public void testRewritesOnlyTheTermText() throws Exception {
    Tokenizer t = new WhitespaceTokenizer();
    t.setReader(new java.io.StringReader("thuỷ lợi covid"));
    assertTokenStreamContents(new VietnameseSyllableFilter(t), new String[] {"thủy", "lợi", "covid"},
        new int[] {0, 5, 9}, new int[] {4, 8, 14});
  }

  public void testFactoryIsFoundByName() throws Exception {
    TokenFilterFactory f = TokenFilterFactory.forName(VietnameseSyllableFilterFactory.NAME, new HashMap<>());
    Tokenizer t = new WhitespaceTokenizer();
    t.setReader(new java.io.StringReader("hoà"));
    assertTokenStreamContents(f.create(t), new String[] {"hòa"});
  }

  public void testRandomText() throws Exception {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new WhitespaceTokenizer();
        return new TokenStreamComponents(t, new VietnameseSyllableFilter(t));
      }
    };
    checkRandomData(random(), a, 500 * RANDOM_MULTIPLIER);
    a.close();
  }
}
