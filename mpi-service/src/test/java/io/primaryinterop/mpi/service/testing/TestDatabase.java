package io.primaryinterop.mpi.service.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/** A fresh, empty database for one test class: H2 in memory, or a new database on the local MariaDB. */
public final class TestDatabase implements AutoCloseable {

    public static final String MARIADB_SERVER = "jdbc:mariadb://127.0.0.1:3306/";
    public static final String REQUIRE_MARIADB = "MPI_REQUIRE_MARIADB";

    private final String url;
    private final String user;
    private final String dropName;

    private TestDatabase(String url, String user, String dropName) {
        this.url = url;
        this.user = user;
        this.dropName = dropName;
    }

    public static TestDatabase h2() {
        return new TestDatabase("jdbc:h2:mem:mpi-" + UUID.randomUUID()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", null);
    }

    /**
     * A new database {@code mpi_test_<random>} on MariaDB at 127.0.0.1:3306 (root, empty password).
     * Without a server the test is skipped with a message, unless MPI_REQUIRE_MARIADB=1 makes that a failure.
     */
    public static TestDatabase mariaDb() {
        requireMariaDb();
        String name = "mpi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(MARIADB_SERVER, "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new TestDatabase(MARIADB_SERVER + name, "root", name);
    }

    public static boolean mariaDbReachable() {
        try (Connection c = DriverManager.getConnection(MARIADB_SERVER + "?connectTimeout=2000", "root", "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    public static void requireMariaDb() {
        if (mariaDbReachable()) {
            return;
        }
        String message = "MariaDB is not reachable at 127.0.0.1:3306 (root, empty password)";
        if ("1".equals(System.getenv(REQUIRE_MARIADB))) {
            throw new IllegalStateException(message + " and " + REQUIRE_MARIADB + "=1 requires it");
        }
        Assumptions.abort(message + ": MariaDB tests skipped (set " + REQUIRE_MARIADB + "=1 to make this a failure)");
    }

    public boolean isMariaDb() {
        return dropName != null;
    }

    /** Properties that point a service at this database. */
    public Map<String, Object> properties() {
        return Map.of("datasources.default.url", url, "datasources.default.username", user,
                "datasources.default.password", "");
    }

    @Override
    public void close() {
        if (dropName == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(MARIADB_SERVER, "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + dropName);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test database " + dropName, e);
        }
    }
}
