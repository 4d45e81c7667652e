package io.primaryinterop.mpi.blocking;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The JSON shape of a rule-set file; see docs/blocking-rules.md. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"version", "description", "rules", "maxBlockSize", "oversizedBlocks"})
record RuleSetFile(String version, String description, List<String> rules, Integer maxBlockSize,
                   OversizedBlockStrategy oversizedBlocks) {
  static final String VERSION = "1";
}
