package nl.talentcharter.members.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;

/**
 * A member organisation of the alliance: its profile, its membership lifecycle over one or more
 * periods, its contact persons and the history of every change. Each use case calls one method;
 * the events it raised are then in {@link #pendingEvents()} for the outbox, in order.
 */
public final class Member {

    /** The alliance works in Limburg: calendar dates (joined on, ended on) are taken in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int MAX_REASON_LENGTH = 500;

    private final MemberId id;
    private OrganisationProfile profile;
    private boolean frontRunner;
    private MembershipStatus status;
    /** 1 for the first membership; each re-join starts the next. An application is for the coming period. */
    private int membershipPeriod;
    private final FirstContact firstContact;
    private final List<Contact> contacts;
    private final List<HistoryEntry> history;
    private final List<MemberEvent> pendingEvents = new ArrayList<>();

    private Member(MemberId id, OrganisationProfile profile, boolean frontRunner, MembershipStatus status,
            int membershipPeriod, FirstContact firstContact, List<Contact> contacts, List<HistoryEntry> history) {
        this.id = id;
        this.profile = profile;
        this.frontRunner = frontRunner;
        this.status = status;
        this.membershipPeriod = membershipPeriod;
        this.firstContact = firstContact;
        this.contacts = new ArrayList<>(contacts);
        this.history = new ArrayList<>(history);
    }

    /** An operator registers an organisation directly as an active member (period 1). */
    public static Member register(MemberId id, OrganisationProfile profile, boolean frontRunner,
            FirstContact firstContact, Actor actor, Instant now) {
        Member member = new Member(id, profile, frontRunner, MembershipStatus.ACTIVE, 1, firstContact, List.of(),
                List.of());
        member.remember(now, actor, "registered", null, null, member.initialValues());
        member.pendingEvents.add(new MemberEvent.Joined(1, day(now), firstContact));
        return member;
    }

    /** An organisation applies; an operator approves it later. */
    public static Member apply(MemberId id, OrganisationProfile profile, boolean frontRunner,
            FirstContact firstContact, Actor actor, Instant now) {
        Member member = new Member(id, profile, frontRunner, MembershipStatus.APPLIED, 1, firstContact, List.of(),
                List.of());
        member.remember(now, actor, "applied", null, null, member.initialValues());
        member.pendingEvents.add(new MemberEvent.Applied(day(now)));
        return member;
    }

    /** Rebuilds a stored member; for persistence only. Raises no events. */
    public static Member restore(MemberId id, OrganisationProfile profile, boolean frontRunner,
            MembershipStatus status, int membershipPeriod, FirstContact firstContact, List<Contact> contacts,
            List<HistoryEntry> history) {
        return new Member(id, profile, frontRunner, status, membershipPeriod, firstContact, contacts, history);
    }

    // ---- lifecycle

    public void approve(Actor actor, Instant now) {
        move(LifecycleAction.APPROVE, null, actor, now);
        // the first contact tells how the organisation came in: only the first join carries it
        pendingEvents.add(new MemberEvent.Joined(membershipPeriod, day(now),
                membershipPeriod == 1 ? firstContact : null));
    }

    public void suspend(String reason, Actor actor, Instant now) {
        String why = requireReason(reason);
        move(LifecycleAction.SUSPEND, why, actor, now);
        pendingEvents.add(new MemberEvent.Suspended(membershipPeriod, why, day(now)));
    }

    public void reinstate(Actor actor, Instant now) {
        move(LifecycleAction.REINSTATE, null, actor, now);
        pendingEvents.add(new MemberEvent.Reinstated(membershipPeriod, day(now)));
    }

    public void end(String reason, Actor actor, Instant now) {
        String why = requireReason(reason);
        move(LifecycleAction.END, why, actor, now);
        pendingEvents.add(new MemberEvent.Ended(membershipPeriod, why, day(now)));
    }

    /** Joining again after the end starts the next membership period of the same organisation. */
    public void rejoin(Actor actor, Instant now) {
        LifecycleAction.REJOIN.apply(status);
        membershipPeriod++;
        move(LifecycleAction.REJOIN, null, actor, now);
        pendingEvents.add(new MemberEvent.Joined(membershipPeriod, day(now), null));
    }

    private void move(LifecycleAction action, String reason, Actor actor, Instant now) {
        MembershipStatus from = status;
        status = action.apply(status);
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        changes.add(new HistoryEntry.FieldChange("status", from.name(), status.name()));
        if (action == LifecycleAction.REJOIN) {
            changes.add(new HistoryEntry.FieldChange("membershipPeriod", Integer.toString(membershipPeriod - 1),
                    Integer.toString(membershipPeriod)));
        }
        remember(now, actor, action.name().toLowerCase(), null, reason, changes);
    }

    // ---- profile

