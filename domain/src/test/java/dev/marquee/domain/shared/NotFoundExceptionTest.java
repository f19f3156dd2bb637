package dev.marquee.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotFoundExceptionTest {

    @Test
    void codeIsTheResourceFollowedByNotFound() {
        assertThat(new NotFoundException("genre", 7L).code()).isEqualTo("genre-not-found");
    }

    @Test
    void messageNamesTheResourceAndTheId() {
        assertThat(new NotFoundException("genre", 7L)).hasMessage("No genre with id 7 exists");
    }

    @Test
    void messageSpellsHyphenatedResourcesAsWords() {
        NotFoundException e = new NotFoundException("cast-credit", 3L);

        assertThat(e.code()).isEqualTo("cast-credit-not-found");
        assertThat(e).hasMessage("No cast credit with id 3 exists");
    }
}
