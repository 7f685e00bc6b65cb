package nl.talentcharter.servicekit.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.talentcharter.servicekit.problem.ProblemResponseWriter;
import nl.talentcharter.servicekit.problem.ProblemTypes;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as a problem. The bearer entry point sets the RFC 6750 {@code WWW-Authenticate} header (with
 * {@code error="invalid_token"} when a token was sent but rejected); this adds the body.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final ProblemResponseWriter writer;

    ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        bearer.commence(request, response, exception);
        if (exception instanceof InvalidBearerTokenException) {
            writer.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, ProblemTypes.INVALID_TOKEN,
                    "The bearer token is not valid (expired, not yet valid or not signed by a trusted issuer)");
        } else {
            writer.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                    "This request needs a bearer token");
        }
    }
}
