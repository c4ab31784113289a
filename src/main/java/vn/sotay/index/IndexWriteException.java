package vn.sotay.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index folder refused a write (disk full, read-only, held by another process). The update was undone: searches
 * keep the last committed index and the next update tries again.
 */
public final class IndexWriteException extends IOException {
  public IndexWriteException(String location, Throwable cause) {
    super("Không ghi được chỉ mục tại " + location + " (" + reason(cause) + "); chỉ mục đã có vẫn dùng được, "
        + "lần cập nhật sau sẽ thử lại.", cause);
  }

  private static String reason(Throwable e) {
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (e instanceof LockObtainFailedException) return "đang được một tiến trình sotay khác dùng";
    if (e instanceof AccessDeniedException || text.contains("read-only")) return "thư mục chỉ đọc hoặc không có quyền ghi";
    if (text.contains("no space left") || text.contains("disk full")) return "ổ đĩa đã đầy";
    if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason();
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
