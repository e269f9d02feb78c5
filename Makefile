# Mork — the commands people know from the original project.
# Every Maven call goes through bin/mvn, which finds a JDK >= 21 on its own (bin/find-jdk).

MVN := bin/mvn -B
JAR := mork-app/target/mork.jar

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@echo "Mork — make targets:"
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "} {printf "  \033[36m%-10s\033[0m %s\n", $$1, $$2}'

.PHONY: bootstrap
bootstrap: ## Check the JDK, start local MariaDB/PostgreSQL if installed, fetch dependencies
	@echo "JDK: $$(bin/find-jdk)"
	@bash .ci/services.sh || echo "(no local database servers: integration tests need them, 'make run' does not)"
	$(MVN) -q dependency:go-offline -DexcludeReactor=true || true

.PHONY: run
run: $(JAR) ## Start Mork with the embedded demo on http://localhost:8100
	JAVA_HOME="$$(bin/find-jdk)" && "$$JAVA_HOME/bin/java" -jar $(JAR) serve

$(JAR):
	$(MVN) -q package -DskipTests -Dspotless.check.skip=true

.PHONY: test
test: ## Build and run every test: unit, integration (local MariaDB/PostgreSQL), architecture, format
	$(MVN) verify

.PHONY: bench
bench: ## Run the benchmark harnesses against the local MariaDB (sizes: see bin/bench)
	bin/bench

.PHONY: lint
lint: ## Check formatting (google-java-format via Spotless) and the build's rules
	$(MVN) -q spotless:check validate

.PHONY: format
format: ## Reformat the Java sources
	$(MVN) -q spotless:apply

.PHONY: clean
clean: ## Remove build outputs
	$(MVN) -q clean
