package org.marquee.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The HTTP API of ../shared/API.md, version 1. Its OpenAPI document is generated from these
 * resources when the EAR deploys and served at /openapi (wildfly-config/53-openapi.cli).
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Marquee",
            version = "1",
            description =
                "Cinema ticketing: the catalog, seat maps, holds, orders and tickets, the box"
                    + " office and the programme's administration. Errors are RFC 9457 problem"
                    + " details; see src-docs/api.md."))
@SecurityScheme(
    securitySchemeName = "basic",
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "An account's email and password")
public class ApiApplication extends Application {}
