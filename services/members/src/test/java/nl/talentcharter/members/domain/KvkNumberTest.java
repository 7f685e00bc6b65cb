package nl.talentcharter.members.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KvkNumberTest {

    @Test
    void eight_digits_are_a_kvk_number() {
        assertThat(new KvkNumber("12345678").value()).isEqualTo("12345678");
        assertThat(new KvkNumber("00000001").value()).isEqualTo("00000001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "1234 5678", " 12345678", "١٢٣٤٥٦٧٨", "-1234567"})
    void anything_else_is_rejected_naming_the_field(String candidate) {
        assertThatThrownBy(() -> new KvkNumber(candidate))
                .isInstanceOfSatisfying(InvalidMemberData.class, e -> assertThat(e.field()).isEqualTo("kvkNumber"));
    }
}
