package nl.talentcharter.contracts.hrscans;

/** Who asked for an HR scan: the member organisation itself or an alliance operator on its behalf. */
public enum ScanRequester {
    MEMBER, OPERATOR
}
