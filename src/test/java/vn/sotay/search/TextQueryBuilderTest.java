package vn.sotay.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import vn.sotay.index.Fields;
import vn.sotay.index.IndexAnalyzers;

/** Which terms a phrasing puts in the scored query, and when a long question leaves its commonest syllables out. */
class TextQueryBuilderTest {
  private static final String LONG_QUESTION =
      "của tỉnh về nhiệm vụ trọng tâm và các giải pháp đột phá của nhiệm kỳ";
  private final Analyzer analyzer = IndexAnalyzers.create();
  private final TextQueryBuilder builder = new TextQueryBuilder(new TermExtractor(analyzer),
      List.of(new TextQueryBuilder.FieldWeights(Fields.BODY, 1.0f, 0.6f, 1.2f)));

  @Test
  void aLongQuestionOverALargeIndexLeavesOutSyllablesMostPassagesHoldButKeepsTheirPairs() throws Exception {
    Set<String> terms = termsOf(LONG_QUESTION, TextQueryBuilder.PRUNE_FROM_PASSAGES);
    assertFalse(terms.contains(Fields.BODY + ":của"), terms.toString());
    assertFalse(terms.contains(Fields.BODY + "_f:cua"), terms.toString());
    assertTrue(terms.contains(Fields.BODY + ":đột"), terms.toString());
    assertTrue(terms.stream().anyMatch(t -> t.startsWith(Fields.BODY + "_bf:") && t.contains("cua")), terms.toString());
  }

  @Test
  void aSmallIndexKeepsEverySyllableOfALongQuestion() throws Exception {
    Set<String> terms = termsOf(LONG_QUESTION, 40);
    assertTrue(terms.contains(Fields.BODY + ":của"), terms.toString());
    assertTrue(terms.contains(Fields.BODY + ":đột"), terms.toString());
  }

  @Test
  void aShortQuestionKeepsItsCommonSyllables() throws Exception {
    Set<String> terms = termsOf("nhiệm vụ của tỉnh", TextQueryBuilder.PRUNE_FROM_PASSAGES);
    assertTrue(terms.contains(Fields.BODY + ":của"), terms.toString());
  }

  /** The query's terms over an index of {@code passages} passages, every one holding "của tỉnh", one "đột phá". */
  private Set<String> termsOf(String question, int passages) throws Exception {
    try (Directory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < passages; i++) {
        String text = "báo cáo của tỉnh số " + i + (i == 0 ? " về đột phá" : "");
        Document doc = new Document();
        for (String suffix : IndexAnalyzers.SUFFIXES) {
          doc.add(new Field(Fields.BODY + suffix, text, TextField.TYPE_NOT_STORED));
        }
        writer.addDocument(doc);
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        BooleanQuery query = builder.build(question, List.of(), new TermLookups(new IndexSearcher(reader)));
        return query.clauses().stream().map(BooleanClause::query)
            .map(q -> (TermQuery) ((BoostQuery) q).getQuery())
            .map(q -> q.getTerm().field() + ":" + q.getTerm().text())
            .collect(Collectors.toSet());
      }
    }
  }
}
