package dev.marquee.adapters.web.caching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void matchesAnyListedTagWeaklyOrTheWildcard() {
        assertThat(EntityTags.matches("\"a\"", "\"a\"")).isTrue();
        assertThat(EntityTags.matches("\"x\", W/\"a\"", "\"a\"")).isTrue();
        assertThat(EntityTags.matches("*", "\"a\"")).isTrue();
        assertThat(EntityTags.matches("\"b\"", "\"a\"")).isFalse();
        assertThat(EntityTags.matches("a", "\"a\"")).isFalse();
        assertThat(EntityTags.matches(null, "\"a\"")).isFalse();
    }
}
