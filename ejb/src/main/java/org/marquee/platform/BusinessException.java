package org.marquee.platform;

import jakarta.ejb.ApplicationException;

/**
 * The root of every refusal a use case can answer with: unchecked, rolls the transaction back, and
 * reaches the caller as itself (never wrapped in an EJBException). Its kinds tell the web layer how
 * to answer; the subclasses say what went wrong.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected BusinessException(String message) {
    super(message);
  }

  /** The request itself is wrong: it can never succeed as it stands. */
  public abstract static class Invalid extends BusinessException {
    private static final long serialVersionUID = 1L;

    protected Invalid(String message) {
      super(message);
    }
  }

  /** What the request names does not exist (or is not the caller's to see). */
  public abstract static class NotFound extends BusinessException {
    private static final long serialVersionUID = 1L;

    protected NotFound(String message) {
      super(message);
    }
  }

  /** A service the request depends on is not available; trying later may succeed. */
  public abstract static class Unavailable extends BusinessException {
    private static final long serialVersionUID = 1L;

    protected Unavailable(String message) {
      super(message);
    }

    /** How long a caller should wait before trying again (the {@code Retry-After} header). */
    public int retryAfterSeconds() {
      return 10;
    }
  }

  /** The request clashes with the current state of things. */
  public abstract static class Conflict extends BusinessException {
    private static final long serialVersionUID = 1L;

    protected Conflict(String message) {
      super(message);
    }
  }

  /** A payment was refused by the card's issuer; nothing was charged. */
  public abstract static class Declined extends BusinessException {
    private static final long serialVersionUID = 1L;

    protected Declined(String message) {
      super(message);
    }
  }

  /** The request is well-formed but contradicts an earlier one (an idempotency key reused). */
  public abstract static class Unprocessable extends BusinessException {
    private static final long serialVersionUID = 1L;

    protected Unprocessable(String message) {
      super(message);
    }
  }

  /**
   * The caller sends more than its share at once (too many purchases at the same moment): trying
   * again shortly may succeed.
   */
  public abstract static class TooMany extends BusinessException {
    private static final long serialVersionUID = 1L;

    protected TooMany(String message) {
      super(message);
    }

    /** How long a caller should wait before trying again (the {@code Retry-After} header). */
    public int retryAfterSeconds() {
      return 1;
    }
  }

  /** What the request names existed but is gone for good (a ticket expired or cancelled). */
  public abstract static class Gone extends BusinessException {
    private static final long serialVersionUID = 1L;

    protected Gone(String message) {
      super(message);
    }
  }
}
