package vn.sotay.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access values as officials type them, in front matter and folder rules. */
class AccessTest {
  @TempDir Path corpus;

  @Test
  void valuesAreReadInAnyTyping() {
    for (String internal : List.of("noi-bo", "nội bộ", "Nội Bộ", "NOI_BO", "noibo", "internal", " noi bo ")) {
      assertEquals(Optional.of(Access.INTERNAL), Access.parse(internal), internal);
    }
    for (String open : List.of("public", "công khai", "Cong-Khai", "congkhai", "PUBLIC")) {
      assertEquals(Optional.of(Access.PUBLIC), Access.parse(open), open);
    }
    for (String unknown : List.of("mật", "tuyet-mat", "private", "", "noi")) {
      assertEquals(Optional.empty(), Access.parse(unknown), unknown);
    }
  }

  ParsedDocument load(String frontMatter) throws Exception {
    Path file = corpus.resolve("van-ban.md");
    Files.writeString(file, "---\ntrich_yeu: Về công tác bảo mật\n" + frontMatter + "---\nNội dung văn bản.\n",
        StandardCharsets.UTF_8);
    return new CorpusLoader().load(corpus, file);
  }

  @Test
  void frontMatterStatesTheAccessUnderEitherKey() throws Exception {
    assertEquals(Access.INTERNAL, load("access: noi-bo\n").metadata().access());
    assertEquals(Access.INTERNAL, load("quyen_truy_cap: nội bộ\n").metadata().access());
    assertEquals(Access.PUBLIC, load("access: public\n").metadata().access());
    assertTrue(load("access: noi-bo\n").notices().isEmpty());
  }

  @Test
  void aDocumentThatSaysNothingLeavesItToItsFolder() throws Exception {
    ParsedDocument parsed = load("");
    assertNull(parsed.metadata().access());
    assertEquals(Access.INTERNAL, parsed.withAccess(Access.INTERNAL).metadata().access());
  }

  @Test
  void anUnknownValueIsInternalAndNoticed() throws Exception {
    ParsedDocument parsed = load("access: mật\n");
    assertEquals(Access.INTERNAL, parsed.metadata().access());
    assertEquals(1, parsed.notices().size());
    assertTrue(parsed.notices().get(0).contains("“mật” không rõ") && parsed.notices().get(0).contains("nội bộ"),
        parsed.notices().toString());
  }

  @Test
  void aFolderRuleIsItsFirstLineThatIsNotACommentAndTheNearestWins() throws Exception {
    Files.createDirectories(corpus.resolve("a/b/c"));
    Files.writeString(corpus.resolve("a/" + FolderAccess.FILE_NAME), "\uFEFF# ghi chú\n\n  Nội bộ  \npublic\n");
    Files.writeString(corpus.resolve("a/b/c/" + FolderAccess.FILE_NAME), "cong-khai");
    FolderAccess rules = new FolderAccess(corpus);
    assertEquals(new FolderAccess.Rule(Access.PUBLIC, null, null), rules.of(corpus.resolve("x.md")));
    assertEquals(new FolderAccess.Rule(Access.INTERNAL, "a/" + FolderAccess.FILE_NAME, null), rules.of(corpus.resolve("a/x.md")));
    assertEquals(Access.INTERNAL, rules.of(corpus.resolve("a/b/x.md")).access());
    assertEquals(new FolderAccess.Rule(Access.PUBLIC, "a/b/c/" + FolderAccess.FILE_NAME, null),
        rules.of(corpus.resolve("a/b/c/x.md")));
  }
}
