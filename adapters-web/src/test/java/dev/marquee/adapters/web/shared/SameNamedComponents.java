package dev.marquee.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A test oracle independent of MapStruct: every response component whose name and type match a
 * source component holds the source's value, so a swapped pair of same-typed fields shows.
 */
public final class SameNamedComponents {

    private SameNamedComponents() {}

    /** Asserts the shared components are equal and returns their names, to check the count. */
    public static List<String> assertCopied(Record source, Record response) {
        List<String> compared = new ArrayList<>();
        for (RecordComponent target : response.getClass().getRecordComponents()) {
            for (RecordComponent from : source.getClass().getRecordComponents()) {
                if (from.getName().equals(target.getName())
                        && from.getGenericType().equals(target.getGenericType())) {
                    assertThat(value(target, response))
                            .as(target.getName())
                            .isEqualTo(value(from, source));
                    compared.add(target.getName());
                }
            }
        }
        return compared;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
