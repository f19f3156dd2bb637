package dev.marquee.bootstrap.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaGenericArrayType;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.JavaWildcardType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.marquee.domain.cast.CastRole;
import dev.marquee.domain.movie.MovieStatus;
import dev.marquee.domain.person.Gender;
import dev.marquee.domain.user.Role;
import dev.marquee.domain.view.FileView;
import dev.marquee.domain.view.MovieSummary;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md. Written as plain JUnit tests calling {@code check},
 * not as {@code @ArchTest} fields, so no test-runner version can silently skip them. Every rule
 * fails when its subject matches no class at all (ArchUnit's {@code archRule.failOnEmptyShould},
 * true by default and not overridden here), and the rules added for issue 11 also assert the number
 * of classes they check, so a moved package cannot empty a rule unnoticed.
 */
class ArchitectureTest {

    private static final String DOMAIN = "dev.marquee.domain..";
    private static final String IN_PORTS = "dev.marquee.domain.port.in..";
    private static final String OUT_PORTS = "dev.marquee.domain.port.out..";
    private static final String APPLICATION = "dev.marquee.application..";
    private static final String RECOMMENDATION = "dev.marquee.application.recommendation..";
    private static final String PERSISTENCE = "dev.marquee.adapters.persistence..";
    private static final String WEB = "dev.marquee.adapters.web..";
    private static final String STORAGE = "dev.marquee.adapters.storage..";
    private static final String BOOTSTRAP = "dev.marquee.bootstrap..";

    /**
     * Out-port implementations that live outside the persistence and storage adapters, on purpose.
     */
    private static final Set<String> OTHER_OUT_PORT_ADAPTERS =
            Set.of(
                    "dev.marquee.bootstrap.security.BcryptPasswordHasher",
                    "dev.marquee.bootstrap.cli.ConsoleProgress");

    /**
     * Domain enums the API already exposes by their constant names (api.md lists the values); any
     * other domain type in a controller's answer is a leak.
     */
    private static final Set<String> DOMAIN_ENUMS_ON_THE_WIRE =
            Set.of(
                    CastRole.class.getName(),
                    Gender.class.getName(),
                    MovieStatus.class.getName(),
                    Role.class.getName());

    private static JavaClasses marquee;

    @BeforeAll
    static void importProductionClasses() {
        marquee =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.marquee");
    }

