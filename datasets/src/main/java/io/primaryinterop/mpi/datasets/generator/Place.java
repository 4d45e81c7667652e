package io.primaryinterop.mpi.datasets.generator;

/** A US place: a ZIP code with its city and state, and a telephone area code used there. */
public record Place(String zip, String city, String state, String areaCode) {
    public Place {
        if (zip == null || !zip.matches("\\d{5}")) {
            throw new IllegalArgumentException("ZIP code must be 5 digits: '" + zip + "' (" + city + ", " + state + ")");
        }
        if (city == null || city.isBlank() || state == null || !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("place needs a city and a 2-letter state: " + zip + ", " + city + ", " + state);
        }
        if (areaCode != null && !areaCode.matches("[2-9]\\d\\d")) {
            throw new IllegalArgumentException("area code must be 3 digits starting 2-9: '" + areaCode + "' (" + zip + ")");
        }
    }
}
