package nl.talentcharter.pools.domain;

/** No pool, person or request with this id (or none the caller may see). */
public class NotFound extends RuntimeException {

    private final String what;

    public NotFound(String what, String id) {
        super("no " + what + " " + id);
        this.what = what;
    }

    public String what() {
        return what;
    }
}
