package io.primaryinterop.mpi.blocking.function;

import io.primaryinterop.mpi.blocking.KeyFunction;
import org.apache.commons.codec.language.Soundex;

/** {@code soundex(field)}: American Soundex of the letters (Commons Codec), e.g. ROBERT -> R163. */
public final class SoundexCode implements KeyFunction {
  private static final Soundex SOUNDEX = Soundex.US_ENGLISH;

  @Override
  public String apply(String value) {
    String letters = Letters.only(value);
    return letters == null ? null : SOUNDEX.soundex(letters);
  }
}
