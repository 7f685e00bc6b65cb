package nl.talentcharter.members.domain;

/** Who made a change: the token's subject. Kept in history and in erasure tombstones. */
public record Actor(String subject) {

    public Actor {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("an actor needs a subject");
        }
    }

    @Override
    public String toString() {
        return subject;
    }
}
