package nl.talentcharter.contracts.vocabulary;

/**
 * What a contact person consents to; each purpose is granted or withdrawn on its own. Travels on the
 * wire as the constant's name.
 */
public enum ConsentPurpose {
    EVENT_INVITATIONS, NEWSLETTER, PARTNER_SHARING
}
