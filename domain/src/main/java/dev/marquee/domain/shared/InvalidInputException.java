package dev.marquee.domain.shared;

import java.util.List;

/** One or more input values break a rule; each violation names the field it concerns. */
public final class InvalidInputException extends DomainException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super("invalid-input", describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String describe(List<FieldViolation> violations) {
        return violations.size() == 1
                ? violations.get(0).field() + " " + violations.get(0).message()
                : violations.size() + " fields are invalid";
    }

    /** A rule that one input field breaks. */
    public record FieldViolation(String field, String message) {}
}
