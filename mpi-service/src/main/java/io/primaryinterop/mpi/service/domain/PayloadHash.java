package io.primaryinterop.mpi.service.domain;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.DigestUtils;

/** SHA-256 of a record's canonical fields: the same values again are no change (idempotent ingest). */
public final class PayloadHash {

    private PayloadHash() {
    }

    public static String of(RecordFields fields) {
        StringBuilder canonical = new StringBuilder(256).append(fields.source()).append('\u001f').append(fields.recordId());
        for (String value : fields.demographics()) {
            canonical.append('\u001f').append(value == null ? "\u0000" : value);
        }
        return DigestUtils.sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }
}
