package vn.sotay.index;

/**
 * Names of the index fields. Each passage is one Lucene document ({@link #REC} = passage); each corpus file also
 * has one record ({@link #REC} = file) holding its stamp and metadata, so updates and listings need no scan.
 */
public final class Fields {
  private Fields() {}

  public static final String REC = "rec";
  public static final String REC_PASSAGE = "passage";
  public static final String REC_FILE = "file";

  public static final String SOURCE = "source";
  public static final String STAMP = "stamp";
  /**
   * A file record's source and stamp as one doc value ("source\u0000stamp"): an update compares every file with its
   * record, and doc values read them without decompressing the stored fields of the whole index.
   */
  public static final String SOURCE_STAMP = "source_stamp";
  public static final String DOC_ID = "doc_id";
  public static final String ANCHOR = "anchor";
  public static final String ORDINAL = "ordinal";
  public static final String LABEL = "label";
  public static final String LEAD_ANCHOR = "lead_anchor";
  public static final String PATH = "path";
  public static final String PASSAGE_COUNT = "passage_count";
  public static final String FORMAT = "format";
  public static final String ENCODING = "encoding";

  // metadata, stored as given
  public static final String TITLE_STORED = "title_stored";
  public static final String DOC_NUMBER = "doc_number";
  public static final String DOC_TYPE = "doc_type";
  public static final String ISSUER = "issuer";
  public static final String DATE = "date";
  public static final String YEAR = "year";
  public static final String KIND = "kind";
  public static final String KIND_GUIDE = vn.sotay.document.DocumentMetadata.KIND_GUIDE;
  public static final String DATE_SORT = "date_sort";
  public static final String SIGNER = "signer";

  /** Who may read the record's document, on file and passage records alike: public viewers filter on it. */
  public static final String ACCESS = "access";
  public static final String ACCESS_PUBLIC = vn.sotay.document.Access.PUBLIC.code();
  public static final String ACCESS_INTERNAL = vn.sotay.document.Access.INTERNAL.code();

  // document number key and its parts, for exact and partial look-up
  public static final String NUMBER_KEY = "number_key";
  public static final String NUMBER_SERIAL = "number_serial";
  public static final String NUMBER_YEAR = "number_year";
  public static final String NUMBER_TYPE = "number_type";
  public static final String NUMBER_ISSUER = "number_issuer";

  // analysed text: accented, folded, and syllable bigrams of each
  public static final String BODY = "body";
  public static final String BODY_FOLDED = "body_f";
  public static final String BODY_FOLDED_BIGRAMS = "body_bf";
  public static final String TITLE = "title";
  public static final String TITLE_FOLDED = "title_f";
  public static final String TITLE_FOLDED_BIGRAMS = "title_bf";
  public static final String HEADING = "heading";
  public static final String HEADING_FOLDED = "heading_f";
  public static final String HEADING_FOLDED_BIGRAMS = "heading_bf";

  /** Separates path entries in the stored {@link #PATH} value. */
  public static final String PATH_SEPARATOR = "\u001f";

  /** Bumped whenever analysis or schema changes: a different value in the index forces a full rebuild. */
  public static final String SCHEMA_VERSION = "7";
}
