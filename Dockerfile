# syntax=docker/dockerfile:1
# Build stage: the Maven wrapper builds the jar (and trains the NLP models) from source.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY nlp-models/pom.xml nlp-models/pom.xml
COPY bot/pom.xml bot/pom.xml
RUN ./mvnw -B -q dependency:go-offline -DexcludeArtifactIds=nlp-models || true
COPY nlp-models nlp-models
COPY bot bot
COPY content content
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true package

# Runtime stage: a JRE, a non-root user, the jar and the editable content.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin migrasi
WORKDIR /app
COPY --from=build /src/bot/target/bot.jar /app/bot.jar
COPY --from=build /src/content /app/content
RUN mkdir -p /app/data && chown -R migrasi /app/data
USER migrasi
ENV MIGRASI_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/bot.jar"]