    /**
     * Also keeps framework annotations off the services: ArchUnit counts annotations as
     * dependencies.
     */
    @Test
    void domainDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(DOMAIN, "java..", "org.jspecify..")
                .check(marquee);
    }

    @Test
    void applicationDependsOnTheDomainAndTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage(APPLICATION)
                .and()
                .resideOutsideOfPackage(RECOMMENDATION)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(APPLICATION, DOMAIN, "java..", "org.jspecify..")
                .check(marquee);
    }

    @Test
    void recommendationsAddOnlyACsvParserAndLinearAlgebra() {
        classes()
                .that()
                .resideInAPackage(RECOMMENDATION)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        APPLICATION,
                        DOMAIN,
                        "java..",
                        "org.jspecify..",
                        "org.apache.commons.csv..",
                        "org.ejml..")
                .check(marquee);
    }

    @Test
    void domainPackagesFormNoCycle() {
        assertThat(marquee.that(resideInAPackage(DOMAIN)).size())
                .as("domain classes checked for cycles")
                .isGreaterThan(100);
        slices().matching("dev.marquee.domain.(*)..").should().beFreeOfCycles().check(marquee);
    }

    @Test
    void inPortsAreUseCases() {
        assertThat(topLevelIn(IN_PORTS)).as("in-ports checked").isGreaterThan(10);
        classes()
                .that()
                .resideInAPackage(IN_PORTS)
                .and()
                .areTopLevelClasses()
                .should()
                .beInterfaces()
                .andShould()
                .haveSimpleNameEndingWith("UseCase")
                .check(marquee);
    }

    @Test
    void outPortsAreImplementedOnlyByTheAdaptersMeantTo() {
        long implementations =
                marquee.stream()
                        .filter(type -> !type.isInterface())
                        .filter(
                                type ->
                                        type.getAllRawInterfaces().stream()
                                                .anyMatch(
                                                        port ->
                                                                port.getPackageName()
                                                                        .startsWith(
                                                                                "dev.marquee.domain.port.out")))
                        .count();
        assertThat(implementations).as("out-port implementations checked").isGreaterThan(20);
        classes()
                .that()
                .implement(resideInAPackage(OUT_PORTS))
                .should()
                .resideInAnyPackage(PERSISTENCE, STORAGE)
                .orShould(
                        be(
                                DescribedPredicate.describe(
                                        "one of " + OTHER_OUT_PORT_ADAPTERS,
                                        (JavaClass type) ->
                                                OTHER_OUT_PORT_ADAPTERS.contains(type.getName()))))
                .check(marquee);
    }

    @Test
    void webAdapterUsesNeitherPersistenceNorStorageNorApplication() {
        noClasses()
                .that()
                .resideInAPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, STORAGE, APPLICATION, BOOTSTRAP)
                .check(marquee);
    }

    @Test
    void persistenceAdapterUsesNeitherWebNorStorageNorApplication() {
        noClasses()
                .that()
                .resideInAPackage(PERSISTENCE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(WEB, STORAGE, APPLICATION, BOOTSTRAP)
                .check(marquee);
    }

    @Test
    void storageAdapterUsesNeitherWebNorPersistenceNorApplication() {
        noClasses()
                .that()
                .resideInAPackage(STORAGE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(WEB, PERSISTENCE, APPLICATION, BOOTSTRAP)
                .check(marquee);
    }

    @Test
    void onlyTheWebAdapterSpeaksHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackages(WEB, BOOTSTRAP)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.micronaut.http..", "io.micronaut.security..")
                .check(marquee);
    }

    @Test
    void onlyThePersistenceAdapterSpeaksSql() {
        noClasses()
                .that()
                .resideOutsideOfPackages(PERSISTENCE, BOOTSTRAP)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..", "javax.sql..", "io.micronaut.data..", "org.postgresql..")
                .check(marquee);
    }

    @Test
    void everyControllerDeclaresWhoMayCallIt() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .beAnnotatedWith(Secured.class)
                .check(marquee);
    }

    @Test
    void controllersNeverReturnDomainObjectsNotEvenWrapped() {
        long endpoints =
                marquee.stream()
                        .filter(type -> type.isAnnotatedWith(Controller.class))
                        .flatMap(type -> type.getMethods().stream())
                        .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                        .count();
        assertThat(endpoints).as("public controller methods checked").isGreaterThan(50);
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Controller.class)
                .and()
                .arePublic()
                .should(exposeNoDomainType())
                .check(marquee);
    }

    @Test
    void responsesAreBuiltOnlyByTheirGeneratedMappers() {
        constructors()
                .that()
                .areDeclaredInClassesThat(
                        DescribedPredicate.describe(
                                "web response records",
                                (JavaClass type) ->
                                        type.isRecord()
                                                && type.getPackageName()
                                                        .startsWith("dev.marquee.adapters.web")
                                                && type.getName().matches(".*Response(\\$\\w+)*")))
                .should()
                .onlyBeCalled()
                .byClassesThat(
                        DescribedPredicate.describe(
                                "MapStruct mappers or Micronaut's generated introspections",
                                (JavaClass caller) ->
                                        caller.getSimpleName().endsWith("WebMapperImpl")
                                                || caller.getName()
                                                        .startsWith(
                                                                caller.getPackageName() + ".$")))
                .because(
                        "a hand-written positional constructor call is one swapped pair of"
                                + " same-typed arguments away from a silent bug")
                .check(marquee);
    }

    @Test
    void theDomainTypeRuleSeesThroughWrappersAndIntoResponses() {
        JavaClasses leaking =
                new ClassFileImporter()
                        .importClasses(LeakingEndpoints.class, LeakingResponse.class);
        assertThatThrownBy(
                        () ->
                                methods()
                                        .that()
                                        .areDeclaredIn(LeakingEndpoints.class)
                                        .should(exposeNoDomainType())
                                        .check(leaking))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(MovieSummary.class.getName())
                .hasMessageContaining(FileView.class.getName())
                .hasMessageNotContaining(CastRole.class.getName());
    }

    /** Endpoints shaped like a controller's that leak read models: wrapped, and as a component. */
    static class LeakingEndpoints {

        public CompletableFuture<List<MovieSummary>> wrapped() {
            return CompletableFuture.completedFuture(List.of());
        }

        public LeakingResponse nested() {
            return new LeakingResponse("title", CastRole.LEADING, null);
        }
    }

    /** A response record with an allowed domain enum and a leaked read model. */
    record LeakingResponse(String title, CastRole role, FileView poster) {}

    private static long topLevelIn(String packages) {
        return marquee.that(resideInAPackage(packages)).stream()
                .filter(JavaClass::isTopLevelClass)
                .count();
    }

    private static ArchCondition<JavaMethod> exposeNoDomainType() {
        return new ArchCondition<>(
                "expose no domain type, neither as the return type, nor as a type argument of it,"
                        + " nor as a component of a web type it returns") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                List<String> leaks = new ArrayList<>();
                collectDomainTypes(method.getReturnType(), "returns", new HashSet<>(), leaks);
                for (String leak : leaks) {
                    events.add(
                            SimpleConditionEvent.violated(
                                    method, method.getFullName() + " " + leak));
                }
            }
        };
    }

    /**
     * Walks a type: its type arguments and bounds, array components, and the instance fields of
     * Marquee's own non-domain types (response records and their nested records), collecting every
     * domain type reached.
     */
    private static void collectDomainTypes(
            JavaType type, String path, Set<String> seen, List<String> leaks) {
        if (type instanceof JavaParameterizedType parameterized) {
            collectDomainTypes(parameterized.toErasure(), path, seen, leaks);
            for (JavaType argument : parameterized.getActualTypeArguments()) {
                collectDomainTypes(argument, path + "<>", seen, leaks);
            }
            return;
        }
        if (type instanceof JavaWildcardType wildcard) {
            wildcard.getUpperBounds()
                    .forEach(bound -> collectDomainTypes(bound, path, seen, leaks));
            wildcard.getLowerBounds()
                    .forEach(bound -> collectDomainTypes(bound, path, seen, leaks));
            return;
        }
        if (type instanceof JavaTypeVariable<?> variable) {
            variable.getUpperBounds()
                    .forEach(bound -> collectDomainTypes(bound, path, seen, leaks));
            return;
        }
        if (type instanceof JavaGenericArrayType array) {
            collectDomainTypes(array.getComponentType(), path + "[]", seen, leaks);
            return;
        }
        JavaClass raw = type.toErasure();
        if (raw.isArray()) {
            collectDomainTypes(raw.getComponentType(), path + "[]", seen, leaks);
            return;
        }
        if (!seen.add(raw.getName())) {
            return;
        }
        if (raw.getPackageName().startsWith("dev.marquee.domain")
                && !DOMAIN_ENUMS_ON_THE_WIRE.contains(raw.getName())) {
            leaks.add(path + " " + raw.getName());
        }
        if (raw.getPackageName().startsWith("dev.marquee.")
                && !raw.getPackageName().startsWith("dev.marquee.domain")) {
            for (JavaField field : raw.getFields()) {
                if (!field.getModifiers().contains(JavaModifier.STATIC)) {
                    collectDomainTypes(
                            field.getType(),
                            path + " " + raw.getSimpleName() + "." + field.getName(),
                            seen,
                            leaks);
                }
            }
        }
    }
}
