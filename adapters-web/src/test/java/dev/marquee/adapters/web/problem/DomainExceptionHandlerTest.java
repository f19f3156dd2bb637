package dev.marquee.adapters.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.domain.shared.AuthenticationFailedException;
import dev.marquee.domain.shared.ConflictException;
import dev.marquee.domain.shared.DomainException;
import dev.marquee.domain.shared.FileTooLargeException;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.shared.NotFoundException;
import dev.marquee.domain.shared.UnsupportedImageException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DomainExceptionHandlerTest {

    static Stream<Arguments> everyKindOfDomainError() {
        return Stream.of(
                Arguments.of(new NotFoundException("movie", 7), HttpStatus.NOT_FOUND),
                Arguments.of(
                        new ConflictException("duplicate-genre-name", "taken"),
                        HttpStatus.CONFLICT),
                Arguments.of(
                        new InvalidInputException("title", "must not be blank"),
                        HttpStatus.BAD_REQUEST),
                Arguments.of(new AuthenticationFailedException(), HttpStatus.UNAUTHORIZED),
                Arguments.of(new UnsupportedImageException(), HttpStatus.UNSUPPORTED_MEDIA_TYPE),
                Arguments.of(new FileTooLargeException(10), HttpStatus.REQUEST_ENTITY_TOO_LARGE));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfDomainError")
    void mapsEveryKindToItsStatus(DomainException error, HttpStatus status) {
        assertThat(DomainExceptionHandler.statusOf(error).getCode()).isEqualTo(status.getCode());
    }

    @Test
    void everyPermittedSubclassIsMapped() {
        List<Class<?>> mapped =
                everyKindOfDomainError()
                        .<Class<?>>map(arguments -> arguments.get()[0].getClass())
                        .toList();

        assertThat(mapped)
                .containsExactlyInAnyOrder(DomainException.class.getPermittedSubclasses());
    }

    @Test
    void invalidInputNamesEveryFieldInTheProblem() {
        var response =
                new DomainExceptionHandler()
                        .handle(
                                HttpRequest.GET("/movies"),
                                new InvalidInputException(
                                        List.of(
                                                new InvalidInputException.FieldViolation(
                                                        "title", "must not be blank"),
                                                new InvalidInputException.FieldViolation(
                                                        "duration", "must be positive"))));

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.body().type()).endsWith("/invalid-input");
        assertThat(response.body().status()).isEqualTo(400);
        assertThat(response.body().errors())
                .extracting(Problem.FieldError::field)
                .containsExactly("title", "duration");
    }
}
