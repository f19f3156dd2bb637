package dev.marquee.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class RefreshTokenHashTest {

    @Test
    void sameTokenGivesEqualHashes() {
        RefreshTokenHash first = RefreshTokenHash.of("token-abc");
        RefreshTokenHash second = RefreshTokenHash.of("token-abc");

        assertThat(first).isEqualTo(second);
        assertThat(first.hashCode()).isEqualTo(second.hashCode());
    }

    @Test
    void differentTokensGiveDifferentHashes() {
        assertThat(RefreshTokenHash.of("token-abc")).isNotEqualTo(RefreshTokenHash.of("token-abd"));
    }

    @Test
    void digestIsThirtyTwoBytes() {
        assertThat(RefreshTokenHash.of("anything").digest()).hasSize(32);
    }

    @Test
    void digestIsSha256OfTheUtf8Token() {
        assertThat(HexFormat.of().formatHex(RefreshTokenHash.of("abc").digest()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void toStringDoesNotRevealTheDigest() {
        RefreshTokenHash hash = RefreshTokenHash.of("abc");

        assertThat(hash.toString())
                .doesNotContain("ba7816bf")
                .doesNotContain("[B@")
                .contains("hidden");
    }

    @Test
    void changingAReturnedDigestDoesNotChangeTheHash() {
        RefreshTokenHash hash = RefreshTokenHash.of("abc");

        hash.digest()[0] ^= 1;

        assertThat(hash).isEqualTo(RefreshTokenHash.of("abc"));
    }

    @Test
    void changingTheSourceArrayDoesNotChangeTheHash() {
        byte[] bytes = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        RefreshTokenHash hash = new RefreshTokenHash(bytes);

        bytes[0] = 'X';

        assertThat(hash.digest()[0]).isEqualTo((byte) '0');
    }
}
