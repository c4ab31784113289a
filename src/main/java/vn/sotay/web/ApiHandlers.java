package vn.sotay.web;

import io.javalin.http.Context;
import java.util.List;
import vn.sotay.answer.Assistant;
import vn.sotay.search.DocumentSummary;
import vn.sotay.search.DocumentView;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.Library;
import vn.sotay.search.LibraryStats;
import vn.sotay.search.SearchRequest;
import vn.sotay.search.Section;

/**
 * The read-only API of ../docs/api.md: each handler reads its parameters, asks the engine as the request's viewer
 * sees it and answers JSON. An internal document is, for a public viewer, a document that does not exist.
 */
final class ApiHandlers {
  static final int MAX_SUGGESTIONS = 20;
  static final int MAX_DOCUMENTS_PAGE = 200;

  record DocumentList(long total, List<DocumentSummary> documents) {}

  record DocumentPage(String docId, String title, String docNumber, String docType, String issuer, String date,
      String kind, int passages, String access, List<Section> sections) {}

  record Health(String status, int documents, int passages) {}

  private final Library library;
  private final Assistant assistant;
  private final AccessHandlers access;

  ApiHandlers(Library library, Assistant assistant, AccessHandlers access) {
    this.library = library;
    this.assistant = assistant;
    this.access = access;
  }

  private Library library(Context ctx) {
    return library.seenBy(access.viewerOf(ctx));
  }

  void search(Context ctx) throws InvalidQueryException {
    SearchRequest request = new SearchRequest(Params.required(ctx, "q"), Params.text(ctx, "type"),
        Params.text(ctx, "issuer"), Params.year(ctx), Params.intValue(ctx, "limit", 10, 1, SearchRequest.MAX_LIMIT),
        Params.intValue(ctx, "offset", 0, 0, SearchRequest.MAX_OFFSET), Params.sort(ctx));
    ctx.json(library(ctx).search(request));
  }

  void ask(Context ctx) throws InvalidQueryException {
    ctx.json(assistant.ask(Params.required(ctx, "q"), access.viewerOf(ctx)));
  }

  void documents(Context ctx) {
    String type = Params.text(ctx, "type");
    String issuer = Params.text(ctx, "issuer");
    Integer year = Params.year(ctx);
    int limit = Params.intValue(ctx, "limit", 50, 1, MAX_DOCUMENTS_PAGE);
    int offset = Params.intValue(ctx, "offset", 0, 0, SearchRequest.MAX_OFFSET);
    Library seen = library(ctx);
    ctx.json(new DocumentList(seen.countDocuments(type, issuer, year), seen.documents(type, issuer, year, limit, offset)));
  }

  void document(Context ctx) {
    String docId = ctx.pathParam("docId");
    DocumentView view = library(ctx).document(docId).orElseThrow(
        () -> new ApiException(404, "unknown_document", "Không có văn bản này trong kho."));
    DocumentSummary s = view.summary();
    ctx.json(new DocumentPage(s.docId(), s.title(), s.docNumber(), s.docType(), s.issuer(), s.date(), s.kind(),
        s.passages(), s.access(), view.sections()));
  }

  void suggest(Context ctx) {
    String prefix = Params.text(ctx, "q");
    int limit = Params.intValue(ctx, "limit", 8, 1, MAX_SUGGESTIONS);
    if (prefix == null || prefix.length() > 200) {
      ctx.json(List.of());
      return;
    }
    ctx.json(library(ctx).suggest(prefix, limit));
  }

  void health(Context ctx) {
    LibraryStats stats = library(ctx).stats();
    ctx.json(new Health("ok", stats.documents(), stats.passages()));
  }
}
