package vn.sotay.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortRescorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import vn.sotay.index.Fields;
import vn.sotay.index.IndexStore;
import vn.sotay.text.Syllables;

/**
 * The Lucene-backed {@link Library}. A library made with the constructor shows public documents only;
 * {@link #seenBy} gives views for other viewers that share its index, analysis and catalog. A public view filters
 * every query on the access field and the catalog on each document's access.
 */
public final class LuceneLibrary implements Library {
  private static final List<String> FACETS = List.of(Fields.DOC_TYPE, Fields.ISSUER, Fields.YEAR);
  private static final Query PUBLIC_ONLY = new TermQuery(new Term(Fields.ACCESS, Fields.ACCESS_PUBLIC));
  private static final Query INTERNAL = new TermQuery(new Term(Fields.ACCESS, Fields.ACCESS_INTERNAL));
  private static final Query PASSAGES = new TermQuery(new Term(Fields.REC, Fields.REC_PASSAGE));

  private final IndexStore store;
  private final TextQueryBuilder textQueries;
  private final QueryVariants variants;
  private final NumberLookup numbers = new NumberLookup();
  private final Highlighting highlighting;
  private final InformationCoverage information;
  private final CoverageRescorer rescorer;
  private final DocumentCatalog catalog;
  private final Viewer viewer;
  private final FacetCounter facetCounter = new FacetCounter(FACETS, Fields.DOC_ID);

  public LuceneLibrary(IndexStore store, Analyzer analyzer) {
    this.store = store;
    TermExtractor extractor = new TermExtractor(analyzer);
    this.textQueries = new TextQueryBuilder(extractor, TextQueryBuilder.DEFAULT_WEIGHTS);
    this.variants = new QueryVariants();
    this.highlighting = new Highlighting(analyzer);
    this.information = new InformationCoverage(extractor);
    this.rescorer = new CoverageRescorer(extractor);
    this.catalog = new DocumentCatalog();
    this.viewer = Viewer.PUBLIC;
  }

  private LuceneLibrary(LuceneLibrary shared, Viewer viewer) {
    this.store = shared.store;
    this.textQueries = shared.textQueries;
    this.variants = shared.variants;
    this.highlighting = shared.highlighting;
    this.information = shared.information;
    this.rescorer = shared.rescorer;
    this.catalog = shared.catalog;
    this.viewer = viewer;
  }

  @Override
  public Viewer viewer() {
    return viewer;
  }

  @Override
  public Library seenBy(Viewer other) {
    return other == viewer ? this : new LuceneLibrary(this, other);
  }

  /**
   * Past the exact count, facets count the documents of the passages the ranking weighs (the first pass that
   * coverage reorders): counting every match cost more than the search itself on a large corpus.
   */
  static final int FACET_DEPTH = CoverageRescorer.DEPTH;

  /** Ordered by date, a passage is listed when it scores at least this share of the best passage. */
  static final float DATE_SORTED_SHARE = 0.25f;

  /**
   * The passages facets count: every match while there are few enough to count exactly (then a filter in the page
   * shows the true number of documents), else the best {@link #FACET_DEPTH}, which is all a broad search can afford.
   */
  private static ScoreDoc[] facetPassages(IndexSearcher searcher, Query query, TopPassages.Found found) throws IOException {
    ScoreDoc[] best = found.best();
    if (!found.totalExact()) return Arrays.copyOf(best, Math.min(best.length, FACET_DEPTH));
    if (found.total() <= best.length) return best;
    return searcher.search(new ConstantScoreQuery(query), (int) found.total()).scoreDocs;
  }

