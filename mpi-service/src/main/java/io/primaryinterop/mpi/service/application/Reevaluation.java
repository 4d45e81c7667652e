package io.primaryinterop.mpi.service.application;

import io.primaryinterop.mpi.service.domain.Decision;

/**
 * One record's AUTO link before and after re-evaluation with a model version (enterprise ids).
 * {@code manual}: a MANUAL link, left alone.
 */
public record Reevaluation(long recordRowId, String source, String recordId, String personBefore, Decision decisionBefore,
                           String personAfter, Decision decisionAfter, boolean manual) {

    /**
     * Whether the record moves to another person or gets another decision. Not a change: the first record of a
     * person (NEW_PERSON when it came) now reading LINKED to that same person; its link is left as it is. Links
     * that do not change keep their stored score and model version.
     */
    public boolean changed() {
        if (!personBefore.equals(personAfter)) {
            return true;
        }
        boolean firstRecordConfirmed = decisionBefore == Decision.NEW_PERSON && decisionAfter == Decision.LINKED;
        return decisionBefore != decisionAfter && !firstRecordConfirmed;
    }
}
