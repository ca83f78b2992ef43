package dev.microserves.support.problem;

import jakarta.ws.rs.core.UriInfo;

/** The {@code instance} member of a problem: the path the client asked for. */
final class Instances {

    private Instances() {
    }

    static String of(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : "/" + uriInfo.getPath().replaceFirst("^/", "");
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }
}
