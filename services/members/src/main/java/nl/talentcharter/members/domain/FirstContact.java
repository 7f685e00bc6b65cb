package nl.talentcharter.members.domain;

import nl.talentcharter.contracts.vocabulary.FirstContactChannel;

/** How the alliance first met the organisation; {@code reference} optionally points at e.g. an event. */
public record FirstContact(FirstContactChannel channel, String reference) {

    public FirstContact {
        if (channel == null) {
            throw new InvalidMemberData("firstContact.channel", "a first contact needs its channel");
        }
        reference = reference == null || reference.isBlank() ? null : reference.strip();
    }
}
