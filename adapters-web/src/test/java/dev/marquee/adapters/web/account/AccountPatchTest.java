package dev.marquee.adapters.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.domain.account.AccountChanges;
import dev.marquee.domain.genre.GenreId;
import dev.marquee.domain.shared.Change;
import dev.marquee.domain.shared.InvalidInputException;
import dev.marquee.domain.user.EmailAddress;
import io.micronaut.json.tree.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountPatchTest {

    @Test
    void aFieldLeftOutStaysAndANullClearsIt() {
        AccountChanges changes = read(Map.of("firstName", JsonNode.nullNode()));

        assertThat(changes.firstName()).isEqualTo(new Change<String>(null));
        assertThat(changes.lastName()).isNull();
        assertThat(changes.email()).isNull();
        assertThat(changes.favoriteGenreIds()).isNull();
        assertThat(changes.notificationPreferences()).isNull();
        assertThat(read(Map.of()).isEmpty()).isTrue();
    }

    @Test
    void readsEveryEditableField() {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("firstName", JsonNode.createStringNode("Ada"));
        body.put("lastName", JsonNode.createStringNode("Lovelace"));
        body.put("email", JsonNode.createStringNode("ada@example.org"));
        body.put("bio", JsonNode.createStringNode("Analyst"));
        body.put("birthDate", JsonNode.createStringNode("1990-12-10"));
        body.put(
                "favoriteGenreIds",
                JsonNode.createArrayNode(
                        List.of(JsonNode.createNumberNode(3), JsonNode.createNumberNode(5L))));
        body.put(
                "notificationPreferences",
                JsonNode.createObjectNode(Map.of("newsletter", JsonNode.createBooleanNode(true))));
        body.put("roles", JsonNode.createArrayNode(List.of(JsonNode.createStringNode("ADMIN"))));

        AccountChanges changes = read(body);

        assertThat(changes.firstName()).isEqualTo(new Change<>("Ada"));
        assertThat(changes.lastName()).isEqualTo(new Change<>("Lovelace"));
        assertThat(changes.email()).isEqualTo(new Change<>(new EmailAddress("ada@example.org")));
        assertThat(changes.bio()).isEqualTo(new Change<>("Analyst"));
        assertThat(changes.birthDate()).isEqualTo(new Change<>(LocalDate.of(1990, 12, 10)));
        assertThat(changes.favoriteGenreIds())
                .isEqualTo(new Change<>(Set.of(new GenreId(3), new GenreId(5))));
        assertThat(changes.notificationPreferences()).isEqualTo(Map.of("newsletter", true));
    }

    @Test
    void nullFavoriteGenresClearThemAndNullPreferencesChangeNothing() {
        Map<String, JsonNode> body = new LinkedHashMap<>();
        body.put("favoriteGenreIds", JsonNode.nullNode());
        body.put("notificationPreferences", JsonNode.nullNode());

        AccountChanges changes = read(body);

        assertThat(changes.favoriteGenreIds()).isEqualTo(new Change<>(Set.of()));
        assertThat(changes.notificationPreferences()).isNull();
    }

    @Test
    void wrongShapesAreInvalidInputNamingTheField() {
        assertInvalid(Map.of("firstName", JsonNode.createNumberNode(7)), "firstName");
        assertInvalid(Map.of("birthDate", JsonNode.createStringNode("10/12/1990")), "birthDate");
        assertInvalid(Map.of("email", JsonNode.createStringNode("not-an-email")), "email");
        assertInvalid(
                Map.of("favoriteGenreIds", JsonNode.createStringNode("3")), "favoriteGenreIds");
        assertInvalid(
                Map.of(
                        "favoriteGenreIds",
                        JsonNode.createArrayNode(List.of(JsonNode.createNumberNode(1.5)))),
                "favoriteGenreIds");
        assertInvalid(
                Map.of(
                        "favoriteGenreIds",
                        JsonNode.createArrayNode(List.of(JsonNode.createNumberNode(0)))),
                "favoriteGenreIds");
        assertInvalid(
                Map.of("notificationPreferences", JsonNode.createBooleanNode(true)),
                "notificationPreferences");
        assertInvalid(
                Map.of(
                        "notificationPreferences",
                        JsonNode.createObjectNode(
                                Map.of("newsletter", JsonNode.createStringNode("yes")))),
                "notificationPreferences.newsletter");
    }

    @Test
    void aBodyThatIsNotAnObjectIsInvalid() {
        assertThatThrownBy(() -> AccountPatch.read(JsonNode.createArrayNode(List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("body"));
    }

    private static AccountChanges read(Map<String, JsonNode> body) {
        return AccountPatch.read(JsonNode.createObjectNode(body));
    }

    private static void assertInvalid(Map<String, JsonNode> body, String field) {
        assertThatThrownBy(() -> read(body))
                .as(field)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo(field));
    }
}
