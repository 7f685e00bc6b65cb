package nl.talentcharter.members.messaging;

import nl.talentcharter.contracts.members.ContactConsentChanged;
import nl.talentcharter.contracts.members.ContactErased;
import nl.talentcharter.contracts.members.ContactRegistered;
import nl.talentcharter.contracts.members.FirstContact;
import nl.talentcharter.contracts.members.MemberApplied;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.members.MemberJoined;
import nl.talentcharter.contracts.members.MemberLocation;
import nl.talentcharter.contracts.members.MemberProfile;
import nl.talentcharter.contracts.members.MemberProfileChanged;
import nl.talentcharter.contracts.members.MembershipEnded;
import nl.talentcharter.contracts.members.MembershipReinstated;
import nl.talentcharter.contracts.members.MembershipSuspended;
import nl.talentcharter.contracts.EventType;
import nl.talentcharter.members.domain.Location;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MemberEvent;
import nl.talentcharter.members.domain.OrganisationProfile;

/**
 * Turns what happened in the domain into the public contract events: the one place where the
 * member model meets the wire format. Contacts leave only as their pseudonymous id.
 */
public final class ContractEvents {

    private ContractEvents() {
    }

    /** A contract event and its type, ready for the outbox. */
    public record Outgoing<T>(EventType<T> type, T payload) {
    }

    public static Outgoing<?> of(Member member, MemberEvent event) {
        String id = member.id().value();
        if (event instanceof MemberEvent.Applied applied) {
            return new Outgoing<>(MemberEvents.MEMBER_APPLIED,
                    new MemberApplied(id, profileOf(member), applied.appliedOn()));
        }
        if (event instanceof MemberEvent.Joined joined) {
            FirstContact firstContact = joined.firstContact() == null ? null
                    : new FirstContact(joined.firstContact().channel(), joined.firstContact().reference());
            return new Outgoing<>(MemberEvents.MEMBER_JOINED, new MemberJoined(id, joined.membershipPeriod(),
                    profileOf(member), joined.joinedOn(), firstContact));
        }
        if (event instanceof MemberEvent.ProfileChanged changed) {
            return new Outgoing<>(MemberEvents.MEMBER_PROFILE_CHANGED,
                    new MemberProfileChanged(id, profileOf(member), changed.changedFields(), changed.changedAt()));
        }
        if (event instanceof MemberEvent.Suspended suspended) {
            return new Outgoing<>(MemberEvents.MEMBERSHIP_SUSPENDED, new MembershipSuspended(id,
                    suspended.membershipPeriod(), suspended.reason(), suspended.suspendedOn()));
        }
        if (event instanceof MemberEvent.Reinstated reinstated) {
            return new Outgoing<>(MemberEvents.MEMBERSHIP_REINSTATED,
                    new MembershipReinstated(id, reinstated.membershipPeriod(), reinstated.reinstatedOn()));
        }
        if (event instanceof MemberEvent.Ended ended) {
            return new Outgoing<>(MemberEvents.MEMBERSHIP_ENDED,
                    new MembershipEnded(id, ended.membershipPeriod(), ended.reason(), ended.endedOn()));
        }
        if (event instanceof MemberEvent.ContactRegistered registered) {
            return new Outgoing<>(MemberEvents.CONTACT_REGISTERED,
                    new ContactRegistered(id, registered.contactId().value(), registered.registeredAt()));
        }
        if (event instanceof MemberEvent.ContactConsentChanged consent) {
            return new Outgoing<>(MemberEvents.CONTACT_CONSENT_CHANGED, new ContactConsentChanged(id,
                    consent.contactId().value(), consent.purpose(), consent.granted(), consent.source(),
                    consent.changedAt()));
        }
        if (event instanceof MemberEvent.ContactErased erased) {
            return new Outgoing<>(MemberEvents.CONTACT_ERASED,
                    new ContactErased(id, erased.contactId().value(), erased.erasedAt()));
        }
        throw new IllegalArgumentException("no contract event for " + event);
    }

    public static MemberProfile profileOf(Member member) {
        OrganisationProfile p = member.profile();
        return new MemberProfile(p.legalName(), p.kvkNumber().value(), p.kind(), p.educationLevel(), p.sector(),
                p.employees(), p.sizeClass(), locationOf(p.location()), member.isFrontRunner(),
                p.actionLinesInOrder());
    }

    static MemberLocation locationOf(Location location) {
        return new MemberLocation(location.placeName(), location.country(),
                location.municipality() == null ? null : location.municipality().officialName(), location.region());
    }

}
