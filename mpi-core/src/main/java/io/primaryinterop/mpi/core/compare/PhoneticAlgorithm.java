package io.primaryinterop.mpi.core.compare;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Metaphone;
import org.apache.commons.codec.language.Nysiis;
import org.apache.commons.codec.language.Soundex;

/** Phonetic codes from Commons Codec, for "sounds the same" comparison levels and blocking. */
public enum PhoneticAlgorithm {
    SOUNDEX {
        private final Soundex soundex = new Soundex();

        @Override
        String code(String value) {
            return soundex.soundex(value);
        }
    },
    METAPHONE {
        private final Metaphone metaphone = new Metaphone();

        @Override
        String code(String value) {
            return metaphone.metaphone(value);
        }
    },
    DOUBLE_METAPHONE {
        private final DoubleMetaphone doubleMetaphone = new DoubleMetaphone();

        @Override
        String code(String value) {
            return doubleMetaphone.doubleMetaphone(value);
        }
    },
    NYSIIS {
        private final Nysiis nysiis = new Nysiis();

        @Override
        String code(String value) {
            return nysiis.nysiis(value);
        }
    };

    abstract String code(String value);

    /** The phonetic code of a normalized value; {@code null} when the value is null or has no code. */
    public String encode(String value) {
        if (value == null) {
            return null;
        }
        try {
            String code = code(value);
            return code == null || code.isEmpty() ? null : code;
        } catch (IllegalArgumentException e) {
            return null; // a character the algorithm cannot map (non-Latin script): no phonetic evidence
        }
    }
}
