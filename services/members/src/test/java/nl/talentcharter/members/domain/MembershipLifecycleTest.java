package nl.talentcharter.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.talentcharter.contracts.vocabulary.FirstContactChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MembershipLifecycleTest {

    private static final Actor OPERATOR = new Actor("operator-1");
    // 23:30 UTC is already the next day in Limburg
    private static final Instant NOW = Instant.parse("2026-03-01T23:30:00Z");
    private static final LocalDate LIMBURG_DAY = LocalDate.of(2026, 3, 2);

    /** The whole table: every action from every status, allowed or not. */
    static Stream<Arguments> table() {
        Set<String> allowed = Set.of("APPROVE:APPLIED", "SUSPEND:ACTIVE", "REINSTATE:SUSPENDED", "END:APPLIED",
                "END:ACTIVE", "END:SUSPENDED", "REJOIN:ENDED");
        return EnumSet.allOf(LifecycleAction.class).stream().flatMap(action -> EnumSet.allOf(MembershipStatus.class)
                .stream().map(status -> Arguments.of(action, status, allowed.contains(action + ":" + status))));
    }

    @ParameterizedTest(name = "{0} from {1}: allowed={2}")
    @MethodSource("table")
    void lifecycle_table(LifecycleAction action, MembershipStatus from, boolean allowed) {
        Member member = memberIn(from);
        int periodBefore = member.membershipPeriod();
        int historyBefore = member.history().size();
        if (allowed) {
            act(member, action);
            assertThat(member.status()).isEqualTo(action.target());
            assertThat(member.pendingEvents()).hasSize(1);
            assertThat(member.history()).hasSize(historyBefore + 1);
        } else {
            assertThatThrownBy(() -> act(member, action)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
                assertThat(e.current()).isEqualTo(from);
                assertThat(e.action()).isEqualTo(action);
            });
            assertThat(member.status()).isEqualTo(from);
            assertThat(member.membershipPeriod()).isEqualTo(periodBefore);
            assertThat(member.pendingEvents()).isEmpty();
            assertThat(member.history()).hasSize(historyBefore);
        }
    }

    @Test
    void direct_registration_joins_period_one_with_its_first_contact() {
        FirstContact event = new FirstContact(FirstContactChannel.EVENT, "event-42");
        Member member = Member.register(MemberId.random(), Profiles.employer("12345678", 10), true, event, OPERATOR,
                NOW);
        assertThat(member.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.pendingEvents()).containsExactly(new MemberEvent.Joined(1, LIMBURG_DAY, event));
        assertThat(member.history()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("registered");
            assertThat(entry.actor()).isEqualTo("operator-1");
            assertThat(entry.at()).isEqualTo(NOW);
        });
    }

    @Test
    void an_application_becomes_period_one_when_approved() {
        Member member = Member.apply(MemberId.random(), Profiles.employer("12345678", 10), false,
                new FirstContact(FirstContactChannel.HR_SCAN, null), OPERATOR, NOW);
        assertThat(member.pendingEvents()).containsExactly(new MemberEvent.Applied(LIMBURG_DAY));
        Member stored = restored(member);
        stored.approve(OPERATOR, NOW);
        assertThat(stored.pendingEvents()).containsExactly(
                new MemberEvent.Joined(1, LIMBURG_DAY, new FirstContact(FirstContactChannel.HR_SCAN, null)));
    }

    @Test
    void full_lifecycle_raises_events_in_order_and_rejoining_starts_the_next_period() {
        Member member = Member.register(MemberId.random(), Profiles.employer("12345678", 10), false, null, OPERATOR,
                NOW);
        member.suspend("contribution unpaid", OPERATOR, NOW);
        member.reinstate(OPERATOR, NOW);
        member.end("left the region", OPERATOR, NOW);
        member.rejoin(OPERATOR, NOW);
        member.end("  merged  ", OPERATOR, NOW);
        member.rejoin(OPERATOR, NOW);

        assertThat(member.pendingEvents()).containsExactly(
                new MemberEvent.Joined(1, LIMBURG_DAY, null),
                new MemberEvent.Suspended(1, "contribution unpaid", LIMBURG_DAY),
                new MemberEvent.Reinstated(1, LIMBURG_DAY),
                new MemberEvent.Ended(1, "left the region", LIMBURG_DAY),
                new MemberEvent.Joined(2, LIMBURG_DAY, null),
                new MemberEvent.Ended(2, "merged", LIMBURG_DAY),
                new MemberEvent.Joined(3, LIMBURG_DAY, null));
        assertThat(member.membershipPeriod()).isEqualTo(3);
        assertThat(member.history()).extracting(HistoryEntry::action).containsExactly("registered", "suspend",
                "reinstate", "end", "rejoin", "end", "rejoin");
        assertThat(member.history().get(1).reason()).isEqualTo("contribution unpaid");
        assertThat(member.history().get(4).changes()).contains(
                new HistoryEntry.FieldChange("status", "ENDED", "ACTIVE"),
                new HistoryEntry.FieldChange("membershipPeriod", "1", "2"));
    }

    @Test
    void suspending_and_ending_need_a_reason() {
        Member member = Member.register(MemberId.random(), Profiles.employer("12345678", 10), false, null, OPERATOR,
                NOW);
        assertThatThrownBy(() -> member.suspend(" ", OPERATOR, NOW)).isInstanceOf(InvalidMemberData.class);
        assertThatThrownBy(() -> member.end(null, OPERATOR, NOW)).isInstanceOf(InvalidMemberData.class);
        assertThatThrownBy(() -> member.end("x".repeat(501), OPERATOR, NOW)).isInstanceOf(InvalidMemberData.class);
        assertThat(member.status()).isEqualTo(MembershipStatus.ACTIVE);
        assertThat(member.pendingEvents()).hasSize(1);
    }

    @Test
    void profile_changes_are_recorded_with_old_and_new_values_and_one_event() {
        Member member = restored(Member.register(MemberId.random(), Profiles.employer("12345678", 10), false, null,
                OPERATOR, NOW));
        OrganisationProfile bigger = Profiles.employer("12345678", 260);
        Instant later = NOW.plusSeconds(60);

        assertThat(member.changeProfile(bigger, true, new Actor("member-user-7"), later))
                .containsExactly("employees", "frontRunner");

        assertThat(member.profile().sizeClass()).hasToString("LARGE");
        assertThat(member.pendingEvents()).containsExactly(
                new MemberEvent.ProfileChanged(List.of("employees", "frontRunner"), later));
        HistoryEntry entry = member.history().get(member.history().size() - 1);
        assertThat(entry.actor()).isEqualTo("member-user-7");
        assertThat(entry.changes()).containsExactly(new HistoryEntry.FieldChange("employees", "10", "260"),
                new HistoryEntry.FieldChange("frontRunner", "false", "true"));
    }

    @Test
    void an_unchanged_profile_changes_nothing() {
        Member member = restored(Member.register(MemberId.random(), Profiles.employer("12345678", 10), false, null,
                OPERATOR, NOW));
        assertThat(member.changeProfile(Profiles.employer("12345678", 10), false, OPERATOR, NOW)).isEmpty();
        assertThat(member.pendingEvents()).isEmpty();
        assertThat(member.history()).hasSize(1);
    }

    static Member memberIn(MembershipStatus status) {
        Member member = switch (status) {
            case APPLIED -> Member.apply(MemberId.random(), Profiles.employer("12345678", 10), false, null, OPERATOR,
                    NOW);
            case ACTIVE -> Member.register(MemberId.random(), Profiles.employer("12345678", 10), false, null,
                    OPERATOR, NOW);
            case SUSPENDED -> {
                Member m = memberIn(MembershipStatus.ACTIVE);
                m.suspend("unpaid", OPERATOR, NOW);
                yield m;
            }
            case ENDED -> {
                Member m = memberIn(MembershipStatus.ACTIVE);
                m.end("left", OPERATOR, NOW);
                yield m;
            }
        };
        return restored(member);
    }

    /** As the repository hands it back: same state, no pending events. */
    static Member restored(Member m) {
        return Member.restore(m.id(), m.profile(), m.isFrontRunner(), m.status(), m.membershipPeriod(),
                m.firstContact().orElse(null), m.contacts(), m.history());
    }

    private static void act(Member member, LifecycleAction action) {
        switch (action) {
            case APPROVE -> member.approve(OPERATOR, NOW);
            case SUSPEND -> member.suspend("reason", OPERATOR, NOW);
            case REINSTATE -> member.reinstate(OPERATOR, NOW);
            case END -> member.end("reason", OPERATOR, NOW);
            case REJOIN -> member.rejoin(OPERATOR, NOW);
        }
    }
}
