package io.primaryinterop.mpi.service.engine;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A record's key under one blocking rule, kept as a 64-bit hash of (rule text, key): the persistent
 * key index then holds no patient value, and a collision only adds a candidate that scores low.
 */
public record BlockingKey(int ruleNo, long hash) {

    public static BlockingKey of(int ruleNo, String ruleText, String key) {
        byte[] bytes = (ruleText + '\u0000' + key).getBytes(StandardCharsets.UTF_8);
        return new BlockingKey(ruleNo, MurmurHash3.hash128x64(bytes)[0]);
    }
}
