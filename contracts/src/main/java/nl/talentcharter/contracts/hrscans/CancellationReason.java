package nl.talentcharter.contracts.hrscans;

/** Why a scan was cancelled before it was completed. */
public enum CancellationReason {
    /** The member or an operator withdrew the request. */
    WITHDRAWN,
    /** The organisation's membership ended (a members event), so its open scans end too. */
    MEMBERSHIP_ENDED
}
