package nl.talentcharter.partnergateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.talentcharter.partnergateway.domain.FeedPosition.Partition;
import org.junit.jupiter.api.Test;

class FeedPositionTest {

    private static final Partition MEMBERS_0 = new Partition("talentcharter.members", 0);
    private static final Partition KPI_2 = new Partition("talentcharter.monitoring.kpi", 2);

    @Test
    void survivesItsTextFormAndMovesOnePartitionPastTheRecordRead() {
        Map<Partition, Long> next = new LinkedHashMap<>();
        next.put(MEMBERS_0, 12L);
        next.put(KPI_2, 0L);
        FeedPosition position = FeedPosition.of(next).after(KPI_2, 41);

        FeedPosition parsed = FeedPosition.parse(position.toString());

        assertThat(parsed).isEqualTo(position);
        assertThat(parsed.next()).containsEntry(MEMBERS_0, 12L).containsEntry(KPI_2, 42L);
    }

    @Test
    void refusesWhatItDidNotGiveOut() {
        assertThatThrownBy(() -> FeedPosition.parse("garbage")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedPosition.parse("v1;talentcharter.members:0:-1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedPosition.parse("v1;talentcharter.members:x:1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeedPosition.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
