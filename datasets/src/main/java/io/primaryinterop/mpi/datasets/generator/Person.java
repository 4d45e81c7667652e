package io.primaryinterop.mpi.datasets.generator;

import java.time.LocalDate;

/**
 * The true identity behind a group of records: the values as they really are, before any source writes them
 * down. Only the generator sees it; the records carry corrupted copies.
 *
 * @param personId     the ground-truth person id
 * @param sex          'M' or 'F'
 * @param houseNumber  street number
 * @param unit         apartment or unit, or null
 * @param phone        ten digits
 * @param email        address, or null (many people never give one)
 * @param nationalId   nine SSN-like digits
 */
public record Person(
        String personId,
        char sex,
        String givenName,
        String middleName,
        String familyName,
        LocalDate birthDate,
        int houseNumber,
        String street,
        StreetType streetType,
        String unit,
        Place place,
        String phone,
        String email,
        String nationalId) {

    public Person {
        if (personId == null || personId.isEmpty()) {
            throw new IllegalArgumentException("person id is required");
        }
        if (sex != 'M' && sex != 'F') {
            throw new IllegalArgumentException("sex must be M or F for person " + personId + ": " + sex);
        }
        if (phone == null || phone.length() != 10) {
            throw new IllegalArgumentException("phone must be 10 digits for person " + personId);
        }
        if (nationalId == null || nationalId.length() != 9) {
            throw new IllegalArgumentException("national id must be 9 digits for person " + personId);
        }
    }

    /** Same person living elsewhere (a twin's, a household member's values are built from it). */
    public Person withAddress(int newHouseNumber, String newStreet, StreetType newType, String newUnit, Place newPlace) {
        return new Person(personId, sex, givenName, middleName, familyName, birthDate, newHouseNumber, newStreet,
                newType, newUnit, newPlace, phone, email, nationalId);
    }
}
