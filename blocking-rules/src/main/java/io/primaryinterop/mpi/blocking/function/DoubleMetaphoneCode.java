package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * {@code dmetaphone(field[, length])} (primary code) and {@code dmetaphone_alt(field[, length])}
 * (alternate code): Double Metaphone of the letters (Commons Codec), at most length characters (default 4).
 */
public final class DoubleMetaphoneCode implements KeyFunction {
  private final DoubleMetaphone codec = new DoubleMetaphone();
  private final boolean alternate;

  public DoubleMetaphoneCode(int maxLength, boolean alternate) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("length must be >= 1: " + maxLength);
    }
    // Set once here, before the instance is shared; doubleMetaphone() itself keeps no state.
    codec.setMaxCodeLen(maxLength);
    this.alternate = alternate;
  }

  @Override
  public String apply(String value) {
    String letters = Letters.only(value);
    return letters == null ? null : codec.doubleMetaphone(letters, alternate);
  }
}
