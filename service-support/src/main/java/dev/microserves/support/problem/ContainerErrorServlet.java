package dev.microserves.support.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of every service (declared in service-support's {@code web-fragment.xml}): what
 * the web container refuses before any resource runs (a path with an encoded slash, say) is
 * answered as problem+json like every other error, never with the container's own page, which
 * shows an exception and the container's class names. The exception goes to the log.
 */
@WebServlet(name = "microserves-container-errors", urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/container-error";
    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c && c >= 400 ? c : 404;
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Throwable t) {
            LOG.log(status >= 500 ? Level.WARNING : Level.FINE, "The web container refused a request", t);
        }
        String body = ProblemResponses.body(WebApplicationExceptionMapper.forStatus(status), null);
        response.setStatus(status);
        response.setContentType(ProblemResponses.PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}
