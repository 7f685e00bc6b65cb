package nl.talentcharter.servicekit.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the caller should see as an RFC 9457 problem, raised from application code without any Spring
 * type: the kit's advice turns it into {@code application/problem+json} with
 * {@code type = https://talentcharter.nl/problems/<slug>}.
 *
 * <p>Domain code stays free of this class too: a service maps its domain exceptions in its own advice
 * with {@link Problems}, or translates them into a {@code ProblemException} in its application layer.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(int status, String slug, String detail) {
        this(status, slug, ProblemTypes.title(slug), detail, null);
    }

    public ProblemException(int status, String slug, String title, String detail, Throwable cause) {
        super(detail, cause);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("A problem has an error status (4xx or 5xx), not " + status);
        }
        this.status = status;
        this.slug = ProblemTypes.requireSlug(slug);
        this.title = title;
    }

    /** 400: the request itself is wrong (beyond what bean validation already rejects). */
    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(400, slug, detail);
    }

    /** 404: the addressed resource does not exist (or the caller may not know it exists). */
    public static ProblemException notFound(String slug, String detail) {
        return new ProblemException(404, slug, detail);
    }

    /** 409: the request conflicts with the resource's current state. */
    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, detail);
    }

    /** 422: well-formed and valid in shape, but a business rule says no. */
    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, detail);
    }

    /** Adds an extension member to the problem body (e.g. {@code memberId}). */
    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }
}
