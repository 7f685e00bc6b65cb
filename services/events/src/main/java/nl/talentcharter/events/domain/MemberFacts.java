package nl.talentcharter.events.domain;

import java.time.LocalDate;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.SizeClass;

/**
 * What this service knows of a member organisation from the members topic (never persons).
 *
 * @param firstContactReference for {@link FirstContactChannel#EVENT}: the id of the event that brought it in
 */
public record MemberFacts(String memberId, String legalName, SizeClass sizeClass, Region region, LocalDate joinedOn,
        FirstContactChannel firstContactChannel, String firstContactReference) {

    public boolean cameThroughEvent() {
        return firstContactChannel == FirstContactChannel.EVENT && firstContactReference != null;
    }
}
