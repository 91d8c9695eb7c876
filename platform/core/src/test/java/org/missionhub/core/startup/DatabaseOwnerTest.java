package org.missionhub.core.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseOwnerTest {

  @TempDir Path directory;

  /** infra/kill-test.sh checks the effect: no acknowledged write lost when the server's process is killed. */
  @Test
  void anH2DatabaseWritesEachCommitToItsFileAtOnce() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:" + directory.resolve("missionhub") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    h2.setUser("missionhub");
    h2.setPassword("missionhub");
    DatabaseOwner owner = new DatabaseOwner();
    owner.owner = h2;
    assertThat(writeDelay(h2)).as("H2's default").isEqualTo("500");

    owner.makeCommitsDurable();

    // for as long as the server runs: H2 would forget the setting if the database closed and opened again
    assertThat(writeDelay(h2)).isEqualTo("0");
    assertThat(writeDelay(h2)).isEqualTo("0");
    owner.release();
  }

  private static String writeDelay(JdbcDataSource h2) throws SQLException {
    try (Connection connection = h2.getConnection();
        Statement statement = connection.createStatement();
        ResultSet setting = statement.executeQuery("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
      assertThat(setting.next()).isTrue();
      return setting.getString(1);
    }
  }
}
