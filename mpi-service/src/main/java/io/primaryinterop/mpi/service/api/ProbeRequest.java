package io.primaryinterop.mpi.service.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.primaryinterop.mpi.service.domain.RecordFields;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A probe for a read-only match: the same fields as a record, identity optional. */
@Introspected
public record ProbeRequest(
        @Nullable @Size(max = 64) String source,
        @Nullable @Size(max = 128) String recordId,
        @Nullable @Size(max = 100) String givenName,
        @Nullable @Size(max = 100) String middleName,
        @Nullable @Size(max = 100) String familyName,
        @Nullable @Pattern(regexp = "(?i)|m|f|o|u|male|female|other|unknown", message = "must be one of M, F, O, U") String sex,
        @Nullable @Pattern(regexp = "|\\d{4}-\\d{2}-\\d{2}", message = "must be a date YYYY-MM-DD") String birthDate,
        @Nullable @Size(max = 200) String addressLine,
        @Nullable @Size(max = 100) String city,
        @Nullable @Size(max = 64) String state,
        @Nullable @Size(max = 32) String postalCode,
        @Nullable @Size(max = 64) String country,
        @Nullable @Size(max = 64) String phone,
        @Nullable @Size(max = 200) String email,
        @Nullable @Size(max = 64) String nationalId) {

    public RecordFields toFields() {
        return new RecordFields(source, recordId, givenName, middleName, familyName, sex, birthDate, addressLine, city,
                state, postalCode, country, phone, email, nationalId);
    }
}
