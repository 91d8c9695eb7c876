package org.missionhub.core.mission.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionhub.core.testing.Fixtures.organisation;
import static org.missionhub.core.testing.Fixtures.tenant;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.missionhub.api.mission.MissionId;
import org.missionhub.api.mission.MissionPhase;
import org.missionhub.core.organisation.domain.Organisation;
import org.missionhub.core.shared.PageRequest;
import org.missionhub.core.testing.TestDatabase;
import org.missionhub.core.testing.TestDatabases;

/**
 * The mission list is the API's busiest read: its statements must bind their values, so that the database
 * (and the server's statement cache) prepares them once rather than parsing new SQL text for every
 * organisation and every request (docs/performance.md, "The API against the server's floor").
 */
class MissionListStatementsTest {

  @ParameterizedTest(name = "{0}")
  @ArgumentsSource(TestDatabases.class)
  void theListItsCountAndTheVisibilityCheckBindTheirValues(TestDatabase db) {
    Organisation org = organisation(db, "bind");
    EntityManager em = db.entityManager(tenant(org));
    Session session = JpaHelper.getEntityManager(em).getServerSession();
    SessionLog previous = session.getSessionLog();
    List<String> statements = new ArrayList<>();
    session.setSessionLog(new StatementLog(statements));
    MissionRepository repository = new MissionRepository();
    repository.em = em;
    try {
      repository.list(org.id(), MissionFilter.none(), PageRequest.first(20, new PageRequest.SortOrder("title", false)));
      repository.list(
          org.id(),
          new MissionFilter(Optional.of(MissionPhase.IN_PROGRESS), Optional.empty(), Optional.empty(), Optional.of("youth"), Optional.of(MissionFilter.Relation.PARTNER), false),
          PageRequest.first(20, new PageRequest.SortOrder("title", false)));
      repository.isVisibleTo(MissionId.random(), org.id());
      repository.takingPart(org.id());
    } finally {
      session.setSessionLog(previous);
      em.close();
    }
    // the SQL text, without the values EclipseLink logs after it ("bind => [...]")
    List<String> ours = statements.stream().filter(s -> s.contains("mission")).map(s -> s.split("\\s+bind => ")[0]).toList();
    assertThat(ours).hasSize(6);
    assertThat(ours).allSatisfy(sql -> assertThat(sql).contains("?").doesNotContain(org.id().toString()).doesNotContain("youth"));
  }

  /** Keeps the SQL statements EclipseLink logs; sessions of other tests may log into it too. */
  private static final class StatementLog extends AbstractSessionLog {
    private final List<String> statements;

    StatementLog(List<String> statements) {
      this.statements = statements;
      setLevel(SessionLog.OFF);
      setLevel(SessionLog.FINE, SessionLog.SQL);
    }

    @Override
    public synchronized void log(SessionLogEntry entry) {
      if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getMessage() != null) {
        statements.add(entry.getMessage());
      }
    }
  }
}
