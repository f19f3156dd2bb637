package dev.marquee.domain.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImageTypeTest {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] WEBP = "RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void recognisesEachFormatByItsLeadingBytes() {
        assertThat(ImageType.sniff(head(JPEG), JPEG.length)).contains(ImageType.JPEG);
        assertThat(ImageType.sniff(head(PNG), PNG.length)).contains(ImageType.PNG);
        assertThat(ImageType.sniff(head(WEBP), WEBP.length)).contains(ImageType.WEBP);
    }

    @Test
    void tooFewBytesOrAnotherSignatureIsNoImage() {
        assertThat(ImageType.sniff(head(JPEG), 2)).isEmpty();
        assertThat(ImageType.sniff(head(PNG), 7)).isEmpty();
        assertThat(ImageType.sniff(head(WEBP), 11)).isEmpty();
        assertThat(ImageType.sniff(head("GIF89a".getBytes(StandardCharsets.US_ASCII)), 6))
                .isEmpty();
        assertThat(
                        ImageType.sniff(
                                head("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.ISO_8859_1)), 12))
                .isEmpty();
        assertThat(ImageType.sniff(new byte[ImageType.SIGNATURE_LENGTH], 0)).isEmpty();
    }

    @Test
    void eachFormatHasItsMimeTypeAndExtension() {
        assertThat(ImageType.PNG.mimeType()).isEqualTo("image/png");
        assertThat(ImageType.JPEG.extension()).isEqualTo("jpg");
        assertThat(ImageType.WEBP.mimeType()).isEqualTo("image/webp");
    }

    private static byte[] head(byte[] signature) {
        return Arrays.copyOf(signature, ImageType.SIGNATURE_LENGTH);
    }
}
