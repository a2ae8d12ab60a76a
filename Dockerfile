# syntax=docker/dockerfile:1
# folder-albums container image. Not exercised by CI (no Docker engine there); see README, "Container".
# Build: docker build -t folder-albums .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The build needs the pinned Immich spec: from openapi/.cache/ (a local ./mvnw build leaves it there, and it is part
# of the build context), else it is downloaded and checked against its sha256. Maven's downloads live in a cache
# mount, so that a source change does not fetch the dependencies again.
ARG IMMICH_OPENAPI_SPEC=
# The benchmarks jar is built too: its TrainingRun trains the start-up cache below, and stays out of the image.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp package -DskipTests -pl album-cli,benchmarks -am

# The runtime is a Java 25 JRE: the library keeps its Java 17 baseline, but Java 25 starts the tool from an AOT cache
# (classes loaded and linked ahead of time, JEP 483/514/515), faster than a class-data archive.
FROM eclipse-temurin:25-jre
ARG VERSION=0.1.0-SNAPSHOT
LABEL org.opencontainers.image.title="folder-albums" \
      org.opencontainers.image.description="Creates and maintains Immich albums from the folder structure of external libraries" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.source="https://github.com/folder-albums/folder-albums"
RUN groupadd --system --gid 10001 folderalbums \
 && useradd --system --uid 10001 --gid folderalbums --no-create-home folderalbums
COPY --from=build /src/album-cli/target/folder-albums.jar /app/folder-albums.jar
# The AOT cache is trained by this image's own JVM, with the entry point's flags, on a real run: TrainingRun (from
# the build stage's benchmarks jar, mounted for this step only) starts the testkit's fake Immich with 2,500 assets
# and runs the tool against it from scratch, so the cache holds what runs load: HTTP, JSON, planning, the report.
RUN --mount=type=bind,from=build,source=/src/benchmarks/target/benchmarks.jar,target=/tmp/benchmarks.jar \
    java -XX:-UsePerfData -cp /tmp/benchmarks.jar dev.folderalbums.benchmarks.TrainingRun \
      java -Xlog:disable -Xlog:all=error:stderr -XX:AOTCacheOutput=/app/folder-albums.aot \
      -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:NewRatio=8 -XX:-UsePerfData -XX:MaxRAMPercentage=75 \
      -cp /app/folder-albums.jar dev.folderalbums.cli.FolderAlbumsCommand > /dev/null 2>&1; \
    rm -f /app/folder-albums.aot.config; \
    if [ ! -s /app/folder-albums.aot ]; then echo "no AOT cache was made: starts will be slower" >&2; fi
# No UNATTENDED here, as in the Python tool's image: a one-shot `docker run` previews; runs on the CRON_EXPRESSION
# schedule (RUN_IMMEDIATELY included) apply; UNATTENDED=1 makes a one-shot run apply.
USER 10001:10001
# With CRON_EXPRESSION set, the process stays up and runs on that schedule (TZ, RUN_IMMEDIATELY); else it runs once.
# Naming strategies from outside: jars mounted at /plugins join the class path after the tool's own jar.
ENTRYPOINT ["java", "-Xlog:disable", "-Xlog:all=error:stderr", "-XX:AOTCache=/app/folder-albums.aot", \
    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:NewRatio=8", "-XX:-UsePerfData", \
    "-XX:MaxRAMPercentage=75", \
    "-cp", "/app/folder-albums.jar:/plugins/*", "dev.folderalbums.cli.FolderAlbumsCommand"]
