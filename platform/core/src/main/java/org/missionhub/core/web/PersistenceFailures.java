package org.missionhub.core.web;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Optional;
import org.missionhub.core.shared.ApplicationException;
import org.missionhub.core.shared.ProblemKind;

/**
 * Recognises database failures that are the client's concern: a concurrent update (optimistic lock) and a
 * uniqueness clash that slipped past the services' own checks (two requests racing). Everything else is an
 * internal error.
 */
final class PersistenceFailures {

  private static final String UNIQUE_VIOLATION = "23505";

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
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
