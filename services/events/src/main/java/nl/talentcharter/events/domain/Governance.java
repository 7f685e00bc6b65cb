package nl.talentcharter.events.domain;

import java.util.ArrayList;
import java.util.List;

/** What a governance meeting adds to a gathering: who is invited, the agenda, minutes and decisions. */
public record Governance(List<String> invitedParties, List<String> agenda, String minutes, List<Decision> decisions) {

    public Governance {
        invitedParties = List.copyOf(invitedParties == null ? List.of() : invitedParties);
        agenda = List.copyOf(agenda == null ? List.of() : agenda);
        decisions = List.copyOf(decisions == null ? List.of() : decisions);
    }

    static Governance empty() {
        return new Governance(List.of(), List.of(), null, List.of());
    }

    Governance withInvitationsAndAgenda(List<String> parties, List<String> items) {
        parties.forEach(party -> Texts.require("invitedParties", party, 200));
        items.forEach(item -> Texts.require("agenda", item, 500));
        return new Governance(parties, items, minutes, decisions);
    }

    Governance withMinutes(String text) {
        Texts.require("minutes", text, 20000);
        return new Governance(invitedParties, agenda, text, decisions);
    }

    Governance withDecision(Decision decision) {
        List<Decision> all = new ArrayList<>(decisions);
        all.add(decision);
        return new Governance(invitedParties, agenda, minutes, all);
    }
}
