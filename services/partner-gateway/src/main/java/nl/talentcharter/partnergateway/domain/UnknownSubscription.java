package nl.talentcharter.partnergateway.domain;

/** No such subscription, or not one the caller may see (the same answer, so ids cannot be probed). */
public class UnknownSubscription extends RuntimeException {

    public UnknownSubscription(String subscriptionId) {
        super("no subscription " + subscriptionId);
    }
}
