package org.marquee.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.marquee.booking.boundary.PurchasesBusyException;
import org.marquee.booking.boundary.TooManyPurchasesException;

class PurchaseAdmissionTest {

  /** The executor's tasks, run by the test when it chooses. */
  private final Queue<Runnable> tasks = new ArrayDeque<>();

  private final AtomicLong clock = new AtomicLong(1_000);

  private PurchaseAdmission admission(int limit, long waitMillis, int queue, long queueWait) {
    return new PurchaseAdmission(limit, waitMillis, queue, queueWait, 100, tasks::add, clock::get);
  }

  @Test
  void admitsUpToItsLimitThenRefusesUntilAPlaceIsGivenBack() {
    PurchaseAdmission admission = admission(2, 0, 10, 1_000);
    PurchaseAdmission.Permit first = admission.enter();
    try (PurchaseAdmission.Permit second = admission.enter()) {
      assertEquals(0, admission.available());
      PurchasesBusyException busy = assertThrows(PurchasesBusyException.class, admission::enter);
      assertEquals(1, busy.retryAfterSeconds());
    }
    assertEquals(1, admission.available());
    first.close();
    try (PurchaseAdmission.Permit again = admission.enter()) {
      assertEquals(1, admission.available());
    }
    assertEquals(2, admission.limit());
  }

