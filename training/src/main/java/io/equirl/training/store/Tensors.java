package io.equirl.training.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A list of float tensors in a plain binary form (count, then each length and its big-endian
 * floats), for parameters that are not a DJL block's, such as the best evaluation's.
 */
public final class Tensors {
  private Tensors() {}

  /** Writes {@code tensors}. */
  public static void write(DataOutputStream out, float[][] tensors) throws IOException {
    out.writeInt(tensors.length);
    for (float[] t : tensors) {
      out.writeInt(t.length);
      for (float v : t) {
        out.writeFloat(v);
      }
    }
  }

  /** Reads what {@link #write} wrote. */
  public static float[][] read(DataInputStream in) throws IOException {
    float[][] tensors = new float[in.readInt()][];
    for (int i = 0; i < tensors.length; i++) {
      tensors[i] = new float[in.readInt()];
      for (int k = 0; k < tensors[i].length; k++) {
        tensors[i][k] = in.readFloat();
      }
    }
    return tensors;
  }
}
