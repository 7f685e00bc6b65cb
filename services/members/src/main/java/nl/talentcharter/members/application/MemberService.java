package nl.talentcharter.members.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.talentcharter.contracts.vocabulary.ConsentPurpose;
import nl.talentcharter.members.domain.Actor;
import nl.talentcharter.members.domain.Contact;
import nl.talentcharter.members.domain.ContactDetails;
import nl.talentcharter.members.domain.ContactId;
import nl.talentcharter.members.domain.FirstContact;
import nl.talentcharter.members.domain.KvkNumberTaken;
import nl.talentcharter.members.domain.LifecycleAction;
import nl.talentcharter.members.domain.Member;
import nl.talentcharter.members.domain.MemberId;
import nl.talentcharter.members.domain.OrganisationProfile;
import nl.talentcharter.members.messaging.MemberEventOutbox;
import nl.talentcharter.members.persistence.MemberSearch;
import nl.talentcharter.members.persistence.MemberStore;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The member use cases. Each loads one member, lets the domain decide, records the raised events
 * into the member document's outbox and saves that document once: state and events land together
 * or not at all, and a rejected request leaves both untouched.
 */
@Service
public class MemberService {

    /** What a member user may not change about its own organisation. */
    static final Set<String> OPERATOR_ONLY_FIELDS = Set.of("kvkNumber", "frontRunner");

    /** Attempts of one use case against concurrent writers before answering 409. */
    private static final int MAX_ATTEMPTS = 3;

    private final MemberStore store;
    private final MemberEventOutbox outbox;
    private final Clock clock;

    public MemberService(MemberStore store, MemberEventOutbox outbox, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** An operator registers an organisation directly as an active member. */
    public Member register(OrganisationProfile profile, boolean frontRunner, FirstContact firstContact, Actor actor) {
        return create(profile, now -> Member.register(MemberId.random(), profile, frontRunner, firstContact, actor,
                now));
    }

    /** An application taken in by an operator (e.g. from an intake form); approved later. */
    public Member apply(OrganisationProfile profile, boolean frontRunner, FirstContact firstContact, Actor actor) {
        return create(profile, now -> Member.apply(MemberId.random(), profile, frontRunner, firstContact, actor, now));
    }

    private Member create(OrganisationProfile profile, Function<Instant, Member> newMember) {
        // a friendly early answer; the unique index still decides when two requests race
        store.findIdByKvk(profile.kvkNumber()).ifPresent(existing -> {
            throw new KvkNumberTaken(profile.kvkNumber(), existing);
        });
        Instant now = clock.instant();
        Member member = newMember.apply(now);
        store.save(store.fresh(member), now, outbox::recordPending);
        return member;
    }

    public Member get(MemberId id) {
        return store.get(id);
    }

    public Page<Member> search(MemberSearch search, Pageable page) {
        return store.search(search, page);
    }

    /**
     * Applies an edit computed from the current member (so a PATCH merges onto what is stored, in the
     * same optimistic-locked cycle).
     *
     * @param byOperator whether the caller may change {@link #OPERATOR_ONLY_FIELDS}
     * @return the member after the edit and the names of the changed fields
     */
    public Revised reviseProfile(MemberId id, Function<Member, ProfileRevision> edit, Actor actor,
            boolean byOperator) {
        SortedSet<String> changed = new TreeSet<>();
        Member member = modify(id, m -> {
            changed.clear();
            ProfileRevision revision = edit.apply(m);
            if (!byOperator) {
                Set<String> reserved = new TreeSet<>(revision.profile().differencesFrom(m.profile()));
                if (revision.frontRunner() != m.isFrontRunner()) {
                    reserved.add("frontRunner");
                }
                reserved.retainAll(OPERATOR_ONLY_FIELDS);
                if (!reserved.isEmpty()) {
                    throw new FieldsReservedToOperators(reserved);
                }
            }
            changed.addAll(m.changeProfile(revision.profile(), revision.frontRunner(), actor, clock.instant()));
        });
        return new Revised(member, List.copyOf(changed));
    }

    public record Revised(Member member, List<String> changedFields) {
    }

    public Member transition(MemberId id, LifecycleAction action, String reason, Actor actor) {
        return modify(id, member -> {
            Instant now = clock.instant();
            switch (action) {
                case APPROVE -> member.approve(actor, now);
                case SUSPEND -> member.suspend(reason, actor, now);
                case REINSTATE -> member.reinstate(actor, now);
                case END -> member.end(reason, actor, now);
                case REJOIN -> member.rejoin(actor, now);
            }
        });
    }

    public Contact registerContact(MemberId id, ContactDetails details, List<ConsentDecision> consents,
            Actor actor) {
        ContactId[] registered = new ContactId[1];
        Member member = modify(id, m -> {
            Instant now = clock.instant();
            Contact contact = m.registerContact(details, actor, now);
            registered[0] = contact.id();
            for (ConsentDecision consent : consents) {
                m.recordConsent(contact.id(), consent.purpose(), consent.granted(), consent.source(), actor, now);
            }
        });
        return member.contact(registered[0]);
    }

    public Contact changeContact(MemberId id, ContactId contactId, ContactDetails details, Actor actor) {
        return modify(id, m -> m.changeContactDetails(contactId, details, actor, clock.instant())).contact(contactId);
    }

    public Contact recordConsent(MemberId id, ContactId contactId, ConsentDecision decision, Actor actor) {
        return modify(id, m -> m.recordConsent(contactId, decision.purpose(), decision.granted(), decision.source(),
                actor, clock.instant())).contact(contactId);
    }

    public Contact eraseContact(MemberId id, ContactId contactId, Actor actor) {
        return modify(id, m -> m.eraseContact(contactId, actor, clock.instant())).contact(contactId);
    }

    /** A consent decision as it comes in: purpose, granted or withdrawn, and where it was given. */
    public record ConsentDecision(ConsentPurpose purpose, boolean granted, String source) {
    }

    /**
     * Loads, changes and saves; when another request changed the member in between, runs the change
     * again on the fresh state (the domain decides again, so e.g. a second concurrent suspend becomes
     * an illegal transition rather than a generic conflict). {@code change} must therefore depend on
     * the member it is given only.
     */
    private Member modify(MemberId id, Consumer<Member> change) {
        for (int attempt = 1; ; attempt++) {
            MemberStore.Loaded loaded = store.load(id);
            change.accept(loaded.member());
            if (!loaded.changed()) {
                return loaded.member();
            }
            try {
                store.save(loaded, clock.instant(), outbox::recordPending);
                return loaded.member();
            } catch (OptimisticLockingFailureException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}
