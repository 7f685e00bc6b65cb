package nl.talentcharter.members.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;

/**
 * What happened to a member, as the domain sees it. The messaging adapter turns these into the public
 * contract events; they carry only what the aggregate cannot tell afterwards (the current profile
 * and period are read from the member itself).
 */
public sealed interface MemberEvent {

    record Applied(LocalDate appliedOn) implements MemberEvent {
    }

    record Joined(int membershipPeriod, LocalDate joinedOn, FirstContact firstContact) implements MemberEvent {
    }

    record ProfileChanged(List<String> changedFields, Instant changedAt) implements MemberEvent {
    }

    record Suspended(int membershipPeriod, String reason, LocalDate suspendedOn) implements MemberEvent {
    }

    record Reinstated(int membershipPeriod, LocalDate reinstatedOn) implements MemberEvent {
    }

    record Ended(int membershipPeriod, String reason, LocalDate endedOn) implements MemberEvent {
    }

    record ContactRegistered(ContactId contactId, Instant registeredAt) implements MemberEvent {
    }

    record ContactConsentChanged(ContactId contactId, ConsentPurpose purpose, boolean granted, String source,
            Instant changedAt) implements MemberEvent {
    }

    record ContactErased(ContactId contactId, Instant erasedAt) implements MemberEvent {
    }
}
