package dev.marquee.domain.file;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "heat.png|heat.jpg",
                "C:\\Users\\ada\\poster.final.PNG|poster.final.jpg",
                "../../etc/passwd|passwd.jpg",
                "<script>.gif|script_.jpg",
                "...hidden|image.jpg",
                "Amélie.webp|Amélie.jpg",
                "'  '|image.jpg",
            })
    void keepsTheBaseNameCleanedAndGivesTheSniffedTypesExtension(String declared, String stored) {
        assertThat(FileNames.sanitize(declared, ImageType.JPEG)).isEqualTo(stored);
    }

    @org.junit.jupiter.api.Test
    void noNameOrAVeryLongOneStillGivesAShortName() {
        assertThat(FileNames.sanitize(null, ImageType.PNG)).isEqualTo("image.png");
        assertThat(FileNames.sanitize("a".repeat(300) + ".png", ImageType.WEBP))
                .isEqualTo("a".repeat(100) + ".webp");
    }
}
