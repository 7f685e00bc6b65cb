package nl.talentcharter.contracts.vocabulary;

/**
 * How the alliance first got in touch with an organisation that later joined. Travels on the wire as
 * the constant's name.
 */
public enum FirstContactChannel {
    EVENT, HR_SCAN, WORK_VISIT, REFERRAL, WEBSITE, OTHER
}
