package nl.talentcharter.servicekit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.talentcharter.servicekit.problem.ProblemResponseWriter;
import nl.talentcharter.servicekit.problem.ProblemTypes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 from the filter chain (e.g. {@code /admin/**} without the operator role) as a problem. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
    private final ProblemResponseWriter writer;

    ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        bearer.handle(request, response, exception);
        writer.write(request, response, HttpServletResponse.SC_FORBIDDEN, ProblemTypes.ACCESS_DENIED,
                "You are not allowed to do this");
    }
}
