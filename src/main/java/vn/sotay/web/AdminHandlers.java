package vn.sotay.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import vn.sotay.index.CorpusMaintenance;
import vn.sotay.index.IndexReport;

/**
 * Admin: reindex, and upload of a new document into the first corpus folder ("tai-len/"), then an index update,
 * so the help desk can add a directive the day it arrives. Every call needs "Authorization: Bearer TOKEN".
 */
final class AdminHandlers {
  static final String UPLOAD_FOLDER = "tai-len";
  private static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "docx", "pdf");

  record UploadResult(String file, IndexReport report) {}

  private final CorpusMaintenance maintenance;
  private final String token;
  private final long maxUploadBytes;

  AdminHandlers(CorpusMaintenance maintenance, String token, long maxUploadBytes) {
    this.maintenance = maintenance;
    this.token = token;
    this.maxUploadBytes = maxUploadBytes;
  }

  void authorize(Context ctx) {
    if (token == null) throw new ApiException(404, "admin_disabled", "Chức năng quản trị chưa bật (đặt SOTAY_ADMIN_TOKEN).");
    String header = ctx.header("Authorization");
    String given = header != null && header.startsWith("Bearer ") ? header.substring(7).strip() : "";
    boolean same = MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    if (!same) throw new ApiException(401, "unauthorized", "Sai hoặc thiếu mã quản trị.");
  }

  void reindex(Context ctx) throws IOException {
    authorize(ctx);
    ctx.json(maintenance.update());
  }

  /** Room for multipart boundaries and headers around the file itself. */
  private static final long MULTIPART_OVERHEAD = 64 * 1024;

  /** Multipart field "file", or the raw body with ?name=FILE.ext. */
  void upload(Context ctx) throws IOException {
    authorize(ctx);
    // a body announced as too large is refused before a byte of it is read
    if (ctx.req().getContentLengthLong() > maxUploadBytes + MULTIPART_OVERHEAD) throw tooLarge();
    String name;
    InputStream content;
    String type = ctx.contentType();
    if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      UploadedFile file = ctx.uploadedFile("file");
      if (file == null) throw ApiException.badRequest("missing_file", "Thiếu tệp (trường \"file\").");
      if (file.size() > maxUploadBytes) throw tooLarge();
      name = file.filename();
      content = file.content();
    } else {
      name = Params.required(ctx, "name");
      content = ctx.bodyInputStream();
    }
    String safe = safeName(name);
    Path folder = maintenance.corpusRoots().get(0).resolve(UPLOAD_FOLDER);
    Files.createDirectories(folder);
    Path target = folder.resolve(safe);
    Path temp = Files.createTempFile(folder, ".upload-", ".part");
    try (InputStream in = content) {
      long copied = copyAtMost(in, temp, maxUploadBytes);
      if (copied == 0) throw ApiException.badRequest("empty_file", "Tệp rỗng.");
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    ctx.status(201).json(new UploadResult(UPLOAD_FOLDER + "/" + safe, maintenance.update()));
  }

  /** Only a plain file name with a readable extension: no folders, no hidden files. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).strip();
    int dot = base.lastIndexOf('.');
    String ext = dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (base.isEmpty() || base.startsWith(".") || base.length() > 150 || !EXTENSIONS.contains(ext)
        || base.chars().anyMatch(c -> c < 32 || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|')) {
      throw ApiException.badRequest("bad_file_name",
          "Tên tệp không hợp lệ: cần một tên tệp .txt, .md, .html, .docx hoặc .pdf.");
    }
    return base;
  }

  private long copyAtMost(InputStream in, Path target, long max) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    try (var out = Files.newOutputStream(target)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > max) throw tooLarge();
        out.write(buffer, 0, n);
      }
    }
    return total;
  }

  private ApiException tooLarge() {
    return new ApiException(413, "too_large", "Tệp quá lớn (tối đa " + maxUploadBytes / (1024 * 1024) + " MB).");
  }
}
