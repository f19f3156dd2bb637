package dev.marquee.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectKeyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "posters/0b5e4c1a-3d2f-4e6a-9c1b-2a3b4c5d6e7f",
                "photos/abc",
                "users/avatars/a-1"
            })
    void acceptsFolderAndLowerCaseName(String key) {
        assertThat(new ObjectKey(key).value()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../x",
                "posters/../x",
                "posters/..",
                "/posters/x",
                "posters/x/",
                "posters//x",
                "posters/x.jpg",
                "posters\\x"
            })
    void rejectsTraversalAndStraySeparators(String key) {
        assertThatThrownBy(() -> new ObjectKey(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Posters/x", "posters/X", "POSTERS/ABC"})
    void rejectsUpperCase(String key) {
        assertThatThrownBy(() -> new ObjectKey(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "posters"})
    void rejectsEmptyMissingOrFolderlessKey(String key) {
        assertThatThrownBy(() -> new ObjectKey(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newInProducesAValidKeyUnderTheFolder() {
        ObjectKey key = ObjectKey.newIn("posters");

        assertThat(key.value()).startsWith("posters/");
        assertThat(new ObjectKey(key.value())).isEqualTo(key);
    }

    @Test
    void newInProducesAFreshKeyEachTime() {
        assertThat(ObjectKey.newIn("avatars")).isNotEqualTo(ObjectKey.newIn("avatars"));
    }

    @Test
    void folderNamesMayContainHyphens() {
        assertThat(ObjectKey.newIn("person-photos").value()).startsWith("person-photos/");
    }
}
