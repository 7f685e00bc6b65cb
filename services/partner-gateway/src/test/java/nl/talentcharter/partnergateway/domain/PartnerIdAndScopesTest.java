package nl.talentcharter.partnergateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.talentcharter.contracts.Topics;
import nl.talentcharter.contracts.members.MemberEvents;
import nl.talentcharter.contracts.monitoring.MonitoringEvents;
import nl.talentcharter.contracts.partners.PartnerEvents;
import org.junit.jupiter.api.Test;

class PartnerIdAndScopesTest {

    @Test
    void aPartnerIdIsKebabCaseAndNamesItsSource() {
        assertThat(new PartnerId("uwv").source()).isEqualTo("/partners/uwv");
        assertThat(new PartnerId("region-zuid").source()).isEqualTo("/partners/region-zuid");
        assertThatThrownBy(() -> new PartnerId("Partner UWV")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartnerId(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scopesFollowTheServiceOfATopicAndTheNameOfAPartnerType() {
        assertThat(Scopes.toRead(Topics.MEMBERS)).isEqualTo("members.read");
        assertThat(Scopes.toRead(Topics.HR_SCANS)).isEqualTo("hr-scans.read");
        assertThat(Scopes.toRead(Topics.MONITORING_KPI)).isEqualTo("monitoring.read");
        assertThat(Scopes.toPublish(PartnerEvents.TALENT_REFERRED)).isEqualTo("partners.talent-referred.write");
        assertThat(Scopes.mayRead(Set.of("members.read"), MemberEvents.MEMBER_JOINED)).isTrue();
        assertThat(Scopes.mayRead(Set.of("members.read"), MonitoringEvents.KPI_SNAPSHOT)).isFalse();
        assertThat(Scopes.mayRead(Set.of("partners.read"), PartnerEvents.TALENT_REFERRED))
                .as("partner messages are no public topic").isFalse();
    }
}
