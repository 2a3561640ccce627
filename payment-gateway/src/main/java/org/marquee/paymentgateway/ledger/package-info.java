/**
 * The simulated card processor's business: its card vault, its ledger of charges under the caller's
 * idempotency keys, and the rules by which it approves or declines a test card. Nothing here knows
 * Marquee; Marquee knows this only as an HTTP API.
 */
package org.marquee.paymentgateway.ledger;
