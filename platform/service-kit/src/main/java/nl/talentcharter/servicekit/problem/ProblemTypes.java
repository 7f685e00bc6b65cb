package nl.talentcharter.servicekit.problem;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The platform's problem {@code type} URIs ({@code https://talentcharter.nl/problems/<slug>}) and the titles
 * that go with them. Plain Java on purpose: application code names problems without touching Spring.
 */
public final class ProblemTypes {

    public static final String BASE = "https://talentcharter.nl/problems/";

    public static final String VALIDATION_FAILED = "validation-failed";
    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String MISSING_PARAMETER = "missing-parameter";
    public static final String INVALID_PARAMETER = "invalid-parameter";
    public static final String NOT_FOUND = "not-found";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String CONCURRENT_MODIFICATION = "concurrent-modification";
    public static final String DUPLICATE = "duplicate";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String INVALID_TOKEN = "invalid-token";
    public static final String ACCESS_DENIED = "access-denied";
    public static final String INTERNAL_ERROR = "internal-error";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ProblemTypes() {
    }

    /** The type URI of a slug such as {@code member-not-found}. */
    public static URI uri(String slug) {
        return URI.create(BASE + requireSlug(slug));
    }

    /** A title from the slug ({@code member-not-found} -> {@code Member not found}), so type and title never drift apart. */
    public static String title(String slug) {
        String words = requireSlug(slug).replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The slug for an HTTP status without a more specific one, e.g. 413 -> {@code payload-too-large}. */
    public static String forStatus(int status, String reasonPhrase) {
        if (reasonPhrase == null || reasonPhrase.isBlank()) {
            return "http-" + status;
        }
        return reasonPhrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String requireSlug(String slug) {
        Objects.requireNonNull(slug, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("A problem slug is lower-case kebab-case, not: " + slug);
        }
        return slug;
    }
}
