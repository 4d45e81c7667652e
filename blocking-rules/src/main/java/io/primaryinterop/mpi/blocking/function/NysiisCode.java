package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;
import org.apache.commons.codec.language.Nysiis;

/** {@code nysiis(field)}: NYSIIS code of the letters (Commons Codec, strict: at most 6 characters). */
public final class NysiisCode implements KeyFunction {
  private static final Nysiis NYSIIS = new Nysiis(true);

  @Override
  public String apply(String value) {
    String letters = Letters.only(value);
    return letters == null ? null : NYSIIS.nysiis(letters);
  }
}
