package io.primaryinterop.mpi.service.security;

import java.util.List;

/**
 * The service's roles, as they appear in a token's {@code roles} claim and in {@code @Secured}.
 * A token may carry several; no role implies another.
 */
public final class Roles {

    /** Systems that send records: ingest and read-only match. */
    public static final String GATEWAY = "gateway";
    /** Data stewards: reviews, merge, unmerge, manual links, reads of records and persons, the audit trail. */
    public static final String STEWARD = "steward";
    /** Operators: model versions, rules, jobs, metrics. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(GATEWAY, STEWARD, ADMIN);

    private Roles() {
    }

    /** The role as written, or an {@link IllegalArgumentException} naming the known roles. */
    public static String require(String role) {
        if (!ALL.contains(role)) {
            throw new IllegalArgumentException("unknown role '" + role + "': the roles are " + String.join(", ", ALL));
        }
        return role;
    }
}
