package vn.sotay.bench;

/** One build of an index from nothing: how much was read and how long it took. */
record IndexFigures(CorpusSize size, int documents, int passages, long nanos) {
  double seconds() {
    return nanos / 1e9;
  }

  double megabytesPerSecond() {
    return size.megabytes() / seconds();
  }

  double documentsPerSecond() {
    return documents / seconds();
  }
}
