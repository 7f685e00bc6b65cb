package nl.talentcharter.members.domain;

import java.time.Instant;

/** Tombstone of an erased contact: that and when it was erased and by whom, nothing about the person. */
public record Erasure(Instant erasedAt, String erasedBy) {
}
