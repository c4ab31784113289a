package vn.sotay.document;

/**
 * One paragraph of a source file as its reader saw it: the text (normalized, trimmed) and whether the format
 * marked it as a heading (Markdown "#", HTML h1-h6, a DOCX heading style). An empty text is a blank line.
 */
record Line(String text, boolean heading) {
  static Line of(String text) {
    return new Line(text, false);
  }

  boolean blank() {
    return text.isEmpty();
  }
}
