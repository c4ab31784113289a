package vn.sotay.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.sotay.Engine;
import vn.sotay.answer.Answer;
import vn.sotay.answer.AskEvaluation;
import vn.sotay.search.ArticleEvaluation;
import vn.sotay.search.InvalidQueryException;
import vn.sotay.search.SearchRequest;
import vn.sotay.search.SearchResponse;
import vn.sotay.text.Syllables;

/** The commands of the jar. Returns a process status instead of exiting, so tests can run it in process. */
public final class CommandLine {
  static final String USAGE = """
      Cách dùng: java -jar target/sotay.jar <lệnh> [tùy chọn]
        serve  [--corpus DIR]... [--index DIR] [--host 127.0.0.1] [--port 7070]   chạy trang web, API (và bot Telegram)
        index  [--corpus DIR]... [--index DIR]                                    dựng/cập nhật chỉ mục
        search "từ khóa" [--json] [--noi-bo] [--limit 10] [--offset 0] [--type ..] [--issuer ..] [--year ..]
               [--sort lien-quan|moi-nhat]                                  tìm đoạn văn bản, phù hợp nhất hoặc mới nhất trước
        ask    "câu hỏi" [--json] [--noi-bo]
        eval   --questions FILE.jsonl [--corpus DIR]... [--index DIR] [--noi-bo] đo chất lượng tìm kiếm/trả lời
        bench  [--corpus DIR]... [--scales 10,100] [--clients 4] [--seconds 10] [--work DIR] [--keep]
                                                                                  đo tốc độ lập chỉ mục, tìm kiếm, khởi động
      Mặc định --corpus corpus --index index; chỉ văn bản công khai, thêm --noi-bo để gồm cả văn bản nội bộ.
      """;

  private final PrintStream out;
  private final PrintStream err;

  public CommandLine(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public int run(String[] args) {
    try {
      Arguments a = Arguments.parse(args);
      if (a.flag("help")) {
        out.print(USAGE);
        return 0;
      }
      return switch (a.command()) {
        case "index" -> index(a);
        case "search" -> search(a);
        case "ask" -> ask(a);
        case "eval" -> eval(a);
        case "serve" -> new ServeCommand(out, System.getenv()).run(a);
        case "bench" -> new BenchCommand(out).run(a);
        case "help", "--help", "-h" -> {
          out.print(USAGE);
          yield 0;
        }
        default -> throw new UsageException("Lệnh không có: " + a.command());
      };
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (InvalidQueryException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IOException | RuntimeException e) {
      err.println("Lỗi: " + e.getMessage());
      return 1;
    }
  }

  private int index(Arguments a) throws IOException {
    try (Engine engine = Engine.open(a.corpusRoots(), a.indexDir())) {
      out.print(TextOutput.report(engine.openingReport().orElseThrow()));
    }
    return 0;
  }

  private int search(Arguments a) throws IOException, InvalidQueryException {
    String sort = a.option("sort", SearchRequest.Sort.RELEVANCE.code());
    SearchRequest request = new SearchRequest(a.text(), a.option("type", null), a.option("issuer", null),
        a.intOption("year", null), a.intOption("limit", 10), a.intOption("offset", 0),
        SearchRequest.Sort.parse(sort).orElseThrow(() -> new UsageException("--sort phải là "
            + SearchRequest.Sort.RELEVANCE.code() + " hoặc " + SearchRequest.Sort.DATE.code() + ": " + sort)));
    try (Engine engine = Engine.open(a.corpusRoots(), a.indexDir())) {
      SearchResponse response = engine.library().seenBy(a.viewer()).search(request);
      out.print(a.flag("json") ? new Json().write(response) + "\n" : TextOutput.search(response));
    }
    return 0;
  }

  private int ask(Arguments a) throws IOException, InvalidQueryException {
    try (Engine engine = Engine.open(a.corpusRoots(), a.indexDir())) {
      Answer answer = engine.assistant().ask(a.text(), a.viewer());
      out.print(a.flag("json") ? new Json().write(answer) + "\n" : TextOutput.answer(answer));
    }
    return 0;
  }

  private int eval(Arguments a) throws IOException {
    List<String> files = a.options().getOrDefault("questions", List.of());
    if (files.isEmpty()) throw new UsageException("Cần ít nhất một --questions FILE.jsonl");
    try (Engine engine = Engine.open(a.corpusRoots(), a.indexDir())) {
      for (String name : files) {
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) throw new UsageException("Không có tệp câu hỏi: " + name);
        String label = file.getFileName().toString();
        if (AskEvaluation.isExpectFile(file)) {
          List<AskEvaluation.Case> cases = AskEvaluation.read(file);
          AskEvaluation evaluation = new AskEvaluation(engine.library().seenBy(a.viewer()), engine.assistant());
          for (AskEvaluation.Figures f : List.of(evaluation.run(label, cases, q -> q),
              evaluation.run(label + " (không dấu)", cases, Syllables::fold))) {
            out.println(f.format());
            f.misses().forEach(m -> out.println("    lệch: " + m));
          }
          continue;
        }
        List<ArticleEvaluation.Case> cases = ArticleEvaluation.read(file);
        ArticleEvaluation search = new ArticleEvaluation(engine.library().seenBy(a.viewer()));
        ArticleEvaluation ask = AskEvaluation.articles(engine.assistant(), a.viewer());
        out.println(search.run(label + " search", cases, q -> q).format());
        out.println(search.run(label + " search (không dấu)", cases, Syllables::fold).format());
        out.println(ask.run(label + " ask", cases, q -> q).format());
        out.println(ask.run(label + " ask (không dấu)", cases, Syllables::fold).format());
      }
    }
    return 0;
  }
}
