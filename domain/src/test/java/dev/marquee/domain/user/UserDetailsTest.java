package dev.marquee.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.shared.InvalidInputException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserDetailsTest {

    private static final Username ADA = new Username("ada");

    @Test
    void alwaysIncludesTheUserRole() {
        UserDetails user = new UserDetails(ADA, null, "hash", null, null, Set.of());

        assertThat(user.roles()).containsExactly(Role.USER);
    }

    @Test
    void addsTheUserRoleToAnAdmin() {
        UserDetails user = new UserDetails(ADA, null, "hash", null, null, Set.of(Role.ADMIN));

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.USER, Role.ADMIN);
    }

    @Test
    void trimsNamesAndDropsBlankOnes() {
        UserDetails user = new UserDetails(ADA, null, "hash", "  Ada ", "   ", Set.of());

        assertThat(user.firstName()).isEqualTo("Ada");
        assertThat(user.lastName()).isNull();
    }

    @Test
    void rejectsNamesLongerThanTheLimit() {
        String tooLong = "x".repeat(UserDetails.MAX_NAME_LENGTH + 1);

        assertThatThrownBy(() -> new UserDetails(ADA, null, "hash", null, tooLong, Set.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e ->
                                assertThat(e.violations())
                                        .extracting(InvalidInputException.FieldViolation::field)
                                        .containsExactly("lastName"));
    }

    @Test
    void requiresAUsername() {
        assertThatThrownBy(() -> new UserDetails(null, null, "hash", null, null, Set.of()))
                .isInstanceOf(NullPointerException.class);
    }
}
