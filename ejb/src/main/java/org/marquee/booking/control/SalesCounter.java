package org.marquee.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.marquee.platform.metrics.BusinessMetrics;

/** Counts each sale in the metrics once it has committed ({@code marquee_sales_total}). */
@ApplicationScoped
public class SalesCounter {

  @Inject BusinessMetrics metrics;

  void onSale(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderConfirmed sale) {
    metrics.sold(
        sale.order().channel().name().toLowerCase(Locale.ROOT), sale.order().tickets().size());
  }
}
