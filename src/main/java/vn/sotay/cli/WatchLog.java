package vn.sotay.cli;

import java.io.PrintStream;
import vn.sotay.index.CorpusWatcher;
import vn.sotay.index.IndexReport;

/** Prints what the corpus watcher changed in the index, and its failures; quiet when a rescan changed nothing. */
final class WatchLog implements CorpusWatcher.Listener {
  private final PrintStream out;

  WatchLog(PrintStream out) {
    this.out = out;
  }

  @Override
  public void updated(IndexReport report) {
    if (report.read() > 0 || report.removed() > 0) out.print("Cập nhật chỉ mục: " + TextOutput.report(report));
  }

  @Override
  public void failed(Exception error) {
    out.println("Lỗi cập nhật chỉ mục: " + error.getMessage());
  }
}
