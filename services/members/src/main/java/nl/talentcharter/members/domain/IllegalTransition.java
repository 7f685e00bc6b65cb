package nl.talentcharter.members.domain;

/** A lifecycle action that the membership's current status does not allow. */
public class IllegalTransition extends RuntimeException {

    private final LifecycleAction action;
    private final MembershipStatus current;

    public IllegalTransition(LifecycleAction action, MembershipStatus current) {
        super("cannot " + action.name().toLowerCase() + " a membership that is " + current.name().toLowerCase());
        this.action = action;
        this.current = current;
    }

    public LifecycleAction action() {
        return action;
    }

    public MembershipStatus current() {
        return current;
    }
}
