package org.marquee.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The HTTP API of ../shared/API.md, version 1. */
@ApplicationPath("/api/v1")
public class ApiApplication extends Application {}
