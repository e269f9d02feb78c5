package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dashboard's shape: a datasource variable every panel uses, unique ids, queries present. */
class GrafanaDashboardTest {
  private final JsonNode dashboard = DashboardQueries.dashboard();

  @Test
  void givenTheDashboard_read_declaresAPrometheusDatasourceVariable() {

    JsonNode first = dashboard.path("templating").path("list").get(0);

    assertThat(first.path("name").asText()).isEqualTo("datasource");
    assertThat(first.path("type").asText()).isEqualTo("datasource");
    assertThat(first.path("query").asText()).isEqualTo("prometheus");
  }

  @Test
  void givenEveryPanelAndTarget_read_queryTheTemplatedDatasource() {
    List<String> datasources = new ArrayList<>();

    for (JsonNode panel : dashboard.path("panels")) {
      if (!panel.path("type").asText().equals("row")) {
        datasources.add(panel.path("datasource").path("uid").asText());
        panel
            .path("targets")
            .forEach(t -> datasources.add(t.path("datasource").path("uid").asText()));
      }
    }

    assertThat(datasources).isNotEmpty().containsOnly("${datasource}");
  }

  @Test
  void givenThePanels_read_haveUniqueIdsAndAQueryEach() {
    Set<Integer> ids = new HashSet<>();

    for (JsonNode panel : dashboard.path("panels")) {
      assertThat(ids.add(panel.path("id").asInt())).as("id %s", panel.path("id")).isTrue();
      if (!panel.path("type").asText().equals("row")) {
        assertThat(panel.path("targets").size()).as(panel.path("title").asText()).isPositive();
        panel.path("targets").forEach(t -> assertThat(t.path("expr").asText()).isNotBlank());
      }
    }
  }

  @Test
  void givenTheDashboard_read_coversEveryMorkMeterFamily() {

    Set<String> metrics = new HashSet<>();
    DashboardQueries.expressions(dashboard)
        .forEach(e -> metrics.addAll(DashboardQueries.metrics(e)));

    assertThat(metrics)
        .contains(
            "mork_task_runs_total",
            "mork_emails_total",
            "mork_erasures_total",
            "mork_ledger_statuses",
            "mork_reconciler_rejected",
            "mork_http_requests_seconds_count",
            "hikaricp_connections_active",
            "jvm_memory_used_bytes");
  }

  @Test
  void givenAnExpression_metricsAndLabels_areReadOutOfItsSelectorsAndGroupings() {
    String expression =
        "sum by (service, status) (increase(mork_erasures_total{node=~\"$node\", outcome=\"a{b}\"}[5m]))";

    assertThat(DashboardQueries.metrics(expression)).containsExactly("mork_erasures_total");
    assertThat(DashboardQueries.labels(expression))
        .containsExactlyInAnyOrder("node", "outcome", "service", "status");
  }
}
