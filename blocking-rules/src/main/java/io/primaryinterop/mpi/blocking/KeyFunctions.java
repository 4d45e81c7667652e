package io.primaryinterop.mpi.blocking;

import io.primaryinterop.mpi.blocking.function.DatePartDayMonth;
import io.primaryinterop.mpi.blocking.function.DatePartMonth;
import io.primaryinterop.mpi.blocking.function.DatePartYear;
import io.primaryinterop.mpi.blocking.function.DatePartYearMonth;
import io.primaryinterop.mpi.blocking.function.Digits;
import io.primaryinterop.mpi.blocking.function.DoubleMetaphoneCode;
import io.primaryinterop.mpi.blocking.function.FirstChars;
import io.primaryinterop.mpi.blocking.function.Initials;
import io.primaryinterop.mpi.blocking.function.LastChars;
import io.primaryinterop.mpi.blocking.function.MetaphoneCode;
import io.primaryinterop.mpi.blocking.function.NysiisCode;
import io.primaryinterop.mpi.blocking.function.SortedTokens;
import io.primaryinterop.mpi.blocking.function.SoundexCode;
import java.util.Map;
import java.util.TreeSet;

/** The explicit registry of key functions usable in rule text (no reflection, no class names in files). */
public final class KeyFunctions {
  private static final int PHONETIC_LENGTH = 4;

  /** Name in rule text -> function. */
  public static final Map<String, KeyFunctionSpec> REGISTRY = Map.ofEntries(
      Map.entry("first", new KeyFunctionSpec("first", "first(field, n)", 1, 1,
          "the first n characters", args -> new FirstChars(args[0]))),
      Map.entry("last", new KeyFunctionSpec("last", "last(field, n)", 1, 1,
          "the last n characters", args -> new LastChars(args[0]))),
      Map.entry("soundex", KeyFunctionSpec.noArgs("soundex", "American Soundex of the letters",
          new SoundexCode())),
      Map.entry("metaphone", new KeyFunctionSpec("metaphone", "metaphone(field[, length=4])", 0, 1,
          "Metaphone of the letters", args -> new MetaphoneCode(arg(args, 0, PHONETIC_LENGTH)))),
      Map.entry("dmetaphone", new KeyFunctionSpec("dmetaphone", "dmetaphone(field[, length=4])", 0, 1,
          "Double Metaphone primary code of the letters",
          args -> new DoubleMetaphoneCode(arg(args, 0, PHONETIC_LENGTH), false))),
      Map.entry("dmetaphone_alt", new KeyFunctionSpec("dmetaphone_alt", "dmetaphone_alt(field[, length=4])", 0, 1,
          "Double Metaphone alternate code of the letters",
          args -> new DoubleMetaphoneCode(arg(args, 0, PHONETIC_LENGTH), true))),
      Map.entry("nysiis", KeyFunctionSpec.noArgs("nysiis", "NYSIIS code of the letters", new NysiisCode())),
      Map.entry("year", KeyFunctionSpec.noArgs("year", "yyyy of a yyyy-MM-dd date", new DatePartYear())),
      Map.entry("month", KeyFunctionSpec.noArgs("month", "MM of a yyyy-MM-dd date", new DatePartMonth())),
      Map.entry("year_month", KeyFunctionSpec.noArgs("year_month", "yyyy-MM of a yyyy-MM-dd date",
          new DatePartYearMonth())),
      Map.entry("day_month", KeyFunctionSpec.noArgs("day_month", "MM-dd of a yyyy-MM-dd date (no year)",
          new DatePartDayMonth())),
      Map.entry("digits", KeyFunctionSpec.noArgs("digits", "the digits only", new Digits())),
      Map.entry("initials", KeyFunctionSpec.noArgs("initials", "first character of each token",
          new Initials())),
      Map.entry("sorted_tokens", KeyFunctionSpec.noArgs("sorted_tokens", "the tokens in sorted order",
          new SortedTokens())));

  private KeyFunctions() {
  }

  /** The registered names, sorted, for error messages. */
  public static String knownNames() {
    return String.join(", ", new TreeSet<>(REGISTRY.keySet()));
  }

  private static int arg(int[] args, int index, int fallback) {
    return args.length > index ? args[index] : fallback;
  }
}
