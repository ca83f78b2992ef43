package dev.microserves.support.problem;

import dev.microserves.support.web.TraceContext;
import jakarta.ws.rs.core.UriInfo;

/** The {@code instance} member of a problem: the path the client asked for. */
final class Instances {

    private Instances() {
    }

    static String of(UriInfo uriInfo) {
        try {
            return uriInfo == null ? TraceContext.currentRequestPath() : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException outsideARequest) {
            return TraceContext.currentRequestPath();
        }
    }
}
