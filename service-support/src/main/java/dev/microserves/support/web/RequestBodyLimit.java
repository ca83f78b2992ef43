package dev.microserves.support.web;

import dev.microserves.support.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses request bodies above {@code microserves.http.max-body-bytes} (default 1 MiB) with a 413
 * problem: at once when Content-Length says so, or as soon as a chunked body passes the limit.
 */
@Provider
public class RequestBodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    private final long maxBytes = ConfigProvider.getConfig()
            .getOptionalValue("microserves.http.max-body-bytes", Long.class).orElse(1_048_576L);

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new LimitedInputStream(context.getInputStream(), maxBytes));
        return context.proceed();
    }

    private ProblemException tooLarge() {
        return new ProblemException(413, "payload-too-large", "Payload too large",
                "The request body is larger than " + maxBytes + " bytes.");
    }

    private final class LimitedInputStream extends FilterInputStream {
        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --remaining < 0) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                remaining -= n;
                if (remaining < 0) {
                    throw tooLarge();
                }
            }
            return n;
        }
    }
}
