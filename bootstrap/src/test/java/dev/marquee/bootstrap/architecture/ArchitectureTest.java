package dev.marquee.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md. Written as plain JUnit tests calling {@code check},
 * not as {@code @ArchTest} fields, so no test-runner version can silently skip them; every rule
 * also fails when its subject matches no class at all (ArchUnit's default), so a moved package
 * cannot empty a rule.
 */
class ArchitectureTest {

    private static final String DOMAIN = "dev.marquee.domain..";
    private static final String APPLICATION = "dev.marquee.application..";
    private static final String RECOMMENDATION = "dev.marquee.application.recommendation..";
    private static final String PERSISTENCE = "dev.marquee.adapters.persistence..";
    private static final String WEB = "dev.marquee.adapters.web..";
    private static final String STORAGE = "dev.marquee.adapters.storage..";
    private static final String BOOTSTRAP = "dev.marquee.bootstrap..";

    private static JavaClasses marquee;

    @BeforeAll
    static void importProductionClasses() {
        marquee =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        // the domain's test-jar (fakes, port contracts) once packaged by verify
                        .withImportOption(location -> !location.contains("-tests.jar"))
                        .importPackages("dev.marquee");
    }

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
    void applicationServicesCarryNoFrameworkAnnotations() {
        noClasses()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .beAnnotatedWith(
                        DescribedPredicate.describe(
                                "a framework annotation",
                                annotation ->
                                        annotation
                                                        .getRawType()
                                                        .getPackageName()
                                                        .startsWith("io.micronaut")
                                                || annotation
                                                        .getRawType()
                                                        .getPackageName()
                                                        .startsWith("jakarta")))
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
    void controllersNeverReturnDomainObjects() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Controller.class)
                .and()
                .arePublic()
                .should()
                .haveRawReturnType(
                        DescribedPredicate.describe(
                                "a type outside the domain",
                                returnType ->
                                        !returnType
                                                .getPackageName()
                                                .startsWith("dev.marquee.domain")))
                .check(marquee);
    }
}
