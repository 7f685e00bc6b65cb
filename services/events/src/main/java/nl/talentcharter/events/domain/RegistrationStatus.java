package nl.talentcharter.events.domain;

public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
