/**
 * The simulated processor's HTTP API under {@code /payment-gateway/v1}: tokens, charges, refunds,
 * and the switch that makes it slow or failing on purpose. Errors are {@code {"error": code}}, as
 * card processors answer, not Marquee's problem details.
 */
package org.marquee.paymentgateway.api;
