package fr.openfun.mork.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the modules honest: STYLE.md §5 on every production class of Mork. */
class ArchitectureTest {
  private static final String ROOT = "fr.openfun.mork";
  private static JavaClasses mork;

  @BeforeAll
  static void importProductionClasses() {
    mork =
        new ClassFileImporter()
            .withImportOption(new MorkArchitecture.ExcludeTestsAndTestJars())
            .importPackages(ROOT);
  }

  @Test
  void domainDependsOnlyOnJdkAndSlf4j() {
    MorkArchitecture.domainDependsOnlyOnJdkAndSlf4j(ROOT).check(mork);
  }

  @Test
  void adaptersNeverUseDomainServices() {
    MorkArchitecture.adaptersNeverUseDomainServices(ROOT).check(mork);
  }

  @Test
  void adaptersAreIndependent() {
    MorkArchitecture.adaptersAreIndependent(ROOT).check(mork);
  }

  @Test
  void onlyAppSeesAdapters() {
    MorkArchitecture.onlyAppSeesAdapters(ROOT).check(mork);
  }

  @Test
  void onlyAppSeesDomainServices() {
    MorkArchitecture.onlyAppSeesDomainServices(ROOT).check(mork);
  }

  @Test
  void noPackageCycles() {
    MorkArchitecture.noCycles(ROOT).check(mork);
  }

  @Test
  void portInNeverDependsOnPortOut() {
    MorkArchitecture.portsInAndOutAreSeparate(ROOT).check(mork);
  }

  @Test
  void portOutNeverDependsOnPortIn() {
    MorkArchitecture.portsOutAndInAreSeparate(ROOT).check(mork);
  }

  @Test
  void apiActsThroughUseCasesOnly() {
    MorkArchitecture.apiActsThroughUseCasesOnly(ROOT).check(mork);
  }

  @Test
  void portsAreInterfaces() {
    MorkArchitecture.portsAreInterfaces(ROOT).check(mork);
  }

  @Test
  void servicesAreNamedService() {
    MorkArchitecture.servicesAreNamedService(ROOT).check(mork);
  }
}
