package io.primaryinterop.mpi.blocking;

import java.util.Objects;

/**
 * One record's key under one rule: what a persistent key -> record index stores.
 *
 * @param ruleIndex index of the rule in its rule set
 * @param rule      the rule's canonical text (stable across whitespace changes of the file)
 * @param key       the key string
 */
public record RuleKey(int ruleIndex, String rule, String key) {
  public RuleKey {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(key, "key");
  }
}
