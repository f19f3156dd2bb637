package dev.marquee.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.bootstrap.Marquee.RunningMarquee;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A server starts on a database whose migration takes longer than the pool's socket timeout (V8
 * took nearly 5 minutes on a million movies, against 15 s): migrations wait for their answer,
 * requests afterwards still time out as configured.
 */
class LongMigrationTest {

    @Test
    void aMigrationLongerThanTheSocketTimeoutCompletesAndTheServerServes() throws SQLException {
        try (RunningMarquee instance =
                TestMarquee.start(
                        TestMarquee.freshDataDirectory(),
                        Map.of(
                                "datasources.default.data-source-properties.socketTimeout",
                                "1",
                                "flyway.datasources.default.locations",
                                "classpath:db/migration,classpath:db/slow-migration"))) {
            Api api =
                    new Api(
                            TestMarquee.baseUrl(instance),
                            instance.context().getBean(JsonMapper.class));

            assertThat(api.get("/api/v1/genres").status()).isEqualTo(200);
            assertThat(api.get("/health").status()).isEqualTo(200);
            assertThat(appliedVersions(instance.context().getBean(DataSource.class)))
                    .contains("1000");
        }
    }

    private static List<String> appliedVersions(DataSource dataSource) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection =
                        DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                Statement statement = connection.createStatement();
                ResultSet applied =
                        statement.executeQuery(
                                "select version from flyway_schema_history where success")) {
            while (applied.next()) {
                versions.add(applied.getString(1));
            }
        }
        return versions;
    }
}
