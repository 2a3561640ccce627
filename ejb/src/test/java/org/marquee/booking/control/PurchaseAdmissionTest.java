package org.marquee.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.marquee.booking.boundary.PurchasesBusyException;

class PurchaseAdmissionTest {

  @Test
  void admitsUpToItsLimitThenRefusesUntilAPlaceIsGivenBack() {
    PurchaseAdmission admission = new PurchaseAdmission(2, 0);
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
    PurchaseAdmission admission = new PurchaseAdmission(1, 2_000);
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
}
