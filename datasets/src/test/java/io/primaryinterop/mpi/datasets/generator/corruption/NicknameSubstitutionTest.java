package io.primaryinterop.mpi.datasets.generator.corruption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.datasets.generator.GeneratorTables;
import io.primaryinterop.mpi.datasets.generator.RecordDraft;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NicknameSubstitutionTest {

    private final NicknameSubstitution nickname = new NicknameSubstitution(GeneratorTables.builtIn().nicknames());

    @ParameterizedTest
    @CsvSource({"Margaret,Maggie|Peggy|Meg|Marge", "WILLIAM,BILL|WILL|BILLY|WILLIE|LIAM"})
    void replacesAFormalNameByOneOfItsNicknames(String formal, String options) {
        RecordDraft record = Drafts.draft();
        record.set(PatientField.GIVEN_NAME, formal);
        nickname.apply(record, new SplittableRandom(3));
        assertTrue(java.util.List.of(options.split("\\|")).contains(record.get(PatientField.GIVEN_NAME)),
                record.get(PatientField.GIVEN_NAME));
    }

    @ParameterizedTest
    @CsvSource({"Zyx", "''"})
    void leavesNamesWithoutNicknameAlone(String name) {
        RecordDraft record = Drafts.draft();
        record.set(PatientField.GIVEN_NAME, name);
        nickname.apply(record, new SplittableRandom(3));
        assertEquals(name, record.get(PatientField.GIVEN_NAME));
    }
}
