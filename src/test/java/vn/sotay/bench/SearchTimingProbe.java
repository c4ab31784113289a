package vn.sotay.bench;

import java.nio.file.Path;
import java.util.List;
import vn.sotay.Engine;
import vn.sotay.search.ArticleEvaluation;
import vn.sotay.search.SearchRequest;

public class SearchTimingProbe {
  public static void main(String[] args) throws Exception {
    Path laws = Path.of("/work/shared/data/laws-qa/laws");
    try (Engine e = Engine.open(List.of(laws), Path.of("/tmp/probe-index"))) {
      var cases = ArticleEvaluation.read(Path.of("/work/shared/data/laws-qa/dev_alqac_train.jsonl"));
      for (int limit : new int[] {10, 100, 10, 100}) {
        long t = System.nanoTime();
        for (var c : cases) e.library().search(SearchRequest.of(c.question(), limit));
        System.out.printf("limit %d: %.1f ms/query%n", limit, (System.nanoTime() - t) / 1e6 / cases.size());
      }
    }
  }
}
