package ua.ner.internal.text;

import java.util.Arrays;

/** A growable list of {@code [start, end)} character spans kept in one int array (no boxing). */
public final class SpanList {

  private int[] data;
  private int size;

  public SpanList() {
    this(64);
  }

  public SpanList(int capacity) {
    data = new int[Math.max(2, capacity * 2)];
  }

  public void add(int start, int end) {
    if (start > end) {
      throw new IllegalArgumentException("start must not be larger than end: start=" + start + ", end=" + end);
    }
    if (size * 2 + 2 > data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[size * 2] = start;
    data[size * 2 + 1] = end;
    size++;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public int start(int i) {
    return data[i * 2];
  }

  public int end(int i) {
    return data[i * 2 + 1];
  }

  public void clear() {
    size = 0;
  }
}
