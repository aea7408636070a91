# syntax=docker/dockerfile:1
# Build: docker build -t danvan .   Run: see compose.yaml (the bot with a MongoDB replica set).
# The jar carries its defaults (config/application.yml and the sample config/areas.yml); mount
# your own /app/config/areas.yml (and, to change settings, /app/config/application.yml) to
# replace them. The data folder /app/data is a volume: the embedded database and its backups.
# ImageLayoutIT reads this file and starts the jar in the layout it describes.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -q -B dependency:go-offline
COPY src src
COPY messages messages
COPY config config
RUN ./mvnw -q -B -DskipTests package && cp target/danvan-*.jar /src/danvan.jar

FROM eclipse-temurin:17-jre
# curl for the health check; fonts for the enrollment bar chart (JFreeChart draws each label in
# one system font): Vietnamese (DejaVu), Khmer and Lao (Noto), Chinese (Noto CJK). The maps need
# none of these: their fonts come from the jar (docs/maps.md).
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl fontconfig fonts-dejavu-core fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system danvan && useradd --system --gid danvan --uid 10001 --home-dir /app danvan
WORKDIR /app
COPY --from=build /src/danvan.jar /app/danvan.jar
# A faster start: the jar extracted (lib/ beside a thin jar: classes load faster than from
# nested jars) and a class data sharing archive from a training run that stops as soon as the
# context is up (no Telegram call; its data folder is thrown away). ImageLayoutIT runs these
# java commands as written.
RUN java -Djarmode=tools -jar /app/danvan.jar extract --destination /app/bot \
    && DANVAN_DATA_DIR=/tmp/training java -XX:ArchiveClassesAtExit=/app/bot/danvan.jsa -Xlog:cds=error \
       -Dspring.context.exit=onRefresh -jar /app/bot/danvan.jar \
    && rm -rf /tmp/training /app/danvan.jar
RUN mkdir -p /app/data /app/config && chown danvan:danvan /app/data
USER danvan
ENV DANVAN_DATA_DIR=/app/data
# A deployment runs on Telegram only: without its token it stops and says so.
ENV DANVAN_SANDBOX=false
VOLUME /app/data
EXPOSE 8080
# Ready once started and the database answers (/actuator/health/readiness).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://localhost:${PORT:-8080}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/bot/danvan.jsa", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", \
    "-jar", "/app/bot/danvan.jar"]
