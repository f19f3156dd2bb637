package dev.marquee.adapters.web.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reports bean-validation failures on requests as problem+json naming each offending field. */
@Singleton
@Produces(Problems.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(
            HttpRequest request, ConstraintViolationException exception) {
        List<Problem.FieldError> errors =
                exception.getConstraintViolations().stream()
                        .map(
                                violation ->
                                        new Problem.FieldError(
                                                fieldOf(violation), violation.getMessage()))
                        .sorted(Comparator.comparing(Problem.FieldError::field))
                        .toList();
        String detail =
                errors.size() == 1
                        ? errors.get(0).field() + " " + errors.get(0).message()
                        : errors.size() + " fields are invalid";
        return Problems.response(HttpStatus.BAD_REQUEST, "invalid-input", detail, errors);
    }

    /**
     * The request field a violation concerns: for a body, the property path inside it ({@code
     * name}, {@code genreIds[0]}); for a query or path argument, the argument's name.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY
                    || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName() == null ? "" : node.getName();
                properties.add(node.getIndex() == null ? name : name + "[" + node.getIndex() + "]");
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties.stream().filter(name -> !name.isEmpty()).toList());
        }
        return parameter == null ? "request" : parameter;
    }
}
