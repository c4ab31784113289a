package vn.sotay.web;

import io.javalin.http.Context;
import vn.sotay.search.SearchRequest;

/** Query parameters read strictly: anything out of range is a 400 that says which parameter and why. */
final class Params {
  private Params() {}

  static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  static String required(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) throw ApiException.badRequest("missing_" + name, "Thiếu tham số " + name + ".");
    return value;
  }

  static int intValue(Context ctx, String name, int fallback, int min, int max) {
    String value = text(ctx, name);
    if (value == null) return fallback;
    if (!value.matches("-?\\d{1,9}")) {
      throw ApiException.badRequest("bad_" + name, "Tham số " + name + " phải là số nguyên.");
    }
    int n = Integer.parseInt(value);
    if (n < min || n > max) {
      throw ApiException.badRequest("bad_" + name, "Tham số " + name + " phải từ " + min + " đến " + max + ".");
    }
    return n;
  }

  static SearchRequest.Sort sort(Context ctx) {
    String value = text(ctx, "sort");
    if (value == null) return SearchRequest.Sort.RELEVANCE;
    return SearchRequest.Sort.parse(value).orElseThrow(() -> ApiException.badRequest("bad_sort",
        "Tham số sort phải là " + SearchRequest.Sort.RELEVANCE.code() + " hoặc " + SearchRequest.Sort.DATE.code() + "."));
  }

  static Integer year(Context ctx) {
    String value = text(ctx, "year");
    return value == null ? null : intValue(ctx, "year", 0, 1900, 2200);
  }
}
