# syntax=docker/dockerfile:1
# Mork: multi-stage build. Build with a JDK 21+ Maven image, run on a JRE 21 as a non-root user.
#   docker build -t mork .
#   docker run -p 8100:8100 mork            # embedded demo, no configuration needed

FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY mork-domain/pom.xml mork-domain/
COPY mork-edx-adapter/pom.xml mork-edx-adapter/
COPY mork-store-adapter/pom.xml mork-store-adapter/
COPY mork-notify-adapter/pom.xml mork-notify-adapter/
COPY mork-sarbacane-adapter/pom.xml mork-sarbacane-adapter/
COPY mork-api/pom.xml mork-api/
COPY mork-scheduler/pom.xml mork-scheduler/
COPY mork-app/pom.xml mork-app/
# Resolve dependencies in their own layer, so code changes do not download them again.
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -pl mork-app -am dependency:go-offline || true
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q -pl mork-app -am package -DskipTests -Dspotless.check.skip=true \
    && cp mork-app/target/mork.jar /mork.jar

FROM eclipse-temurin:21-jre
LABEL org.opencontainers.image.title="Mork" \
      org.opencontainers.image.description="Warns, then deletes, inactive Open edX users across an ecosystem" \
      org.opencontainers.image.source="https://github.com/openfun/mork" \
      org.opencontainers.image.licenses="MIT"
RUN groupadd --system --gid 10001 mork \
    && useradd --system --uid 10001 --gid mork --home-dir /app --shell /usr/sbin/nologin mork \
    && mkdir -p /app/data \
    && chown -R mork:mork /app
WORKDIR /app
COPY --from=build --chown=mork:mork /mork.jar /app/mork.jar
USER 10001:10001
# Class-data sharing (docs/performance.md, "Start-up"): one training start of the embedded demo, in
# a scratch directory, records every class a node loads into /app/mork.jsa, which ENTRYPOINT maps
# at start. A JVM that cannot use the archive (another JVM build, a changed jar) says so on stderr
# and starts without it.
RUN MORK_DATA_DIR=/tmp/cds-training MORK_API_SERVER_PORT=18099 MORK_HTTP_BIND_ADDRESS=127.0.0.1 \
      java -XX:ArchiveClassesAtExit=/app/mork.jsa -Xlog:cds=off -jar /app/mork.jar serve & pid=$!; \
    until java -cp /app/mork.jar fr.openfun.mork.app.HealthProbe http://127.0.0.1:18099/__heartbeat__; \
      do kill -0 $pid || exit 1; sleep 1; done; \
    kill $pid; wait $pid || true; rm -rf /tmp/cds-training; test -s /app/mork.jsa
ENV MORK_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8100
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["java", "-cp", "/app/mork.jar", "fr.openfun.mork.app.HealthProbe", "http://127.0.0.1:8100/__lbheartbeat__"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/mork.jsa", "-jar", "/app/mork.jar"]
CMD ["serve"]
