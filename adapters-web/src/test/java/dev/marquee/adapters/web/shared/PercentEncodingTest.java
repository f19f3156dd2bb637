package dev.marquee.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentEncodingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/movies?q=am%C3%A9lie",
                "/api/v1/movies?q=caf%c3%a9+cr%C3%A8me",
                "/x?q=%E2%82%AC",
                "/x?q=%F0%9F%8E%AC",
                "/x?q=100%25",
                "/x?q=%00",
                "/plain/path",
                "/x?q=\u00e9",
                "/x?q=\ud83c\udfac"
            })
    void wellFormedUtf8PassesWhetherEscapedOrNot(String raw) {
        assertThat(PercentEncoding.isValidUtf8(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/x?q=%FF",
                "/x?q=%C3%28",
                "/x?q=%E2%82",
                "/x?q=%",
                "/x?q=%4",
                "/x?q=%zz",
                "/x?q=%C0%AF",
                "/x?q=%ED%A0%80",
                "/x?q=%F4%90%80%80"
            })
    void malformedEscapesOrBytesThatAreNoUtf8Fail(String raw) {
        assertThat(PercentEncoding.isValidUtf8(raw)).isFalse();
    }
}
