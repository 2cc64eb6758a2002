package io.equirl.agents.net;

import java.util.List;

/** The fixed convolutional stem of {@link Architecture#CNN} and the shapes it produces. */
record CnnShapes(int channels, int height, int width) {
  static final int FILTERS_1 = 16;
  static final int FILTERS_2 = 32;

  static CnnShapes of(QNetworkSpec spec) {
    List<Integer> s = spec.observationShape();
    int rank = s.size();
    int c = rank == 3 ? s.get(0) : 1;
    return new CnnShapes(c, s.get(rank - 2), s.get(rank - 1));
  }

  /**
   * Output side after conv 1 (3×3, padding 1: same size) and conv 2 (3×3, stride 2, no padding).
   */
  int outHeight() {
    return (height - 3) / 2 + 1;
  }

  int outWidth() {
    return (width - 3) / 2 + 1;
  }

  int flatSize() {
    return FILTERS_2 * outHeight() * outWidth();
  }
}
