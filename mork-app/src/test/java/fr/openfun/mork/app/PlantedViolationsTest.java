package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves every architecture rule can fail: each is applied to {@code fr.openfun.planted}, a fixture
 * tree shaped like Mork that breaks it on purpose, and must report the planted class.
 */
class PlantedViolationsTest {
  private static final String ROOT = "fr.openfun.planted";
  private static JavaClasses planted;

  @BeforeAll
  static void importPlantedTree() {
    planted = new ClassFileImporter().importPackages(ROOT);
  }

  private static String violations(Function<String, ArchRule> rule) {
    EvaluationResult result = rule.apply(ROOT).evaluate(planted);
    assertThat(result.hasViolation()).as("rule should fail on the planted tree").isTrue();
    return result.getFailureReport().toString();
  }

  @Test
  void givenDomainUsingALibrary_checkingRule1_reportsIt() {
    assertThat(violations(MorkArchitecture::domainDependsOnlyOnJdkAndSlf4j))
        .contains("planted.domain.model.UsesALibrary");
  }

  @Test
  void givenAdapterUsingADomainService_checkingRule2_reportsIt() {
    assertThat(violations(MorkArchitecture::adaptersNeverUseDomainServices))
        .contains("planted.adapter.alpha.CallsAService");
  }

  @Test
  void givenAdapterUsingAnotherAdapter_checkingRule3_reportsIt() {
    assertThat(violations(MorkArchitecture::adaptersAreIndependent))
        .contains("planted.adapter.alpha.UsesBeta");
  }

  @Test
  void givenDomainUsingAnAdapter_checkingRule4a_reportsIt() {
    assertThat(violations(MorkArchitecture::onlyAppSeesAdapters))
        .contains("planted.domain.service.LeakyService");
  }

  @Test
  void givenAdapterUsingADomainService_checkingRule4b_reportsIt() {
    assertThat(violations(MorkArchitecture::onlyAppSeesDomainServices))
        .contains("planted.adapter.alpha.CallsAService");
  }

  @Test
  void givenTwoPackagesUsingEachOther_checkingRule5_reportsTheCycle() {
    assertThat(violations(MorkArchitecture::noCycles)).contains("planted.cycle");
  }

  @Test
  void givenPortInUsingPortOut_checkingRule6a_reportsIt() {
    assertThat(violations(MorkArchitecture::portsInAndOutAreSeparate))
        .contains("planted.domain.port.in.InPortUsingOut");
  }

  @Test
  void givenPortOutUsingPortIn_checkingRule6b_reportsIt() {
    assertThat(violations(MorkArchitecture::portsOutAndInAreSeparate))
        .contains("planted.domain.port.out.OutPortUsingIn");
  }

  @Test
  void givenApiUsingAnOutPort_checkingRule7_reportsIt() {
    assertThat(violations(MorkArchitecture::apiActsThroughUseCasesOnly))
        .contains("planted.adapter.api.ControllerUsingRepository");
  }

  @Test
  void givenAClassInPorts_checkingRule8a_reportsIt() {
    assertThat(violations(MorkArchitecture::portsAreInterfaces))
        .contains("planted.domain.port.out.NotAnInterface");
  }

  @Test
  void givenAHelperInServices_checkingRule8b_reportsIt() {
    assertThat(violations(MorkArchitecture::servicesAreNamedService))
        .contains("planted.domain.service.Helper");
  }
}