  @Override
  public SearchResponse search(SearchRequest request) throws InvalidQueryException {
    long start = System.nanoTime();
    String text = QueryLimits.clean(request.query());
    QueryLimits.checkPage(request.limit(), request.offset());
    try {
      IndexSearcher searcher = store.acquire();
      try {
        TermLookups lookups = new TermLookups(searcher);
        List<String> phrasings = variants.of(text);
        Query query = buildQuery(text, phrasings, request, lookups);
        int wanted = request.offset() + request.limit();
        int ordered = request.sort() == SearchRequest.Sort.DATE ? Math.max(wanted, SearchRequest.DATE_POOL) : wanted;
        TopPassages.Found found = TopPassages.search(searcher, query, Math.max(ordered, CoverageRescorer.DEPTH));
        ScoreDoc[] best = found.best();
        ScoreDoc[] firstPass = Arrays.copyOf(best, Math.min(best.length, Math.max(ordered, CoverageRescorer.DEPTH)));
        ScoreDoc[] ranked = rescorer.rescore(searcher, lookups, phrasings, topDocs(firstPass), ordered).scoreDocs;
        long total = found.total();
        boolean totalExact = found.totalExact();
        if (request.sort() == SearchRequest.Sort.DATE) {
          ranked = newestFirst(searcher, goodEnough(ranked));
          total = ranked.length; // what is ordered is all that is shown
          totalExact = true;
        }
        ScoreDoc[] page = ranked.length > request.offset()
            ? Arrays.copyOfRange(ranked, request.offset(), Math.min(ranked.length, wanted))
            : new ScoreDoc[0];
        StoredFields stored = searcher.storedFields();
        Document[] docs = new Document[page.length];
        String[] texts = new String[page.length];
        for (int i = 0; i < page.length; i++) {
          docs[i] = stored.document(page[i].doc);
          texts[i] = docs[i].get(Fields.BODY);
        }
        String[] highlights = highlighting.highlight(searcher, query, page, texts);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
          String hl = highlights[i] != null ? highlights[i] : Highlighting.plain(texts[i]);
          hits.add(StoredPassages.hit(docs[i], hl, page[i].score));
        }
        Map<String, Map<String, Long>> facets = facetCounter.count(searcher.getIndexReader(), facetPassages(searcher, query, found));
        Map<String, Map<String, Long>> named = new LinkedHashMap<>();
        named.put("type", facets.get(Fields.DOC_TYPE));
        named.put("issuer", facets.get(Fields.ISSUER));
        named.put("year", facets.get(Fields.YEAR));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new SearchResponse(request.query(), total, totalExact, tookMs, hits, named);
      } finally {
        store.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The passages that score at least {@link #DATE_SORTED_SHARE} of the best: a date must not lift a stray match. */
  private static ScoreDoc[] goodEnough(ScoreDoc[] ranked) {
    if (ranked.length == 0) return ranked;
    float floor = ranked[0].score * DATE_SORTED_SHARE;
    return Arrays.stream(ranked).filter(d -> d.score >= floor).toArray(ScoreDoc[]::new);
  }

  /**
   * The passages of the newest documents first, undated last (their date key is the smallest); passages of one date
   * keep their ranking order.
   */
  private static final Sort NEWEST_FIRST = new Sort(new SortField(Fields.DATE_SORT, SortField.Type.LONG, true),
      SortField.FIELD_SCORE);

  private static ScoreDoc[] newestFirst(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
    return new SortRescorer(NEWEST_FIRST).rescore(searcher, topDocs(ranked), ranked.length).scoreDocs;
  }

  private static TopDocs topDocs(ScoreDoc[] docs) {
    return new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
  }

  /**
   * One flat disjunction of every term clause, plus the number look-up: flat, so Lucene can skip what cannot reach
   * the top. Only passages carry text fields; the number fields are also on file records, so that clause is kept to
   * passages itself.
   */
  Query buildQuery(String text, List<String> phrasings, SearchRequest request, TermLookups lookups) {
    BooleanQuery words = textQueries.build(phrasings.get(0), phrasings.subList(1, phrasings.size()), lookups);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (words != null) {
      words.clauses().forEach(b::add);
      any = true;
    }
    Optional<Query> number = numbers.of(text);
    if (number.isPresent()) {
      b.add(new BooleanQuery.Builder().add(number.get(), Occur.MUST).add(PASSAGES, Occur.FILTER).build(), Occur.SHOULD);
      any = true;
    }
    if (!any) {
      return new MatchNoDocsQuery("no searchable term");
    }
    if (!viewer.seesInternal()) {
      // every record is public or internal: leaving internal ones out keeps the query a disjunction Lucene skips
      // through, where requiring public ones would make it a conjunction that visits every public record
      b.add(INTERNAL, Occur.MUST_NOT);
    }
    if (addFilters(b, request.type(), request.issuer(), request.year())) {
      b.setMinimumNumberShouldMatch(1);
    }
    return b.build();
  }

  /** Results, totals and facets of a public viewer come from public records only. */
  private BooleanQuery.Builder addAccessFilter(BooleanQuery.Builder b) {
    if (!viewer.seesInternal()) b.add(PUBLIC_ONLY, Occur.FILTER);
    return b;
  }

  /** True when a filter was added (the words then must be told to match at least once). */
  private static boolean addFilters(BooleanQuery.Builder b, String type, String issuer, Integer year) {
    boolean any = false;
    if (type != null && !type.isBlank()) {
      b.add(new TermQuery(new Term(Fields.DOC_TYPE, type)), Occur.FILTER);
      any = true;
    }
    if (issuer != null && !issuer.isBlank()) {
      b.add(new TermQuery(new Term(Fields.ISSUER, issuer)), Occur.FILTER);
      any = true;
    }
    if (year != null) {
      b.add(new TermQuery(new Term(Fields.YEAR, Integer.toString(year))), Occur.FILTER);
      any = true;
    }
    return any;
  }

  @Override
  public Optional<DocumentView> document(String docId) {
    if (docId == null || docId.isBlank() || docId.length() > 1000) {
      return Optional.empty();
    }
    Optional<DocumentSummary> summary = Optional.ofNullable(visible().byId.get(docId));
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    try {
      IndexSearcher searcher = store.acquire();
      try {
        BooleanQuery q = addAccessFilter(new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.DOC_ID, docId)), Occur.FILTER)
            .add(new TermQuery(new Term(Fields.REC, Fields.REC_PASSAGE)), Occur.FILTER))
            .build();
        int max = Math.max(1, searcher.count(q));
        TopDocs top = searcher.search(q, max, new Sort(new SortField(Fields.ORDINAL, SortField.Type.INT)));
        StoredFields stored = searcher.storedFields();
        List<Section> sections = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
          sections.add(StoredPassages.section(stored.document(sd.doc)));
        }
        return Optional.of(new DocumentView(summary.get(), sections));
      } finally {
        store.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<DocumentSummary> documents(String type, String issuer, Integer year, int limit, int offset) {
    return filtered(type, issuer, year).stream().skip(Math.max(0, offset)).limit(Math.max(0, limit)).toList();
  }

  @Override
  public long countDocuments(String type, String issuer, Integer year) {
    return filtered(type, issuer, year).size();
  }

  private List<DocumentSummary> filtered(String type, String issuer, Integer year) {
    return visible().list.stream()
        .filter(d -> type == null || type.isBlank() || type.equals(d.docType()))
        .filter(d -> issuer == null || issuer.isBlank() || issuer.equals(d.issuer()))
        .filter(d -> year == null || (d.date() != null && d.date().startsWith(year + "-")))
        .toList();
  }

  @Override
  public void prepare() {
    for (Viewer v : List.of(Viewer.PUBLIC, Viewer.INTERNAL)) visibleTo(v).prepare();
  }

  @Override
  public List<DocumentSummary> documentsNumbered(String serial) {
    return serial == null || serial.isBlank() ? List.of() : visible().numbered(serial.strip());
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit) {
    if (prefix == null || prefix.isBlank() || prefix.length() > QueryLimits.MAX_QUERY_CHARS || limit < 1) {
      return List.of();
    }
    return visible().suggester().suggest(prefix, Math.min(limit, 20));
  }

  @Override
  public LibraryStats stats() {
    try {
      IndexSearcher searcher = store.acquire();
      try {
        int files = searcher.count(visibleRecords(Fields.REC_FILE));
        int passages = searcher.count(visibleRecords(Fields.REC_PASSAGE));
        return new LibraryStats(files, passages);
      } finally {
        store.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public double coverage(String query, String text) {
    if (query == null || text == null || query.length() > QueryLimits.MAX_QUERY_CHARS) return 0;
    try {
      IndexSearcher searcher = store.acquire();
      try {
        return information.of(searcher, query, text);
      } finally {
        store.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query visibleRecords(String rec) {
    return addAccessFilter(new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.REC, rec)), Occur.FILTER)).build();
  }

  /** The documents this viewer sees, newest first. */
  private DocumentCatalog.Documents visible() {
    return visibleTo(viewer);
  }

  private DocumentCatalog.Documents visibleTo(Viewer v) {
    try {
      IndexSearcher searcher = store.acquire();
      try {
        DocumentCatalog.Version current = catalog.of(searcher, store.version(searcher));
        return v.seesInternal() ? current.all() : current.publicOnly();
      } finally {
        store.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String foldKey(String s) {
    return Syllables.fold(s).toLowerCase(Locale.ROOT);
  }
}
