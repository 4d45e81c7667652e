package io.primaryinterop.mpi.service.store;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.tools.jdbc.JDBCUtils;

/** One {@link DSLContext} over Micronaut's pooled {@link DataSource}; the dialect comes from the database itself. */
@Factory
final class JooqFactory {

    @Singleton
    DSLContext dslContext(DataSource dataSource) {
        return DSL.using(new DataSourceConnectionProvider(dataSource), dialectOf(dataSource), settings());
    }

    /** Names unquoted, no schema: the same SQL for H2 (MariaDB mode, lower-case names) and MariaDB. */
    static Settings settings() {
        return new Settings()
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withRenderSchema(false)
                .withExecuteLogging(false);
    }

    static SQLDialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            SQLDialect dialect = JDBCUtils.dialect(connection);
            if (dialect != SQLDialect.H2 && dialect != SQLDialect.MARIADB && dialect != SQLDialect.MYSQL) {
                throw new IllegalStateException("unsupported database for the MPI store: " + dialect);
            }
            return dialect == SQLDialect.MYSQL ? SQLDialect.MARIADB : dialect;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the MPI store to detect its dialect", e);
        }
    }
}
