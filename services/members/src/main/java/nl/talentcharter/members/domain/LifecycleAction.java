package nl.talentcharter.members.domain;

import static nl.talentcharter.members.domain.MembershipStatus.ACTIVE;
import static nl.talentcharter.members.domain.MembershipStatus.APPLIED;
import static nl.talentcharter.members.domain.MembershipStatus.ENDED;
import static nl.talentcharter.members.domain.MembershipStatus.SUSPENDED;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle table: from which statuses each action may be taken and where it leads. */
public enum LifecycleAction {
    APPROVE(EnumSet.of(APPLIED), ACTIVE),
    SUSPEND(EnumSet.of(ACTIVE), SUSPENDED),
    REINSTATE(EnumSet.of(SUSPENDED), ACTIVE),
    END(EnumSet.of(APPLIED, ACTIVE, SUSPENDED), ENDED),
    /** Joining again after the end: a new membership period of the same organisation. */
    REJOIN(EnumSet.of(ENDED), ACTIVE);

    private final Set<MembershipStatus> allowedFrom;
    private final MembershipStatus target;

    LifecycleAction(Set<MembershipStatus> allowedFrom, MembershipStatus target) {
        this.allowedFrom = allowedFrom;
        this.target = target;
    }

    public boolean allowedFrom(MembershipStatus status) {
        return allowedFrom.contains(status);
    }

    public MembershipStatus target() {
        return target;
    }

    /** The target status, or {@link IllegalTransition} when the action is not allowed from {@code current}. */
    MembershipStatus apply(MembershipStatus current) {
        if (!allowedFrom(current)) {
            throw new IllegalTransition(this, current);
        }
        return target;
    }
}
