package org.marquee.booking.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.marquee.booking.boundary.PurchasesBusyException;
import org.marquee.booking.boundary.TooManyPurchasesException;
import org.marquee.platform.Settings;
import org.marquee.platform.metrics.BusinessMetrics;

/**
 * Admission control for purchases, per node: at most {@code marquee.purchases.concurrent} of them
 * (four per core by default) are in progress at once, since each waits for the payment gateway and
 * a rush would otherwise occupy every thread of the server, the gateway's answers among them.
 *
 * <p>Purchases of the API wait for their turn in a queue without holding a request thread ({@link
 * #queue}): up to {@code marquee.purchases.queue} of them (1000), each for at most {@code
 * marquee.purchases.queue-wait-ms} (10 s), then run on the executor {@code
 * java:jboss/ee/concurrency/executor/purchases} (wildfly-config/55-purchases.cli). An opening
 * night's buyers are thus served in turn instead of turned away. A purchase that finds the queue
 * full is refused at once with a 503 and {@code Retry-After: 1}; one that waited too long, when its
 * turn comes; either way before it has claimed anything, so trying again is safe.
 *
 * <p>One account gets no more than a small share of the queue: at most {@code
 * marquee.purchases.per-account} (4) of its purchases wait or run at once on a node; more are
 * refused at once ({@link TooManyPurchasesException}, 429), so that one client cannot fill the
 * queue and keep everybody else waiting.
 *
 * <p>Purchases that hold a request thread (the web pages' checkout, the box office: {@link #enter})
 * wait at most {@code marquee.purchases.admission-wait-ms} (50 ms), and go before the queue when a
 * place frees up: they are few, and their thread serves others once they are done.
 *
 * <p>When the application stops (undeploy, shutdown), every purchase still waiting is answered with
 * a 503 and {@code Retry-After} ({@link #close}), and none starts any more: the waiting buyers
 * learn at once that they may send again, to another node.
 */
@ApplicationScoped
public class PurchaseAdmission {

  /** A place among the purchases in progress, given back by {@link #close()}. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  /** One purchase waiting for a place: {@link #start} once it has one, {@link #expire} if late. */
  private record Waiting(Runnable start, Runnable expire, long deadline) {}

  private static final Supplier<RuntimeException> BUSY = PurchasesBusyException::new;

  private final int limit;
  private final long waitMillis;
  private final int queueLimit;
  private final long queueWaitMillis;
  private final int perAccount;
  private final LongSupplier millis;
  private final Deque<Waiting> holdingThreads = new ArrayDeque<>();
  private final Deque<Waiting> queued = new ArrayDeque<>();
  private final Map<String, Integer> accounts = new HashMap<>();
  private int running;
  private boolean closed;

  @Resource(lookup = "java:jboss/ee/concurrency/executor/purchases")
  ManagedExecutorService managedExecutor;

  private Executor executor;

  @Inject BusinessMetrics metrics;

  @PostConstruct
  void measured() {
    metrics.gauge("marquee.purchases.running", () -> limit - available());
    metrics.gauge("marquee.purchases.waiting", this::waiting);
  }

  public PurchaseAdmission() {
    this(
        Settings.getInt(
            "marquee.purchases.concurrent", 4 * Runtime.getRuntime().availableProcessors()),
        Settings.getLong("marquee.purchases.admission-wait-ms", 50),
        Settings.getInt("marquee.purchases.queue", 1000),
        Settings.getLong("marquee.purchases.queue-wait-ms", 10_000),
        Settings.getInt("marquee.purchases.per-account", 4),
        null,
        System::currentTimeMillis);
  }

  PurchaseAdmission(
      int limit,
      long waitMillis,
      int queueLimit,
      long queueWaitMillis,
      int perAccount,
      Executor executor,
      LongSupplier millis) {
    this.limit = Math.max(1, limit);
    this.waitMillis = Math.max(0, waitMillis);
    this.queueLimit = Math.max(0, queueLimit);
    this.queueWaitMillis = Math.max(0, queueWaitMillis);
    this.perAccount = Math.max(1, perAccount);
    this.executor = executor;
    this.millis = millis;
  }

