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

# Runtime stage: a JRE, a non-root user, the jar (extracted, with a class data sharing archive) and
# the editable content.
FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin migrasi
WORKDIR /app
COPY --from=build /src/bot/target/bot.jar /tmp/bot.jar
COPY --from=build /src/content /app/content
# Spring Boot's CDS support: the jar extracted (plain jars load faster than nested ones), then one
# training run that starts the whole context in webhook mode on a throw-away data folder and exits
# once it is refreshed (-Dspring.context.exit=onRefresh: no port is opened, nothing is contacted),
# writing the classes it loaded into app.jsa; every start maps them instead of loading and
# verifying them again. The archive belongs to this JRE and this jar: it is rebuilt with the image.
RUN java -Djarmode=tools -jar /tmp/bot.jar extract --destination /app/lib-app && rm /tmp/bot.jar \
    && cd /app/lib-app \
    && java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -jar bot.jar \
         --migrasi.store.data-dir=/tmp/cds-training --migrasi.content.dir=/app/content \
         --migrasi.privacy.pseudonym-secret=cds-training-only-0123456789abcdef \
         --migrasi.telegram.token=0:cds-training --migrasi.telegram.webhook-url=https://cds.invalid/telegram/webhook \
         --migrasi.telegram.webhook-secret=cds-training \
    && rm -rf /tmp/cds-training
RUN mkdir -p /app/data && chown -R migrasi /app/data
USER migrasi
ENV MIGRASI_DATA_DIR=/app/data \
    MIGRASI_CONTENT_DIR=/app/content \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health/liveness || exit 1
WORKDIR /app/lib-app
# -Xshare:auto (the default) starts without the archive, with a warning, if it does not match.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-jar", "bot.jar"]
