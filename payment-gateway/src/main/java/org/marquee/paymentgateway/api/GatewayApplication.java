package org.marquee.paymentgateway.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The processor's API, version 1: {@code /payment-gateway/v1}. */
@ApplicationPath("/v1")
public class GatewayApplication extends Application {}
