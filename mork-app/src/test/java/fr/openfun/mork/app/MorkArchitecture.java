package fr.openfun.mork.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules of STYLE.md §5, for any root package: the real test applies them to {@code
 * fr.openfun.mork}, the planted-violation test to a fixture tree that breaks each of them.
 */
final class MorkArchitecture {
  private MorkArchitecture() {}

  /** Leaves out test classes and test-jars (the stock option only skips target/test-classes). */
  static final class ExcludeTestsAndTestJars implements ImportOption {
    private final ImportOption stock = new ImportOption.DoNotIncludeTests();

    @Override
    public boolean includes(Location location) {
      return stock.includes(location)
          && !location.contains("-tests.jar")
          && !location.contains("/test-classes/");
    }
  }

  static ArchRule domainDependsOnlyOnJdkAndSlf4j(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(root + ".domain..", "java..", "org.slf4j..")
        .as("1. the domain depends only on the domain, the JDK and slf4j");
  }

  static ArchRule adaptersNeverUseDomainServices(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".adapter..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".domain.service..")
        .as("2. adapters never depend on domain services");
  }

  static ArchRule adaptersAreIndependent(String root) {
    return slices()
        .matching(root + ".adapter.(*)..")
        .should()
        .notDependOnEachOther()
        .as("3. adapters never depend on each other");
  }

  static ArchRule onlyAppSeesAdapters(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".adapter..")
        .should()
        .onlyHaveDependentClassesThat()
        .resideInAnyPackage(root + ".adapter..", root + ".app..")
        .as("4a. only adapters themselves and the app depend on adapter classes");
  }

  static ArchRule onlyAppSeesDomainServices(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain.service..")
        .should()
        .onlyHaveDependentClassesThat()
        .resideInAnyPackage(root + ".domain.service..", root + ".app..")
        .as("4b. only domain services themselves and the app depend on domain services");
  }

  static ArchRule noCycles(String root) {
    return slices().matching(root + ".(**)").should().beFreeOfCycles().as("5. no package cycles");
  }

  static ArchRule portsInAndOutAreSeparate(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".domain.port.in..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".domain.port.out..")
        .as("6a. port.in never depends on port.out");
  }

  static ArchRule portsOutAndInAreSeparate(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".domain.port.out..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".domain.port.in..")
        .as("6b. port.out never depends on port.in");
  }

  static ArchRule apiActsThroughUseCasesOnly(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + ".adapter.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(root + ".domain.port.out..")
        .as("7. the API acts through use cases only");
  }

  static ArchRule portsAreInterfaces(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain.port..")
        .and()
        .areTopLevelClasses()
        .and()
        .areNotAssignableTo(RuntimeException.class)
        .should()
        .beInterfaces()
        .as("8a. top-level types in domain.port are interfaces (exceptions aside)");
  }

  static ArchRule servicesAreNamedService(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".domain.service..")
        .and()
        .areTopLevelClasses()
        .should()
        .haveSimpleNameEndingWith("Service")
        .as("8b. top-level types in domain.service end in Service");
  }
}