    /**
     * Replaces the profile and the front-runner flag; raises one change event naming every changed
     * field, or nothing when nothing changed.
     *
     * @return the names of the changed fields
     */
    public SortedSet<String> changeProfile(OrganisationProfile newProfile, boolean newFrontRunner, Actor actor,
            Instant now) {
        SortedSet<String> changed = newProfile.differencesFrom(profile);
        if (newFrontRunner != frontRunner) {
            changed.add("frontRunner");
        }
        if (changed.isEmpty()) {
            return changed;
        }
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        for (String field : changed) {
            changes.add(field.equals("frontRunner")
                    ? new HistoryEntry.FieldChange(field, Boolean.toString(frontRunner), Boolean.toString(newFrontRunner))
                    : new HistoryEntry.FieldChange(field, profile.describe(field), newProfile.describe(field)));
        }
        profile = newProfile;
        frontRunner = newFrontRunner;
        remember(now, actor, "profile-changed", null, null, changes);
        pendingEvents.add(new MemberEvent.ProfileChanged(List.copyOf(changed), now));
        return changed;
    }

    // ---- contacts

    public Contact registerContact(ContactDetails details, Actor actor, Instant now) {
        Contact contact = Contact.register(ContactId.random(), details, now);
        contacts.add(contact);
        remember(now, actor, "contact-registered", contact.id(), null, List.of());
        pendingEvents.add(new MemberEvent.ContactRegistered(contact.id(), now));
        return contact;
    }

    /** @return the names of the changed fields (empty when nothing changed) */
    public List<String> changeContactDetails(ContactId contactId, ContactDetails details, Actor actor, Instant now) {
        List<String> changed = contact(contactId).changeDetails(details);
        if (!changed.isEmpty()) {
            remember(now, actor, "contact-changed", contactId, null,
                    changed.stream().map(field -> new HistoryEntry.FieldChange(field, null, null)).toList());
        }
        return changed;
    }

    /** Grants or withdraws consent for one purpose; recording the decision already in force changes nothing. */
    public boolean recordConsent(ContactId contactId, ConsentPurpose purpose, boolean granted, String source,
            Actor actor, Instant now) {
        Consent consent = new Consent(purpose, granted, now, source);
        Contact contact = contact(contactId);
        Optional<Consent> before = contact.consent(purpose);
        if (!contact.record(consent)) {
            return false;
        }
        remember(now, actor, "contact-consent-changed", contactId, null, List.of(new HistoryEntry.FieldChange(
                "consent." + purpose.name(), before.map(c -> c.granted() ? "granted" : "withdrawn").orElse(null),
                granted ? "granted" : "withdrawn")));
        pendingEvents.add(new MemberEvent.ContactConsentChanged(contactId, purpose, granted, consent.source(), now));
        return true;
    }

    /** Drops the contact's personal data for good, keeping a tombstone. */
    public void eraseContact(ContactId contactId, Actor actor, Instant now) {
        contact(contactId).erase(new Erasure(now, actor.subject()));
        remember(now, actor, "contact-erased", contactId, null, List.of());
        pendingEvents.add(new MemberEvent.ContactErased(contactId, now));
    }

    public Contact contact(ContactId contactId) {
        return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst()
                .orElseThrow(() -> new UnknownContact(contactId));
    }

    // ---- reading

    public MemberId id() {
        return id;
    }

    public OrganisationProfile profile() {
        return profile;
    }

    public boolean isFrontRunner() {
        return frontRunner;
    }

    public MembershipStatus status() {
        return status;
    }

    public int membershipPeriod() {
        return membershipPeriod;
    }

    public Optional<FirstContact> firstContact() {
        return Optional.ofNullable(firstContact);
    }

    public List<Contact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    /** Oldest first. */
    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }

    /** Events raised since this instance was created or restored, in order. */
    public List<MemberEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }

    // ---- helpers

    private List<HistoryEntry.FieldChange> initialValues() {
        List<HistoryEntry.FieldChange> values = new ArrayList<>();
        for (String field : List.of("legalName", "kvkNumber", "kind", "educationLevel", "sector", "employees",
                "location", "actionLines")) {
            String value = profile.describe(field);
            if (value != null && !value.isEmpty()) {
                values.add(new HistoryEntry.FieldChange(field, null, value));
            }
        }
        values.add(new HistoryEntry.FieldChange("frontRunner", null, Boolean.toString(frontRunner)));
        values.add(new HistoryEntry.FieldChange("status", null, status.name()));
        return values;
    }

    private void remember(Instant at, Actor actor, String action, ContactId contactId, String reason,
            List<HistoryEntry.FieldChange> changes) {
        history.add(new HistoryEntry(at, actor.subject(), action, contactId == null ? null : contactId.value(), reason,
                changes));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidMemberData("reason", "a reason is required");
        }
        String why = reason.strip();
        if (why.length() > MAX_REASON_LENGTH) {
            throw new InvalidMemberData("reason", "a reason has at most " + MAX_REASON_LENGTH + " characters");
        }
        return why;
    }

    private static LocalDate day(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }
}
