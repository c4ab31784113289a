package vn.sotay.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/** Factory for {@link VietnameseSyllableFilter}, by SPI name "vietnameseSyllable". */
public final class VietnameseSyllableFilterFactory extends TokenFilterFactory {
  public static final String NAME = "vietnameseSyllable";

  public VietnameseSyllableFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + args);
  }

  /** For SPI only. */
  public VietnameseSyllableFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new VietnameseSyllableFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
