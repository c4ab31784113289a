package vn.sotay.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sotay.Engine;

/** Both start-up probes run a real child JVM on an existing index and come back with its time to an answer. */
class StartupProbeTest {
  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void timesSearchAndServeToTheirFirstAnswerAndLeavesNoServerBehind() throws Exception {
    Files.writeString(corpus.resolve("chi-thi.txt"), "CHỈ THỊ\nVề bảo đảm quyền con người trong công tác tư pháp\n\n"
        + "1. Các cơ quan tôn trọng quyền con người, quyền công dân.\n");
    try (Engine engine = Engine.open(List.of(corpus), index)) {
      assertTrue(engine.library().stats().documents() == 1);
    }
    StartupProbe probe = new StartupProbe();
    assertTrue(probe.millisToFirstAnswer(List.of(corpus), index, "quyền con người") > 0);
    long before = ProcessHandle.current().descendants().count();
    assertTrue(probe.millisToFirstServedAnswer(List.of(corpus), index, "quyền con người") > 0);
    assertTrue(ProcessHandle.current().descendants().count() <= before, "the child server was stopped");
  }
}
