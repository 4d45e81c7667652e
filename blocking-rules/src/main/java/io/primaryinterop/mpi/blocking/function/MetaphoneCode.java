package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;
import org.apache.commons.codec.language.Metaphone;

/** {@code metaphone(field[, length])}: Metaphone of the letters (Commons Codec), at most length characters (default 4). */
public final class MetaphoneCode implements KeyFunction {
  private final Metaphone metaphone = new Metaphone();

  public MetaphoneCode(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("length must be >= 1: " + maxLength);
    }
    // Set once here, before the instance is shared; metaphone() itself keeps no state.
    metaphone.setMaxCodeLen(maxLength);
  }

  @Override
  public String apply(String value) {
    String letters = Letters.only(value);
    return letters == null ? null : metaphone.metaphone(letters);
  }
}