  /**
   * A place for one purchase on the caller's thread, or a {@link PurchasesBusyException} when none
   * frees up within the short wait.
   */
  public Permit enter() {
    CountDownLatch admitted = new CountDownLatch(1);
    Waiting me;
    synchronized (this) {
      if (closed) {
        throw new PurchasesBusyException();
      }
      if (running < limit && holdingThreads.isEmpty() && queued.isEmpty()) {
        running++;
        return this::release;
      }
      me = new Waiting(admitted::countDown, () -> {}, Long.MAX_VALUE);
      holdingThreads.add(me);
    }
    boolean inTime;
    try {
      inTime = admitted.await(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      inTime = false;
    }
    if (!inTime) {
      synchronized (this) {
        if (holdingThreads.remove(me)) {
          throw new PurchasesBusyException();
        }
      }
      // the place came as the wait ran out: it is ours
    }
    return this::release;
  }

  /**
   * Runs {@code purchase} of {@code account} once a place is free, on the purchases' executor,
   * without holding the caller's thread. Refused at once when the queue is full ({@link
   * PurchasesBusyException}) or the account has its share under way ({@link
   * TooManyPurchasesException}); the answer is a {@link PurchasesBusyException} too should the turn
   * come after the queue's wait, or the application stop first. A purchase whose turn comes too
   * late never runs.
   */
  public <T> CompletableFuture<T> queue(String account, Supplier<T> purchase) {
    CompletableFuture<T> answer = new CompletableFuture<>();
    long deadline = millis.getAsLong() + queueWaitMillis;
    Runnable start = () -> run(account, purchase, answer, deadline);
    synchronized (this) {
      if (closed) {
        throw new PurchasesBusyException();
      }
      int mine = accounts.getOrDefault(account, 0);
      if (mine >= perAccount) {
        throw new TooManyPurchasesException(perAccount);
      }
      if (running >= limit || !holdingThreads.isEmpty() || !queued.isEmpty()) {
        if (queued.size() >= queueLimit) {
          throw new PurchasesBusyException();
        }
        accounts.put(account, mine + 1);
        queued.add(
            new Waiting(
                start,
                () -> {
                  leave(account);
                  answer.completeExceptionally(BUSY.get());
                },
                deadline));
        return answer;
      }
      accounts.put(account, mine + 1);
      running++;
    }
    start.run();
    return answer;
  }

  /** On the executor: the purchase, then its place given back (or given back if it cannot run). */
  private <T> void run(
      String account, Supplier<T> purchase, CompletableFuture<T> answer, long deadline) {
    try {
      executor()
          .execute(
              () -> {
                try {
                  if (millis.getAsLong() > deadline || isClosed()) {
                    answer.completeExceptionally(BUSY.get()); // too late: nothing is touched
                  } else {
                    answer.complete(purchase.get());
                  }
                } catch (Throwable e) {
                  answer.completeExceptionally(e);
                } finally {
                  leave(account);
                  release();
                }
              });
    } catch (RejectedExecutionException e) {
      answer.completeExceptionally(BUSY.get());
      leave(account);
      release();
    }
  }

  private synchronized void leave(String account) {
    accounts.computeIfPresent(account, (name, count) -> count > 1 ? count - 1 : null);
  }

  private synchronized boolean isClosed() {
    return closed;
  }

  /** The backstop of {@link #close}, should the web module not have closed the queue. */
  @PreDestroy
  void closed() {
    close();
  }

  /**
   * The application stops: every purchase still waiting is answered busy (503, to be sent again),
   * and no purchase is admitted any more. Those already running finish. Returns how many were
   * answered. The web module calls it as it begins to stop (after {@link #stopAdmitting} and its
   * own answers: see {@code PurchaseQueueShutdown}).
   */
  public int close() {
    List<Waiting> waiting;
    synchronized (this) {
      closed = true;
      waiting = new ArrayList<>(queued);
      queued.clear();
    }
    waiting.forEach(w -> w.expire().run());
    return waiting.size();
  }

  /**
   * Admits no purchase any more, and starts none of those waiting, but leaves their answers to
   * {@link #close}: for a caller that answers them itself first.
   */
  public synchronized void stopAdmitting() {
    closed = true;
  }

  /** Gives a place back: to a waiting thread first, else to the next in the queue still in time. */
  private void release() {
    Waiting next;
    List<Waiting> late = new ArrayList<>();
    synchronized (this) {
      next = holdingThreads.poll();
      long now = millis.getAsLong();
      while (next == null && !queued.isEmpty()) {
        Waiting candidate = queued.poll();
        if (candidate.deadline() < now) {
          late.add(candidate);
        } else {
          next = candidate;
        }
      }
      if (next == null) {
        running--;
      }
    }
    late.forEach(waiting -> waiting.expire().run()); // outside the lock: answers are written
    if (next != null) {
      next.start().run(); // the place passes to it: running stays as it is
    }
  }

  private Executor executor() {
    if (executor == null) {
      executor = managedExecutor;
    }
    return executor;
  }

  /** How many purchases may be in progress at once. */
  public int limit() {
    return limit;
  }

  /** How many more could start now. */
  public synchronized int available() {
    return limit - running;
  }

  /** How many purchases wait in the queue. */
  public synchronized int waiting() {
    return queued.size();
  }
}
