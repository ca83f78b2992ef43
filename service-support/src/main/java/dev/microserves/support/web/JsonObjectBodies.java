package dev.microserves.support.web;

import dev.microserves.support.problem.ProblemException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;

/**
 * Every body this API reads is a JSON object. JSON-B would read {@code [{...}]} as its first
 * element and act on it; such a body is refused as malformed instead.
 */
@Provider
public class JsonObjectBodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
        int first = body.read();
        while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
            first = body.read();
        }
        if (first != -1) {
            if (first != '{' && first != 'n') {
                throw new ProblemException(400, "malformed-json", "Malformed JSON",
                        "The request body must be a JSON object.");
            }
            body.unread(first);
        }
        context.setInputStream(body);
        return context.proceed();
    }
}
