package nl.talentcharter.contracts.members;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;

/**
 * How the alliance first reached an organisation that joined: lets monitoring attribute new members
 * to the activity that brought them in.
 *
 * @param channel   the kind of first contact
 * @param reference the id of what brought it in (e.g. an event id); absent when unknown
 */
public record FirstContact(
        FirstContactChannel channel,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reference) {

    public FirstContact {
        requireNonNull(channel, "channel");
    }
}
