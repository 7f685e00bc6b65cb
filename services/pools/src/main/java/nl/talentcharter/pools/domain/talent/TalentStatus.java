package nl.talentcharter.pools.domain.talent;

public enum TalentStatus {
    AVAILABLE, WITHDRAWN, ERASED
}
