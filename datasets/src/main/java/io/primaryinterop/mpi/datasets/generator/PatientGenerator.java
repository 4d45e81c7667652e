package io.primaryinterop.mpi.datasets.generator;

import io.primaryinterop.mpi.datasets.generator.corruption.Corruptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes synthetic patients and their records, person by person, streaming them to a sink: a person is drawn
 * (names that fit sex and birth decade, a consistent US address and phone), sometimes with a hard negative
 * beside it (twin, junior/senior, household member, same-name stranger); each person gets one record or,
 * for a share of persons, a long-tailed number of records from several sources, each written in its source's
 * style and hit by the profile's corruptions. Same seed, same output: every random choice comes from the one
 * {@link SplittableRandom}.
 */
public final class PatientGenerator {

    /** Ages are counted from a fixed date, not today, so that a seed gives the same data every year. */
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 7, 1);
    private static final String[] EMAIL_DOMAINS = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com",
            "icloud.com", "comcast.net", "att.net", "protonmail.com"};
    private static final double[] EMAIL_WEIGHTS = {40, 15, 10, 10, 5, 8, 4, 3, 1};
    /** Share of records' extra copies: given a duplicate, the chance of one more record (long tail). */
    private static final double TAIL_CONTINUE = 0.45;

    private final GeneratorConfig config;
    private final SplittableRandom random;
    private final WeightedChoice<SourceStyle> sources;
    private final Corruption[] corruptions;
    private final double[] corruptionRates;
    private final SameGivenName sameGivenName;
    private final WeightedChoice<String> emailDomains = WeightedChoice.of(List.of(EMAIL_DOMAINS), EMAIL_WEIGHTS);
    private long nextPerson;
    private final long firstPerson;

    public PatientGenerator(GeneratorConfig config, SplittableRandom random) {
        this(config, random, 0);
    }

    /**
     * A generator whose person ids start after {@code firstPerson} (P(firstPerson+1), ...): one chunk of a data set
     * generated in parallel.
     */
    public PatientGenerator(GeneratorConfig config, SplittableRandom random, long firstPerson) {
        if (firstPerson < 0) {
            throw new IllegalArgumentException("first person must be >= 0: " + firstPerson);
        }
        this.config = config;
        this.random = random;
        this.firstPerson = firstPerson;
        this.sameGivenName = new SameGivenName(config.tables().nicknames());
        this.sources = WeightedChoice.of(config.sources(),
                config.sources().stream().mapToDouble(SourceStyle::weight).toArray());
        Map<String, Corruption> registry = Corruptions.standard(config.tables());
        List<Corruption> active = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        registry.forEach((name, corruption) -> {
            double rate = config.profile().corruptionRates().get(name);
            if (rate > 0) {
                active.add(corruption);
                rates.add(rate);
            }
        });
        this.corruptions = active.toArray(Corruption[]::new);
        this.corruptionRates = rates.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Counts of what was generated. */
    public record Summary(long persons, long records, long truePairs, Map<HardNegativeKind, Long> hardNegatives) {
    }

    /** Generates every person and record into the sink. */
    public Summary generate(GenerationSink sink) {
        Counter counter = new Counter();
        HardNegativeRates hard = config.profile().hardNegatives();
        while (nextPerson < config.persons()) {
            Person primary = newPerson();
            emit(primary, sink, counter);
            if (random.nextDouble() < hard.twin()) {
                related(primary, twinOf(primary), HardNegativeKind.TWIN, sink, counter);
            }
            if (random.nextDouble() < hard.juniorSenior()) {
                Person other = juniorOrSeniorOf(primary);
                if (other != null) {
                    related(primary, other, HardNegativeKind.JUNIOR_SENIOR, sink, counter);
                }
            }
            if (random.nextDouble() < hard.household()) {
                related(primary, householdMemberOf(primary), HardNegativeKind.HOUSEHOLD, sink, counter);
            }
            if (random.nextDouble() < hard.sameName()) {
                related(primary, sameNameStrangerOf(primary), HardNegativeKind.SAME_NAME, sink, counter);
            }
        }
        return new Summary(counter.persons, counter.records, counter.truePairs, Map.copyOf(counter.hard));
    }

    private static final class Counter {
        long persons;
        long records;
        long truePairs;
        final Map<HardNegativeKind, Long> hard = new EnumMap<>(HardNegativeKind.class);
    }

    private void related(Person primary, Person other, HardNegativeKind kind, GenerationSink sink, Counter counter) {
        if (nextPerson > config.persons()) {
            return; // the person count is exact: no relative beyond it
        }
        emit(other, sink, counter);
        sink.hardNegative(primary.personId(), other.personId(), kind);
        counter.hard.merge(kind, 1L, Long::sum);
    }

    private void emit(Person person, GenerationSink sink, Counter counter) {
        int records = recordCount();
        double missingScale = config.profile().missingScale();
        for (int i = 0; i < records; i++) {
            RecordDraft draft = sources.draw(random).write(person, missingScale, random);
            for (int c = 0; c < corruptions.length; c++) {
                if (random.nextDouble() < corruptionRates[c]) {
                    corruptions[c].apply(draft, random);
                }
            }
            sink.record(draft);
        }
        counter.persons++;
        counter.records += records;
        counter.truePairs += (long) records * (records - 1) / 2;
    }

    private int recordCount() {
        Profile profile = config.profile();
        if (random.nextDouble() >= profile.duplicateShare()) {
            return 1;
        }
        int count = 2;
        while (count < profile.maxRecordsPerPerson() && random.nextDouble() < TAIL_CONTINUE) {
            count++;
        }
        return count;
    }

    // ---- persons ----

    private String nextPersonId() {
        return "P" + pad(firstPerson + ++nextPerson, 9);
    }

    Person newPerson() {
        char sex = random.nextBoolean() ? 'M' : 'F';
        LocalDate birth = birthDate();
        return newPerson(sex, birth, givenName(sex, birth.getYear(), null), familyName());
    }

    private Person newPerson(char sex, LocalDate birth, String given, String family) {
        GeneratorTables tables = config.tables();
        Place place = tables.places().draw(random);
        return new Person(nextPersonId(), sex, given, middleName(sex, birth.getYear(), given), family, birth,
                houseNumber(), tables.streets().draw(random), tables.streetTypes().draw(random), unit(), place,
                phone(place), email(given, family), nationalId());
    }

    private Person twinOf(Person p) {
        char sex = random.nextBoolean() ? 'M' : 'F';
        String given = givenName(sex, p.birthDate().getYear(), p.givenName());
        return new Person(nextPersonId(), sex, given, middleName(sex, p.birthDate().getYear(), given), p.familyName(),
                p.birthDate(), p.houseNumber(), p.street(), p.streetType(), p.unit(), p.place(), p.phone(),
                email(given, p.familyName()), nationalId());
    }

    /** Same name and address, 20-40 years older or younger (whichever stays in a plausible range); null if neither. */
    private Person juniorOrSeniorOf(Person p) {
        int gap = 20 + random.nextInt(21);
        int year = p.birthDate().getYear();
        boolean canBeSenior = year - gap >= 1925;
        boolean canBeJunior = year + gap <= REFERENCE_DATE.getYear() - 1;
        if (!canBeSenior && !canBeJunior) {
            return null;
        }
        int otherYear = canBeSenior && (!canBeJunior || random.nextBoolean()) ? year - gap : year + gap;
        LocalDate birth = LocalDate.ofYearDay(otherYear, 1 + random.nextInt(365));
        String middle = random.nextDouble() < 0.6 ? p.middleName() : middleName(p.sex(), otherYear, p.givenName());
        return new Person(nextPersonId(), p.sex(), p.givenName(), middle, p.familyName(), birth, p.houseNumber(),
                p.street(), p.streetType(), p.unit(), p.place(), p.phone(), email(p.givenName(), p.familyName()),
                nationalId());
    }

    /** A spouse (adults) or a parent (minors): same address and phone, usually the same family name. */
    private Person householdMemberOf(Person p) {
        int year = p.birthDate().getYear();
        boolean adult = REFERENCE_DATE.getYear() - year >= 20;
        char sex = adult ? (p.sex() == 'M' ? 'F' : 'M') : (random.nextBoolean() ? 'M' : 'F');
        int otherYear = adult ? year - 6 + random.nextInt(13) : year - 22 - random.nextInt(18);
        LocalDate birth = LocalDate.ofYearDay(otherYear, 1 + random.nextInt(365));
        String given = givenName(sex, otherYear, p.givenName());
        String family = random.nextDouble() < 0.75 ? p.familyName() : familyName();
        return new Person(nextPersonId(), sex, given, middleName(sex, otherYear, given), family, birth, p.houseNumber(),
                p.street(), p.streetType(), p.unit(), p.place(), p.phone(), email(given, family), nationalId());
    }

    private Person sameNameStrangerOf(Person p) {
        return newPerson(p.sex(), birthDate(), p.givenName(), p.familyName());
    }

    // ---- values ----

    private LocalDate birthDate() {
        // ages as in a patient population: children, a wide adult middle, fewer of the very old
        double band = random.nextDouble();
        int age = band < 0.2 ? random.nextInt(18)
                : band < 0.55 ? 18 + random.nextInt(27)
                : band < 0.82 ? 45 + random.nextInt(20)
                : 65 + random.nextInt(31);
        return REFERENCE_DATE.minusYears(age).minusDays(1 + random.nextInt(365));
    }

    /** A given name that is not the same name as {@code differentFrom} (nor its nickname or other spelling). */
    private String givenName(char sex, int year, String differentFrom) {
        String name = config.tables().givenNames().draw(sex, year, random);
        for (int attempt = 0; attempt < 8 && sameGivenName.test(name, differentFrom); attempt++) {
            name = config.tables().givenNames().draw(sex, year, random);
        }
        return name;
    }

    private String middleName(char sex, int year, String given) {
        return random.nextDouble() < 0.75 ? givenName(sex, year, given) : null;
    }

    private String familyName() {
        String family = config.tables().surnames().draw(random);
        if (random.nextDouble() < config.profile().hyphenatedShare()) {
            String second = config.tables().surnames().draw(random);
            if (!second.equals(family)) {
                family = family + "-" + second;
            }
        }
        return family;
    }

    private int houseNumber() {
        // log-uniform: many small house numbers, a few five-digit ones
        return (int) Math.exp(random.nextDouble() * Math.log(20000)) + 1;
    }

    private String unit() {
        if (random.nextDouble() >= 0.15) {
            return null;
        }
        int number = 1 + random.nextInt(random.nextBoolean() ? 20 : 400);
        return random.nextDouble() < 0.8 ? "Apt " + number : "Unit " + number + (char) ('A' + random.nextInt(4));
    }

    private String phone(Place place) {
        String area = place.areaCode() != null ? place.areaCode() : String.valueOf(201 + random.nextInt(789));
        return area + (200 + random.nextInt(800)) + pad(random.nextInt(10000), 4);
    }

    private String email(String given, String family) {
        if (random.nextDouble() >= 0.7) {
            return null;
        }
        String g = lettersOnly(given);
        String f = lettersOnly(family);
        String domain = emailDomains.draw(random);
        return switch (random.nextInt(4)) {
            case 0 -> g + "." + f + "@" + domain;
            case 1 -> g + f + (random.nextInt(99) + 1) + "@" + domain;
            case 2 -> g.charAt(0) + f + "@" + domain;
            default -> f + "." + g + (1950 + random.nextInt(70)) + "@" + domain;
        };
    }

    private String nationalId() {
        int area = 1 + random.nextInt(899);
        if (area == 666) {
            area = 667;
        }
        return pad(area, 3) + pad(1 + random.nextInt(99), 2) + pad(1 + random.nextInt(9999), 4);
    }

    private static String lettersOnly(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.length() == 0 ? "x" : sb.toString().toLowerCase(Locale.ROOT);
    }

    static String pad(long value, int width) {
        String digits = Long.toString(value);
        if (digits.length() >= width) {
            return digits;
        }
        return "0".repeat(width - digits.length()) + digits;
    }
}