  @Test
  void aPurchaseWaitsBrieflyForAPlace() throws Exception {
    PurchaseAdmission admission = admission(1, 2_000, 10, 1_000);
    PurchaseAdmission.Permit held = admission.enter();
    Thread releaser =
        new Thread(
            () -> {
              try {
                Thread.sleep(100);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              held.close();
            });
    releaser.start();
    try (PurchaseAdmission.Permit admitted = admission.enter()) {
      assertEquals(0, admission.available());
    }
    releaser.join();
  }

  @Test
  void queuedPurchasesRunOneAfterTheOtherInTheirTurn() throws Exception {
    PurchaseAdmission admission = admission(1, 0, 10, 1_000);
    List<String> ran = new ArrayList<>();
    List<CompletableFuture<String>> answers = new ArrayList<>();
    for (String name : List.of("first", "second", "third")) {
      answers.add(
          admission.queue(
              "alice",
              () -> {
                ran.add(name);
                return name + " sold";
              }));
    }
    assertEquals(1, tasks.size(), "one place: one purchase handed to the executor");
    assertEquals(2, admission.waiting());
    assertThrows(PurchasesBusyException.class, admission::enter, "the queue goes first");
    while (!tasks.isEmpty()) {
      tasks.poll().run();
    }
    assertEquals(List.of("first", "second", "third"), ran);
    assertEquals("third sold", answers.get(2).get(0, TimeUnit.SECONDS));
    assertEquals(1, admission.available(), "every place given back");
  }

  @Test
  void aFullQueueRefusesAtOnce() {
    PurchaseAdmission admission = admission(1, 0, 1, 1_000);
    admission.queue("alice", () -> "running");
    admission.queue("alice", () -> "waiting");
    assertThrows(
        PurchasesBusyException.class, () -> admission.queue("alice", () -> "one too many"));
    assertEquals(1, admission.waiting());
  }

  @Test
  void aPurchaseWhoseTurnComesTooLateIsRefusedWithoutRunning() {
    PurchaseAdmission admission = admission(1, 0, 10, 500);
    admission.queue("alice", () -> "slow");
    List<String> ran = new ArrayList<>();
    CompletableFuture<String> late =
        admission.queue(
            "alice",
            () -> {
              ran.add("late");
              return "late";
            });
    clock.addAndGet(501);
    tasks.poll().run();
    assertTrue(tasks.isEmpty(), "nothing more handed to the executor");
    assertTrue(ran.isEmpty());
    ExecutionException refused = assertThrows(ExecutionException.class, late::get);
    assertInstanceOf(PurchasesBusyException.class, refused.getCause());
    assertEquals(1, admission.available());
  }

  @Test
  void aFailedPurchaseGivesItsPlaceBackAndAnswersWithItsFailure() {
    PurchaseAdmission admission = admission(1, 0, 10, 1_000);
    CompletableFuture<String> failed =
        admission.queue(
            "alice",
            () -> {
              throw new IllegalStateException("declined");
            });
    tasks.poll().run();
    ExecutionException answer = assertThrows(ExecutionException.class, failed::get);
    assertEquals("declined", answer.getCause().getMessage());
    assertEquals(1, admission.available());
  }

  @Test
  void aThreadWaitingForAPlaceGoesBeforeTheQueue() throws Exception {
    PurchaseAdmission admission = admission(1, 5_000, 10, 10_000);
    admission.queue("alice", () -> "running");
    CompletableFuture<String> queued = admission.queue("alice", () -> "queued");
    CompletableFuture<PurchaseAdmission.Permit> counter = new CompletableFuture<>();
    Thread clerk = new Thread(() -> counter.complete(admission.enter()));
    clerk.start();
    while (clerk.getState() != Thread.State.TIMED_WAITING) {
      Thread.sleep(5);
    }
    tasks.poll().run(); // "running" ends: its place goes to the clerk
    PurchaseAdmission.Permit permit = counter.get(5, TimeUnit.SECONDS);
    assertTrue(tasks.isEmpty());
    assertFalse(queued.isDone());
    permit.close(); // then to the queue
    tasks.poll().run();
    assertEquals("queued", queued.get(0, TimeUnit.SECONDS));
    clerk.join();
  }

  @Test
  void oneAccountGetsNoMoreThanItsShare() throws Exception {
    PurchaseAdmission admission =
        new PurchaseAdmission(1, 0, 100, 1_000, 2, tasks::add, clock::get);
    admission.queue("hoarder", () -> "running");
    admission.queue("hoarder", () -> "waiting");
    TooManyPurchasesException refused =
        assertThrows(
            TooManyPurchasesException.class, () -> admission.queue("hoarder", () -> "third"));
    assertEquals(1, refused.retryAfterSeconds());
    CompletableFuture<String> someoneElse = admission.queue("bob", () -> "bob's");
    assertEquals(2, admission.waiting(), "the hoarder's third took no place");
    tasks.poll().run(); // the hoarder's first is done: a place of the share is free again
    CompletableFuture<String> again = admission.queue("hoarder", () -> "again");
    while (!tasks.isEmpty()) {
      tasks.poll().run();
    }
    assertEquals("bob's", someoneElse.get(0, TimeUnit.SECONDS));
    assertEquals("again", again.get(0, TimeUnit.SECONDS));
  }

  @Test
  void closingAnswersEveryWaitingPurchaseBusyAndAdmitsNoMore() {
    PurchaseAdmission admission = admission(1, 0, 10, 1_000);
    admission.queue("alice", () -> "running");
    List<String> ran = new ArrayList<>();
    CompletableFuture<String> waiting =
        admission.queue(
            "bob",
            () -> {
              ran.add("bob");
              return "bob's";
            });
    admission.close();
    ExecutionException answer = assertThrows(ExecutionException.class, waiting::get);
    assertInstanceOf(PurchasesBusyException.class, answer.getCause());
    assertEquals(0, admission.waiting());
    assertThrows(PurchasesBusyException.class, () -> admission.queue("carol", () -> "late"));
    assertThrows(PurchasesBusyException.class, admission::enter);
    tasks.poll().run(); // the running one was handed over before: it finishes
    assertTrue(tasks.isEmpty());
    assertTrue(ran.isEmpty(), "no waiting purchase ran");
  }

  @Test
  void aPurchaseThatReachesTheExecutorAfterItsDeadlineNeverRuns() {
    PurchaseAdmission admission = admission(2, 0, 10, 500);
    List<String> ran = new ArrayList<>();
    CompletableFuture<String> stale =
        admission.queue(
            "alice",
            () -> {
              ran.add("stale");
              return "stale";
            });
    clock.addAndGet(501); // the executor was slow to start it
    tasks.poll().run();
    assertTrue(ran.isEmpty());
    ExecutionException refused = assertThrows(ExecutionException.class, stale::get);
    assertInstanceOf(PurchasesBusyException.class, refused.getCause());
    assertEquals(2, admission.available());
  }

  @Test
  void afterItStopsAdmittingNoWaitingPurchaseStartsEvenWhenAPlaceFreesUp() {
    PurchaseAdmission admission = admission(1, 0, 10, 1_000);
    admission.queue("alice", () -> "running");
    List<String> ran = new ArrayList<>();
    CompletableFuture<String> waiting =
        admission.queue(
            "bob",
            () -> {
              ran.add("bob");
              return "bob's";
            });
    admission.stopAdmitting();
    assertFalse(waiting.isDone(), "its answer is the caller's to give first");
    tasks.poll().run(); // the running one ends: its place would go to bob's
    while (!tasks.isEmpty()) {
      tasks.poll().run();
    }
    assertTrue(ran.isEmpty(), "bob's never started");
    assertTrue(waiting.isCompletedExceptionally());
    assertEquals(0, admission.close());
  }
}
