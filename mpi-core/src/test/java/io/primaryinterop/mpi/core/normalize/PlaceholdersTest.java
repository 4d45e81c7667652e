package io.primaryinterop.mpi.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.primaryinterop.mpi.core.record.PatientField;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholdersTest {

    private final Placeholders defaults = Placeholders.defaults();

    @ParameterizedTest
    @CsvSource({
        "given_name,UNKNOWN,true", "family_name,BABY BOY,true", "family_name,SMITH,false", "given_name,JOHN,false",
        "birth_date,1900-01-01,true", "birth_date,1972-03-13,false", "national_id,000000000,true",
        "national_id,123456789,true", "national_id,345354434,false", "phone,9999999999,true", "phone,6728696504,false",
        "postal_code,99999,true", "postal_code,23268,false", "email,none@none.com,true", "sex,F,false",
        "national_id,111,false"
    })
    void recognisesTheDefaultPlaceholders(String column, String value, boolean expected) {
        assertEquals(expected, defaults.isPlaceholder(PatientField.byColumn(column), value));
    }

    @Test
    void theSetIsConfigurable() {
        Placeholders custom = new Placeholders(Map.of(PatientField.FAMILY_NAME, Set.of("DOE")));
        assertEquals(true, custom.isPlaceholder(PatientField.FAMILY_NAME, "DOE"));
        assertEquals(false, custom.isPlaceholder(PatientField.GIVEN_NAME, "DOE"));
        assertEquals(false, Placeholders.none().isPlaceholder(PatientField.NATIONAL_ID, "000000000"));
    }
}
