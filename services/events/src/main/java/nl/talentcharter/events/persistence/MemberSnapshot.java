package nl.talentcharter.events.persistence;

import java.time.LocalDate;
import java.util.Map;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import nl.talentcharter.contracts.vocabulary.Region;
import nl.talentcharter.contracts.vocabulary.Sector;
import nl.talentcharter.contracts.vocabulary.SizeClass;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's view of a member organisation, built from {@code talentcharter.members}: what the reach
 * report needs and nothing more. {@code appliedSequences} is event-kit's record of which member events
 * this document already reflects (written in the same update as the effect).
 */
@Document(MemberSnapshot.COLLECTION)
public record MemberSnapshot(@Id String memberId, String legalName, Sector sector, SizeClass sizeClass, Region region,
        boolean active, LocalDate joinedOn, FirstContactChannel firstContactChannel, String firstContactReference,
        Map<String, Long> appliedSequences) {

    public static final String COLLECTION = "member_snapshots";
}
