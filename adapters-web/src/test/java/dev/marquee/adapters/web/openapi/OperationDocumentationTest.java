package dev.marquee.adapters.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.marquee.adapters.web.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The annotations the OpenAPI document is generated from agree with the code: every operation has
 * an operationId of its own, and the security it documents is what its {@code @Secured} enforces (a
 * public operation documents none, one for signed-in callers {@link RequiresToken}, one for
 * administrators {@link RequiresAdmin}).
 */
class OperationDocumentationTest {

    private static final List<Class<? extends Annotation>> ROUTES =
            List.of(Get.class, Post.class, Put.class, Patch.class, Delete.class);

    @Test
    void everyOperationHasAnOperationIdOfItsOwn() {
        Set<String> seen = new HashSet<>();
        List<Method> operations = operations();
        assertThat(operations).hasSizeGreaterThan(50);
        for (Method operation : operations) {
            Operation documented = operation.getAnnotation(Operation.class);
            assertThat(documented).as(name(operation) + " has @Operation").isNotNull();
            assertThat(documented.operationId()).as(name(operation)).matches("[a-z][A-Za-z]+");
            assertThat(seen.add(documented.operationId()))
                    .as(documented.operationId() + " is used once")
                    .isTrue();
        }
    }

    @Test
    void everyOperationDocumentsTheSecurityItsSecuredEnforces() {
        for (Method operation : operations()) {
            Secured secured = operation.getAnnotation(Secured.class);
            if (secured == null) {
                secured = operation.getDeclaringClass().getAnnotation(Secured.class);
            }
            List<String> access = List.of(secured.value());
            boolean token = operation.isAnnotationPresent(RequiresToken.class);
            boolean admin = operation.isAnnotationPresent(RequiresAdmin.class);
            if (access.contains(Roles.ADMIN)) {
                assertThat(admin && !token).as(name(operation) + " is for admins").isTrue();
            } else if (access.contains(SecurityRule.IS_AUTHENTICATED)) {
                assertThat(token && !admin).as(name(operation) + " needs a token").isTrue();
            } else {
                assertThat(access).as(name(operation)).containsExactly(SecurityRule.IS_ANONYMOUS);
                assertThat(token || admin).as(name(operation) + " is public").isFalse();
            }
        }
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** The public route methods of every documented controller of this module. */
    private static List<Method> operations() {
        List<Method> operations = new ArrayList<>();
        for (Class<?> type : classesOfThisModule()) {
            if (!type.isAnnotationPresent(Controller.class)
                    || type.isAnnotationPresent(Hidden.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && ROUTES.stream().anyMatch(method::isAnnotationPresent)) {
                    operations.add(method);
                }
            }
        }
        return operations;
    }

    private static List<Class<?>> classesOfThisModule() {
        try {
            Path root =
                    Path.of(
                            MarqueeApiDefinition.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.map(root::relativize)
                        .map(Path::toString)
                        .filter(file -> file.endsWith(".class") && !file.contains("$"))
                        .map(file -> file.substring(0, file.length() - 6).replace('/', '.'))
                        .filter(name -> name.startsWith("dev.marquee.adapters.web."))
                        .map(OperationDocumentationTest::load)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OperationDocumentationTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
