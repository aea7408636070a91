# syntax=docker/dockerfile:1
# Build: docker build -t danvan .   Run: see compose.yaml (the bot with a MongoDB replica set).
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
# Fonts for the charts: Vietnamese (DejaVu), Khmer and Lao (Noto), Chinese (Noto CJK).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core fonts-noto-core fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system danvan && useradd --system --gid danvan --uid 10001 --home-dir /app danvan
WORKDIR /app
COPY --from=build /src/danvan.jar /app/danvan.jar
COPY config/application.yml /app/config/application.yml
RUN mkdir -p /app/data && chown danvan:danvan /app/data
USER danvan
ENV DANVAN_DATA_DIR=/app/data
# A deployment runs on Telegram only: without its token it stops and says so.
ENV DANVAN_SANDBOX=false
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/danvan.jar"]
