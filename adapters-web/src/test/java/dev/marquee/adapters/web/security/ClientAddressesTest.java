package dev.marquee.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    @Test
    void onlyTheHopTheProxyAppendedCountsInXForwardedFor() {
        assertThat(ClientAddresses.lastHop("X-Forwarded-For", List.of("203.0.113.7, 198.51.100.9")))
                .hasValue("198.51.100.9");
        assertThat(
                        ClientAddresses.lastHop(
                                "X-Forwarded-For", List.of("203.0.113.7", "198.51.100.9")))
                .hasValue("198.51.100.9");
        assertThat(ClientAddresses.lastHop("X-Forwarded-For", List.of("198.51.100.9")))
                .hasValue("198.51.100.9");
    }

    @Test
    void readsTheForParameterOfTheLastForwardedElement() {
        assertThat(
                        ClientAddresses.lastHop(
                                "Forwarded",
                                List.of("for=203.0.113.7, for=198.51.100.9;proto=https")))
                .hasValue("198.51.100.9");
        assertThat(
                        ClientAddresses.lastHop(
                                "Forwarded", List.of("for=\"[2001:db8::17]:4711\";by=10.0.0.1")))
                .hasValue("2001:db8::17");
        assertThat(ClientAddresses.lastHop("Forwarded", List.of("proto=https;by=10.0.0.1")))
                .isEmpty();
    }

    @Test
    void dropsPortsAndRefusesWhatIsNoAddress() {
        assertThat(ClientAddresses.lastHop("X-Forwarded-For", List.of("192.0.2.1:8443")))
                .hasValue("192.0.2.1");
        assertThat(ClientAddresses.lastHop("X-Forwarded-For", List.of("2001:db8::1")))
                .hasValue("2001:db8::1");
        assertThat(ClientAddresses.lastHop("X-Forwarded-For", List.of("unknown"))).isEmpty();
        assertThat(ClientAddresses.lastHop("X-Forwarded-For", List.of("<script>"))).isEmpty();
        assertThat(ClientAddresses.lastHop("X-Forwarded-For", List.of("1.2.3.4, "))).isEmpty();
        assertThat(ClientAddresses.lastHop("X-Forwarded-For", List.of())).isEmpty();
    }
}
