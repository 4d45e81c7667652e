package io.primaryinterop.mpi.service.fhir;

import io.primaryinterop.mpi.service.domain.Candidate;
import io.primaryinterop.mpi.service.engine.DecisionThresholds;

/**
 * The match-grade extension's codes, from the service's own thresholds: at or above auto-link
 * "certain" (ingest would link it), at or above review "probable" (ingest would queue it for a
 * steward), at or above the FHIR possible threshold "possible", below it "certainly-not". A candidate whose best
 * pair meets one of the model's review rules is at most "probable": ingest would not link it automatically.
 */
enum MatchGrade {
    CERTAIN("certain"), PROBABLE("probable"), POSSIBLE("possible"), CERTAINLY_NOT("certainly-not");

    static final String EXTENSION = "http://hl7.org/fhir/StructureDefinition/match-grade";

    final String code;

    MatchGrade(String code) {
        this.code = code;
    }

    static MatchGrade of(Candidate candidate, DecisionThresholds thresholds, double possible) {
        double probability = candidate.probability();
        if (probability >= thresholds.autoLink()) {
            return candidate.reviewRule() == null ? CERTAIN : PROBABLE;
        }
        return of(probability, thresholds, possible);
    }

    static MatchGrade of(double probability, DecisionThresholds thresholds, double possible) {
        if (probability >= thresholds.autoLink()) {
            return CERTAIN;
        }
        if (probability >= thresholds.review()) {
            return PROBABLE;
        }
        return probability >= Math.min(possible, thresholds.review()) ? POSSIBLE : CERTAINLY_NOT;
    }
}
