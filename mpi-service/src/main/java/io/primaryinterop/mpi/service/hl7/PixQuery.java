package io.primaryinterop.mpi.service.hl7;

import ca.uhn.hl7v2.AcknowledgmentCode;
import ca.uhn.hl7v2.ErrorCode;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.AbstractMessage;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.v25.datatype.CX;
import ca.uhn.hl7v2.model.v25.message.RSP_K23;
import ca.uhn.hl7v2.model.v25.segment.PID;
import ca.uhn.hl7v2.model.v25.segment.QPD;
import ca.uhn.hl7v2.util.DeepCopy;
import ca.uhn.hl7v2.util.Terser;
import io.primaryinterop.mpi.service.application.CrossReferenceService;
import io.primaryinterop.mpi.service.domain.CrossReference;
import io.primaryinterop.mpi.service.domain.CrossReference.SourceIdentifier;
import io.primaryinterop.mpi.service.domain.MpiException.PersonNotFound;
import io.primaryinterop.mpi.service.domain.MpiException.RecordNotFound;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * QBP^Q23, the IHE PIX query (ITI-9): QPD-3 an identifier, QPD-4 (optional, repeating) the domains
 * wanted. Answer RSP^K23: AA with QAK-2 OK and a PID whose PID-3 lists the person's other identifiers
 * (and its enterprise id under the MPI's own domain), AA with NF when there are none, AE with QAK-2 AE
 * and an ERR naming QPD-3 (unknown identifier or domain) or the QPD-4 repetition (unknown domain).
 */
final class PixQuery implements MessageHandler {

    private final CrossReferenceService crossReferences;
    private final String enterpriseDomain;

    PixQuery(CrossReferenceService crossReferences, String enterpriseDomain) {
        this.crossReferences = crossReferences;
        this.enterpriseDomain = enterpriseDomain;
    }

    @Override
    public Message answer(Message message, String raw, String actor) throws HL7Exception {
        QPD qpd = (QPD) message.get("QPD");
        RSP_K23 response = response((AbstractMessage) message, qpd);
        try {
            List<SourceIdentifier> found = crossReferenced(qpd);
            response.getQAK().getQueryResponseStatus().setValue(found.isEmpty() ? "NF" : "OK");
            if (!found.isEmpty()) {
                PID pid = response.getQUERY_RESPONSE().getPID();
                for (int i = 0; i < found.size(); i++) {
                    CX cx = pid.getPatientIdentifierList(i);
                    cx.getIDNumber().setValue(found.get(i).recordId());
                    cx.getAssigningAuthority().getNamespaceID().setValue(found.get(i).source());
                }
                // IHE ITI-9: no demographics in a PIX answer; the second name repetition says so (type S, pseudonym).
                pid.getPatientName(0);
                pid.getPatientName(1).getNameTypeCode().setValue("S");
            }
        } catch (HL7Exception problem) {
            problem.populateResponse(response, AcknowledgmentCode.AE, 0);
            response.getQAK().getQueryResponseStatus().setValue("AE");
        }
        return response;
    }

    private List<SourceIdentifier> crossReferenced(QPD qpd) throws HL7Exception {
        Cx queried = Cx.read(qpd, 3, 1);
        SourceIdentifier identifier = queried.toSourceIdentifier();
        if (!known(identifier.source())) {
            throw Problems.at("QPD", 3, 1, 4, ErrorCode.UNKNOWN_KEY_IDENTIFIER,
                    "QPD-3 assigning authority is not a domain this MPI knows");
        }
        Set<String> wanted = wantedDomains(qpd);
        CrossReference reference = lookUp(identifier);
        List<SourceIdentifier> all = new ArrayList<>(reference.identifiers());
        all.add(new SourceIdentifier(enterpriseDomain, reference.personId()));
        return all.stream()
                .filter(id -> !id.equals(identifier))
                .filter(id -> wanted.isEmpty() || wanted.contains(id.source()))
                .distinct()
                .toList();
    }

    private CrossReference lookUp(SourceIdentifier identifier) throws HL7Exception {
        try {
            return enterpriseDomain.equals(identifier.source())
                    ? crossReferences.ofPerson(identifier.recordId())
                    : crossReferences.crossReference(identifier.source(), identifier.recordId());
        } catch (RecordNotFound | PersonNotFound unknown) {
            throw Problems.at("QPD", 3, 1, 1, ErrorCode.UNKNOWN_KEY_IDENTIFIER,
                    "QPD-3 identifier is not known in its domain");
        }
    }

    /** QPD-4: each repetition names a domain by its assigning authority (CX-4); all must be known. */
    private Set<String> wantedDomains(QPD qpd) throws HL7Exception {
        Set<String> wanted = new LinkedHashSet<>();
        int reps = qpd.numFields() >= 4 ? Cx.repetitions(qpd, 4) : 0;
        for (int rep = 1; rep <= reps; rep++) {
            Cx domain = Cx.read(qpd, 4, rep);
            if (domain.isEmpty()) {
                continue;
            }
            if (domain.authority() == null) {
                throw Problems.at("QPD", 4, rep, 4, ErrorCode.REQUIRED_FIELD_MISSING,
                        "QPD-4 names a domain by its assigning authority (CX-4)");
            }
            if (!known(domain.authority())) {
                throw Problems.at("QPD", 4, rep, 4, ErrorCode.UNKNOWN_KEY_IDENTIFIER,
                        "QPD-4 domain is not one this MPI knows");
            }
            wanted.add(domain.authority());
        }
        return wanted;
    }

    private boolean known(String domain) {
        return enterpriseDomain.equals(domain) || crossReferences.knowsDomain(domain);
    }

    /** RSP^K23 with the header answering the query, MSA AA (changed on error), QAK and the QPD echoed. */
    private static RSP_K23 response(AbstractMessage query, QPD qpd) throws HL7Exception {
        RSP_K23 response = new RSP_K23(query.getParser().getFactory());
        response.setParser(query.getParser());
        try {
            query.fillResponseHeader(response, AcknowledgmentCode.AA);
        } catch (IOException e) {
            throw new HL7Exception("cannot make a response header", e);
        }
        Terser terser = new Terser(response);
        terser.set("/MSH-9-1", "RSP");
        terser.set("/MSH-9-2", "K23");
        terser.set("/MSH-9-3", "RSP_K23");
        DeepCopy.copy(qpd, response.getQPD());
        response.getQAK().getQueryTag().setValue(qpd.getQueryTag().getValue());
        DeepCopy.copy(qpd.getMessageQueryName(), response.getQAK().getMessageQueryName());
        return response;
    }
}
