package org.outagedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import java.util.List;
import org.springframework.data.repository.Repository;

/** Architecture rules of docs/architecture.md ("Modules"), checked on the production classes. */
@AnalyzeClasses(packages = "org.outagedesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS =
            List.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class, DenyAll.class);

    @ArchTest
    static final ArchRule modulesHaveNoCycles = slices().matching("org.outagedesk.(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule repositoriesStayInTheirModule = classes()
            .that().areAssignableTo(Repository.class).and().areInterfaces()
            .should(onlyBeUsedInsideTheirOwnModule())
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule onlyUiCodeDependsOnUi = noClasses()
            .that().resideOutsideOfPackage("org.outagedesk..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.outagedesk..ui..")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule everyRouteDeclaresItsAccess = classes()
            .that().areAnnotatedWith(Route.class)
            .should(carryOneOf(ACCESS_ANNOTATIONS))
            .allowEmptyShould(false);

    private static ArchCondition<JavaClass> onlyBeUsedInsideTheirOwnModule() {
        return new ArchCondition<>("only be used inside their own module") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                String module = module(repository);
                repository.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !module.equals(module(dependency.getOriginClass())))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription() + " crosses into module " + module)));
            }
        };
    }

    private static ArchCondition<JavaClass> carryOneOf(List<Class<? extends Annotation>> options) {
        return new ArchCondition<>("be annotated with one of " + options.stream().map(Class::getSimpleName).toList()) {
            @Override
            public void check(JavaClass route, ConditionEvents events) {
                boolean annotated = options.stream().anyMatch(route::isAnnotatedWith);
                events.add(new SimpleConditionEvent(route, annotated,
                        route.getName() + (annotated ? " declares" : " does not declare") + " who may open it"));
            }
        };
    }

    /** The top-level package under org.outagedesk, i.e. the Spring Modulith module. */
    static String module(JavaClass javaClass) {
        String rest = javaClass.getPackageName().replaceFirst("^org\\.outagedesk\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

}
