package vn.sotay.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import vn.sotay.document.Access;
import vn.sotay.analysis.SyllableAnalysis;
import vn.sotay.analysis.SyllableTokens;
import vn.sotay.document.DocumentMetadata;
import vn.sotay.document.ParsedDocument;
import vn.sotay.document.Passage;
import vn.sotay.text.DocumentNumber;
import vn.sotay.text.ProperNames;
import vn.sotay.text.Syllables;

/** Turns a parsed document into Lucene documents: one file record and one document per passage. */
public final class PassageDocuments {
  /**
   * Every analysis is only scored (BM25 needs frequencies and lengths): no positions or offsets. Highlighting
   * analyses the few passages it shows again, which costs less than indexing positions and offsets of every body
   * twice (a tenth of the indexing time, a third of the index).
   */
  private static final FieldType SCORED_ONLY = textType(IndexOptions.DOCS_AND_FREQS);

  private static FieldType textType(IndexOptions options) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }

  private PassageDocuments() {}

  /**
   * Each text is analysed once and its four analyses replayed from that. A heading, and the title with the headings
   * above a passage, are shared by many passages of a document: each is analysed once per document.
   */
  public static List<Document> of(ParsedDocument parsed, String stamp) {
    return of(parsed, stamp, new SyllableAnalysis());
  }

  /** With an analysis kept by the calling thread across documents, so its spellings stay remembered. */
  static List<Document> of(ParsedDocument parsed, String stamp, SyllableAnalysis analysis) {
    Map<String, SyllableTokens> shared = new HashMap<>();
    String title = titleText(parsed.metadata());
    List<Document> docs = new ArrayList<>();
    docs.add(fileRecord(parsed, stamp));
    String context = context(parsed);
    for (Passage passage : parsed.passages()) {
      // the passage's own heading ("Điều 4. Nhiệm vụ của Trung tâm") says what it is about; the headings above it
      // place it, like the document's title does, and are matched with the title
      List<String> path = passage.path();
      String heading = path.isEmpty() ? "" : path.get(path.size() - 1);
      String above = String.join(" ", path.subList(0, Math.max(0, path.size() - 1)));
      docs.add(passage(parsed, passage, analysis.of(passage.text()), shared.computeIfAbsent(heading, analysis::of),
          shared.computeIfAbsent((title + " " + above + " " + context).strip(), analysis::of)));
    }
    return docs;
  }

  /** Names a news report is about; its headline and paragraphs often leave out the province they concern. */
  private static final int CONTEXT_NAMES = 5;

  /**
   * What every passage of the document is about beyond its own words: for a news report, the names it keeps
   * coming back to ("Hậu Giang", "Nghiêm Xuân Thành"); an official document says so in its title and issuer.
   */
  static String context(ParsedDocument parsed) {
    if (!DocumentMetadata.KIND_NEWS.equals(parsed.metadata().kind())) return "";
    StringBuilder all = new StringBuilder();
    for (Passage p : parsed.passages()) all.append(p.text()).append('\n');
    return String.join(" ", ProperNames.recurring(all.toString(), 2, CONTEXT_NAMES));
  }

  private static Document fileRecord(ParsedDocument parsed, String stamp) {
    Document doc = new Document();
    doc.add(new StringField(Fields.REC, Fields.REC_FILE, Field.Store.YES));
    doc.add(new StringField(Fields.SOURCE, parsed.sourceFile(), Field.Store.YES));
    doc.add(new StoredField(Fields.STAMP, stamp));
    doc.add(new BinaryDocValuesField(Fields.SOURCE_STAMP, new BytesRef(parsed.sourceFile() + '\u0000' + stamp)));
    doc.add(new StoredField(Fields.FORMAT, parsed.format()));
    doc.add(new StoredField(Fields.ENCODING, nullToEmpty(parsed.encoding())));
    doc.add(new StoredField(Fields.PASSAGE_COUNT, parsed.passages().size()));
    if (parsed.metadata().signer() != null) doc.add(new StoredField(Fields.SIGNER, parsed.metadata().signer()));
    addMetadata(doc, parsed);
    return doc;
  }

  private static Document passage(ParsedDocument parsed, Passage passage, SyllableTokens body, SyllableTokens heading,
      SyllableTokens title) {
    Document doc = new Document();
    doc.add(new StringField(Fields.REC, Fields.REC_PASSAGE, Field.Store.NO));
    doc.add(new StringField(Fields.SOURCE, parsed.sourceFile(), Field.Store.NO));
    doc.add(new StringField(Fields.ANCHOR, passage.anchor(), Field.Store.YES));
    doc.add(new StoredField(Fields.ORDINAL, passage.ordinal()));
    doc.add(new NumericDocValuesField(Fields.ORDINAL, passage.ordinal()));
    doc.add(new StoredField(Fields.PATH, String.join(Fields.PATH_SEPARATOR, passage.path())));
    if (passage.label() != null) {
      doc.add(new StoredField(Fields.LABEL, passage.label()));
    }
    if (passage.leadAnchor() != null) {
      doc.add(new StringField(Fields.LEAD_ANCHOR, passage.leadAnchor(), Field.Store.YES));
    }
    addMetadata(doc, parsed);

    doc.add(new StoredField(Fields.BODY, passage.text()));
    addAnalysed(doc, Fields.BODY, body);
    if (!heading.text().isBlank()) addAnalysed(doc, Fields.HEADING, heading);
    if (!title.text().isBlank()) addAnalysed(doc, Fields.TITLE, title);
    return doc;
  }

  /**
   * The analysed fields of one text. A text the tokens cannot replay goes to the writer's analyzer, which gives
   * the same terms.
   */
  private static void addAnalysed(Document doc, String base, SyllableTokens tokens) {
    for (String suffix : IndexAnalyzers.SUFFIXES) {
      String field = base + suffix;
      doc.add(tokens.replayable()
          ? new Field(field, tokens.stream(IndexAnalyzers.variantOf(field)), SCORED_ONLY)
          : new Field(field, tokens.text(), SCORED_ONLY));
    }
  }

  /** What a title search matches: the type, the number and the trích yếu. */
  static String titleText(DocumentMetadata m) {
    StringBuilder sb = new StringBuilder();
    for (String part : new String[] {m.docType(), m.docNumber(), m.title()}) {
      if (part != null && !part.isBlank()) {
        sb.append(sb.isEmpty() ? "" : " ").append(part);
      }
    }
    return sb.toString();
  }

  private static void addMetadata(Document doc, ParsedDocument parsed) {
    DocumentMetadata m = parsed.metadata();
    doc.add(new StringField(Fields.DOC_ID, parsed.docId(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.DOC_ID, new BytesRef(parsed.docId())));
    storeKeyword(doc, Fields.TITLE_STORED, m.title(), false);
    storeKeyword(doc, Fields.DOC_NUMBER, m.docNumber(), false);
    storeKeyword(doc, Fields.DOC_TYPE, m.docType(), true);
    storeKeyword(doc, Fields.ISSUER, m.issuer(), true);
    storeKeyword(doc, Fields.KIND, m.kind(), true);
    // the indexer settles the access before; a document that reaches here without one is kept from the public
    storeKeyword(doc, Fields.ACCESS, (m.access() == null ? Access.INTERNAL : m.access()).code(), false);
    if (m.date() != null) {
      doc.add(new StoredField(Fields.DATE, m.date().toString()));
      storeKeyword(doc, Fields.YEAR, Integer.toString(m.date().getYear()), true);
      doc.add(new NumericDocValuesField(Fields.DATE_SORT, m.date().toEpochDay()));
    } else {
      doc.add(new NumericDocValuesField(Fields.DATE_SORT, Long.MIN_VALUE));
    }
    if (m.docNumber() != null) {
      DocumentNumber.parse(m.docNumber()).ifPresent(n -> addNumber(doc, n));
    }
  }

  private static void addNumber(Document doc, DocumentNumber n) {
    doc.add(new StringField(Fields.NUMBER_KEY, n.key(), Field.Store.NO));
    addPart(doc, Fields.NUMBER_SERIAL, n.number());
    addPart(doc, Fields.NUMBER_YEAR, n.year());
    addPart(doc, Fields.NUMBER_TYPE, n.type());
    addPart(doc, Fields.NUMBER_ISSUER, n.issuer());
  }

  private static void addPart(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StringField(field, numberPart(value), Field.Store.NO));
    }
  }

  /** Parts of document numbers are matched folded and lower-cased ("NĐ" = "nd"). */
  public static String numberPart(String value) {
    return Syllables.fold(value).toLowerCase(Locale.ROOT);
  }

  /** Facet and filter fields: exact value indexed and stored, plus doc values for counting. */
  private static void storeKeyword(Document doc, String field, String value, boolean facet) {
    if (value == null || value.isBlank()) {
      return;
    }
    doc.add(new StringField(field, value, Field.Store.YES));
    if (facet) {
      doc.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
