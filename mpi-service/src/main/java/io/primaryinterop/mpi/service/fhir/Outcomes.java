package io.primaryinterop.mpi.service.fhir;

import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/** OperationOutcomes for errors: the issue type follows the HTTP status, field names become FHIRPath expressions. */
final class Outcomes {

    /** Record field names (as the domain reports them) and where they come from in a Patient. */
    private static final Map<String, String> PATIENT_PATHS = Map.ofEntries(
            Map.entry("source", "Patient.identifier.system"), Map.entry("recordId", "Patient.identifier.value"),
            Map.entry("givenName", "Patient.name.given"), Map.entry("middleName", "Patient.name.given"),
            Map.entry("familyName", "Patient.name.family"), Map.entry("sex", "Patient.gender"),
            Map.entry("birthDate", "Patient.birthDate"), Map.entry("addressLine", "Patient.address.line"),
            Map.entry("city", "Patient.address.city"), Map.entry("state", "Patient.address.state"),
            Map.entry("postalCode", "Patient.address.postalCode"), Map.entry("country", "Patient.address.country"),
            Map.entry("phone", "Patient.telecom"), Map.entry("email", "Patient.telecom"),
            Map.entry("nationalId", "Patient.identifier"));

    private Outcomes() {
    }

    static OperationOutcome error(IssueType type, String diagnostics, String... expressions) {
        OperationOutcome outcome = new OperationOutcome();
        OperationOutcomeIssueComponent issue = outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type)
                .setDiagnostics(diagnostics);
        for (String e : expressions) {
            issue.addExpression(e);
        }
        return outcome;
    }

    static OperationOutcome information(String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(IssueSeverity.INFORMATION).setCode(IssueType.INFORMATIONAL).setDiagnostics(diagnostics);
        return outcome;
    }

    /** One error issue per (field, reason); the field as a Patient FHIRPath where known. */
    static OperationOutcome fieldErrors(int status, List<Map.Entry<String, String>> problems, String fallback) {
        if (problems.isEmpty()) {
            return error(typeOf(status), fallback);
        }
        OperationOutcome outcome = new OperationOutcome();
        for (Map.Entry<String, String> p : problems) {
            OperationOutcomeIssueComponent issue = outcome.addIssue().setSeverity(IssueSeverity.ERROR)
                    .setCode(typeOf(status)).setDiagnostics(p.getKey() + ": " + p.getValue());
            issue.addExpression(PATIENT_PATHS.getOrDefault(p.getKey(), p.getKey()));
        }
        return outcome;
    }

    static IssueType typeOf(int status) {
        return switch (status) {
            case 400 -> IssueType.INVALID;
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415, 501 -> IssueType.NOTSUPPORTED;
            case 409, 412 -> IssueType.CONFLICT;
            case 410 -> IssueType.DELETED;
            case 413 -> IssueType.TOOLONG;
            case 422 -> IssueType.BUSINESSRULE;
            case 429 -> IssueType.THROTTLED;
            default -> status >= 500 ? IssueType.EXCEPTION : IssueType.PROCESSING;
        };
    }
}
