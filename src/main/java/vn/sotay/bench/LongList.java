package vn.sotay.bench;

import java.util.Arrays;

/** A growable list of longs, so recording a duration allocates nothing on the measured path. */
final class LongList {
  private long[] values = new long[1024];
  private int size;

  void add(long value) {
    if (size == values.length) values = Arrays.copyOf(values, size * 2);
    values[size++] = value;
  }

  void addAll(LongList other) {
    for (int i = 0; i < other.size; i++) add(other.values[i]);
  }

  int size() {
    return size;
  }

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
