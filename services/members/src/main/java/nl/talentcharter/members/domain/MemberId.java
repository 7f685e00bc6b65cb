package nl.talentcharter.members.domain;

import java.util.UUID;

/** Identity of a member organisation: a random UUID, stable across membership periods. */
public record MemberId(String value) {

    public MemberId {
        try {
            value = UUID.fromString(value).toString();
        } catch (RuntimeException e) {
            throw new InvalidMemberData("memberId", "a member id is a UUID");
        }
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
