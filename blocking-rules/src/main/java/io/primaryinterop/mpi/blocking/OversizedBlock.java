package io.primaryinterop.mpi.blocking;

import java.util.Objects;

/**
 * A block over the cap. The key is patient data (e.g. a birth date): show it to the operator who
 * asked, don't write it to logs.
 *
 * @param ruleIndex index of the rule in its rule set
 * @param rule      the rule's canonical text
 * @param key       the block's key string (parts joined by {@link BlockingRule#KEY_SEPARATOR})
 * @param size      rows in the block (both sides in link modes)
 * @param pairs     pairs the block holds under the link mode
 * @param handling  what was done with it
 */
public record OversizedBlock(int ruleIndex, String rule, String key, int size, long pairs,
                             OversizedBlockStrategy handling) {
  public OversizedBlock {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(handling, "handling");
    if (size < 0 || pairs < 0) {
      throw new IllegalArgumentException("size and pairs must be >= 0: " + size + ", " + pairs);
    }
  }
}
