package io.primaryinterop.mpi.service.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.primaryinterop.mpi.service.domain.GoldenRecord;
import io.primaryinterop.mpi.service.domain.GoldenRecord.Contributor;
import io.primaryinterop.mpi.service.domain.GoldenRecord.Provenance;
import io.primaryinterop.mpi.service.domain.Survivorship;
import io.primaryinterop.mpi.service.store.GoldenRecordRepository;
import io.primaryinterop.mpi.service.store.LinkRepository;
import io.primaryinterop.mpi.service.store.PersonRepository;
import io.primaryinterop.mpi.service.store.RecordRepository;
import io.primaryinterop.mpi.service.store.StoredLink;
import io.primaryinterop.mpi.service.store.StoredRecord;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** Recomputes a person's golden record from its linked records by the configured survivorship rules, with provenance. */
@Singleton
public final class GoldenRecords {

    private static final TypeReference<LinkedHashMap<String, Provenance>> PROVENANCE = new TypeReference<>() {
    };

    private final Survivorship survivorship;
    private final LinkRepository links;
    private final RecordRepository records;
    private final PersonRepository persons;
    private final GoldenRecordRepository golden;
    private final ObjectMapper json;

    GoldenRecords(Survivorship survivorship, LinkRepository links, RecordRepository records, PersonRepository persons,
                  GoldenRecordRepository golden, ObjectMapper json) {
        this.survivorship = survivorship;
        this.links = links;
        this.records = records;
        this.persons = persons;
        this.golden = golden;
        this.json = json;
    }

    /** Recomputes and stores the person's golden record; returns the names of the fields whose value changed. */
    public List<String> refresh(DSLContext tx, long personRowId, LocalDateTime now) {
        List<String> before = persons.byId(tx, personRowId).orElseThrow().golden().demographics();
        List<Long> recordIds = links.byPerson(tx, personRowId).stream().map(StoredLink::recordId).toList();
        GoldenRecord computed = compute(records.byIds(tx, recordIds), null);
        write(tx, personRowId, computed, now);
        return computed.changedFields(before);
    }

    /** The golden record of stored records and, if not null, one more record not (yet) stored as it is now. */
    GoldenRecord compute(List<StoredRecord> stored, Contributor newest) {
        List<Contributor> contributors = new ArrayList<>(stored.size() + 1);
        stored.forEach(r -> contributors.add(new Contributor(r.id(), r.fields(), r.createdAt(), r.updatedAt())));
        if (newest != null) {
            contributors.add(newest);
        }
        return GoldenRecord.compute(contributors, survivorship);
    }

    /** Stores the golden record with its provenance (one statement). */
    void write(DSLContext tx, long personRowId, GoldenRecord computed, LocalDateTime now) {
        golden.write(tx, personRowId, computed.values(), provenanceJson(computed), now);
    }

    String provenanceJson(GoldenRecord computed) {
        return write(computed.provenance());
    }

    /** Where each golden field of the person came from (empty if never computed with provenance). */
    public Map<String, Provenance> provenance(DSLContext ctx, long personRowId) {
        String stored = golden.provenanceJson(ctx, personRowId).orElse(null);
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(stored, PROVENANCE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable golden provenance of person row " + personRowId, e);
        }
    }

    private String write(Map<String, Provenance> provenance) {
        try {
            return json.writeValueAsString(provenance);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write golden provenance", e);
        }
    }
}
