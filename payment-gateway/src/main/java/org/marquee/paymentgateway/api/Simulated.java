package org.marquee.paymentgateway.api;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The processor's business resources, which {@link SimulatedFaults} makes slow or failing. */
@NameBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Simulated {}
