package nl.talentcharter.contracts.partners;

/** Why workers of an employer need another job; a closed list so that no free text (and no person) slips in. */
public enum WorkToWorkReason {
    REORGANISATION, CLOSURE, BANKRUPTCY, RELOCATION, AUTOMATION, DECLINING_DEMAND, OTHER
}
