package org.missionhub.core.web;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Optional;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/**
 * Recognises database failures that are the client's concern: a concurrent update (optimistic lock) and a
 * uniqueness clash that slipped past the services' own checks (two requests racing), and a statement the
 * database stopped at the data source's statement timeout (503, try again later). Everything else is an
 * internal error.
 */
final class PersistenceFailures {

  private static final String UNIQUE_VIOLATION = "23505";
  /** PostgreSQL's and H2's "statement cancelled" (the data source's statement timeout). */
  private static final String QUERY_CANCELED = "57014";

  private PersistenceFailures() {}

  static Optional<ApplicationException> classify(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ApplicationException application) {
        return Optional.of(application);
      }
      if (t instanceof OptimisticLockException
          || t.getClass().getName().endsWith("OptimisticLockException")) {
        return Optional.of(ApplicationException.staleVersion("This record"));
      }
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return Optional.of(
            new ApplicationException(
                ProblemKind.CONFLICT, "Another request created the same record at the same time"));
      }
      if (t instanceof SQLTimeoutException || (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState()))) {
        return Optional.of(
            new ApplicationException(
                ProblemKind.TOO_SLOW, "The database work of this request took longer than allowed and was stopped; nothing was changed"));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
