package org.marquee.platform;

import java.sql.SQLException;

/**
 * Recognises which database constraint refused a write. The schema is the last line of defence
 * against races the application's own checks cannot see (two administrators scheduling the same
 * auditorium at once); a use case turns such a refusal into its business exception.
 */
public final class Constraints {

  private Constraints() {}

  /** Whether {@code failure} was caused by the database refusing {@code constraint}. */
  public static boolean violated(Throwable failure, String constraint) {
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")
          && String.valueOf(sql.getMessage()).contains(constraint)) {
        return true;
      }
    }
    return false;
  }
}
