package vn.sotay.web;

import io.javalin.http.Context;

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

  static Integer year(Context ctx) {
    String value = text(ctx, "year");
    return value == null ? null : intValue(ctx, "year", 0, 1900, 2200);
  }
}
