package io.primaryinterop.mpi.datasets.generator;

import io.primaryinterop.mpi.core.record.PatientField;

/**
 * One record being written by a source: a mutable row of values in {@link PatientField} order that the
 * corruptions change in place (mutable on purpose: the generator makes hundreds of thousands a second).
 * The record id is assigned when the row is written.
 */
public final class RecordDraft {

    private final Person person;
    private final String[] values = new String[PatientField.COUNT];

    public RecordDraft(Person person) {
        this.person = person;
    }

    /** The true identity this record is about. */
    public Person person() {
        return person;
    }

    /** The value of a field, {@code ""} when unknown (never null). */
    public String get(PatientField field) {
        String value = values[field.ordinal()];
        return value == null ? "" : value;
    }

    public void set(PatientField field, String value) {
        values[field.ordinal()] = value == null ? "" : value;
    }

    public boolean isEmpty(PatientField field) {
        return get(field).isEmpty();
    }

    /** A copy of the values in {@link PatientField} order (nulls as {@code ""}). */
    public String[] values() {
        String[] copy = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i] == null ? "" : values[i];
        }
        return copy;
    }
}
