package nl.talentcharter.monitoring.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of one calculator, indexed once and shared by all its figures: per kind, per kind and month (each
 * fact with its member's profile and cuts resolved once), and the members' profiles. Not thread-safe.
 */
final class FactIndex {

    private final Map<String, MemberDimensions> members;
    /** Per member with a known profile, that profile with the cuts its figures count in ({@link CutBits}). */
    private final Map<String, Profile> profiles = new HashMap<>();
    /** The facts per kind, read once: most figures need one or two kinds. */
    private final Map<FactKind, List<Fact>> byKind = new EnumMap<>(FactKind.class);
    /**
     * The facts per kind and month, each with its member resolved once: a cell of a month or quarter reads only its
     * own months' facts, and a cell's cut tests the member without a lookup per fact and cut.
     */
    private final Map<FactKind, Map<YearMonth, List<Noted>>> byKindAndMonth = new EnumMap<>(FactKind.class);
    /** The facts of a kind in a quarter or year, joined from its months once, not once per cut. */
    private final Map<KindInPeriod, List<Noted>> byKindAndPeriod = new HashMap<>();

    FactIndex(Collection<Fact> facts, Map<String, MemberDimensions> members) {
        this.members = members;
        members.forEach((id, member) -> profiles.put(id, new Profile(member, CutBits.of(member))));
        for (Fact fact : facts) {
            byKind.computeIfAbsent(fact.kind(), k -> new ArrayList<>()).add(fact);
            byKindAndMonth.computeIfAbsent(fact.kind(), k -> new HashMap<>())
                    .computeIfAbsent(YearMonth.from(fact.on()), m -> new ArrayList<>())
                    .add(noted(fact, fact.memberId()));
        }
    }

    /** A member's profile and the cuts its figures count in. */
    private record Profile(MemberDimensions member, long cuts) {
    }

    private record KindInPeriod(FactKind kind, Period period) {
    }

    /** The fact counted for the member: in ALL only when it names none or one whose profile is unknown. */
    Noted noted(Fact fact, String memberId) {
        Profile profile = memberId == null ? null : profiles.get(memberId);
        return profile == null ? new Noted(fact, null, CutBits.ALL) : new Noted(fact, profile.member(), profile.cuts());
    }

    /** The cuts a member's figures count in: an unknown member's (or none) only in ALL. */
    long cutsOf(String memberId) {
        Profile profile = memberId == null ? null : profiles.get(memberId);
        return profile == null ? CutBits.ALL : profile.cuts();
    }

    MemberDimensions member(String memberId) {
        return memberId == null ? null : members.get(memberId);
    }

    /** The facts of a kind in the period's months, each with its member. */
    List<Noted> inPeriod(FactKind kind, Period period) {
        Map<YearMonth, List<Noted>> months = byKindAndMonth.getOrDefault(kind, Map.of());
        List<YearMonth> periodMonths = period.months();
        if (periodMonths.size() == 1) {
            return months.getOrDefault(periodMonths.get(0), List.of());
        }
        return byKindAndPeriod.computeIfAbsent(new KindInPeriod(kind, period), key -> {
            List<Noted> all = new ArrayList<>();
            for (YearMonth month : periodMonths) {
                all.addAll(months.getOrDefault(month, List.of()));
            }
            return all;
        });
    }

    /** The facts of a kind in one month, each with its member. */
    List<Noted> inMonth(FactKind kind, YearMonth month) {
        return byKindAndMonth.getOrDefault(kind, Map.of()).getOrDefault(month, List.of());
    }

    /** Every fact of a kind, whatever its day. */
    List<Fact> of(FactKind kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    List<Fact> kinds(FactKind... kinds) {
        List<Fact> all = new ArrayList<>();
        for (FactKind kind : kinds) {
            all.addAll(of(kind));
        }
        return all;
    }

    List<Fact> membershipFacts() {
        return kinds(FactKind.MEMBER_JOINED, FactKind.MEMBERSHIP_SUSPENDED, FactKind.MEMBERSHIP_REINSTATED,
                FactKind.MEMBERSHIP_ENDED);
    }

    /** The plain count of a kind's facts in the cell's period and cut: the figure of most KPIs. */
    KpiValue count(Cell cell, FactKind kind) {
        long count = cell.count(inPeriod(kind, cell.period()));
        return cell.value(count, count);
    }
}
