package io.primaryinterop.mpi.core.compare;

import java.util.function.UnaryOperator;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Metaphone;
import org.apache.commons.codec.language.Nysiis;
import org.apache.commons.codec.language.Soundex;

/** Phonetic codes from Commons Codec (thread-safe encoders), for "sounds the same" comparison levels. */
public enum PhoneticAlgorithm {
    SOUNDEX(new Soundex()::soundex),
    METAPHONE(new Metaphone()::metaphone),
    DOUBLE_METAPHONE(new DoubleMetaphone()::doubleMetaphone),
    NYSIIS(new Nysiis()::nysiis);

    private final UnaryOperator<String> encoder;

    PhoneticAlgorithm(UnaryOperator<String> encoder) {
        this.encoder = encoder;
    }

    /** The phonetic code of a normalized value; {@code null} when the value is null or has no code. */
    public String encode(String value) {
        if (value == null) {
            return null;
        }
        try {
            String code = encoder.apply(value);
            return code == null || code.isEmpty() ? null : code;
        } catch (IllegalArgumentException e) {
            return null; // a character the algorithm cannot map (non-Latin script): no phonetic evidence
        }
    }
}
