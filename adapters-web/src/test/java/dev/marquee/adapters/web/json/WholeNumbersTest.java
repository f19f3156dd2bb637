package dev.marquee.adapters.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.adapters.web.file.MainPhotoRequest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.exceptions.SerdeException;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole-number reading through the module's own serde, without a server. */
class WholeNumbersTest {

    private static ApplicationContext context;
    private static ObjectMapper json;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run();
        json = context.getBean(ObjectMapper.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "42.0", "4.2e1"})
    void aWholeNumberIsReadWhateverItsNotation(String number) throws IOException {
        assertThat(json.readValue("{\"fileId\": " + number + "}", MainPhotoRequest.class).fileId())
                .isEqualTo(42L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "0.001", "9223372036854775808", "1e30"})
    void aFractionOrANumberOutOfRangeIsRefusedNotCut(String number) {
        assertThatThrownBy(
                        () ->
                                json.readValue(
                                        "{\"fileId\": " + number + "}", MainPhotoRequest.class))
                .isInstanceOf(SerdeException.class);
    }

    @Test
    void intFieldsHaveTheirOwnRange() throws IOException {
        assertThat(json.readValue("2147483647", Integer.class)).isEqualTo(Integer.MAX_VALUE);
        assertThatThrownBy(() -> json.readValue("2147483648", Integer.class))
                .isInstanceOf(SerdeException.class);
        assertThatThrownBy(() -> json.readValue("90.7", Integer.class))
                .isInstanceOf(SerdeException.class);
    }
}
