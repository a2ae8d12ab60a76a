# folder-albums container image. Not exercised by CI (no Docker engine there); see README, "Container".
# Build: docker build -t folder-albums .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The build downloads the pinned Immich spec and checks its sha256 (or pass --build-arg IMMICH_OPENAPI_SPEC=...).
ARG IMMICH_OPENAPI_SPEC=
RUN ./mvnw -B -q package -DskipTests -pl album-cli -am

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 folderalbums \
 && useradd --system --uid 10001 --gid folderalbums --no-create-home folderalbums
COPY --from=build /src/album-cli/target/folder-albums.jar /app/folder-albums.jar
# A class-data archive for faster starts, made by this image's own JVM from a run that starts as a real one does
# (options, logging, HTTP client, JSON, the generated API) and stops at the connection: nothing answers at build time.
# The run's failure is expected; the archive is what counts.
RUN java -Xlog:disable -Xlog:all=error:stderr -XX:ArchiveClassesAtExit=/app/folder-albums.jsa \
      -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxRAMPercentage=75 -jar /app/folder-albums.jar /photos \
      http://127.0.0.1:9 archive-training-run --unattended --max-retry-count 0 > /dev/null 2>&1; \
    if [ ! -s /app/folder-albums.jsa ]; then echo "no class-data archive was made: starts will be slower" >&2; fi
# A container has no terminal to confirm on: like the Python tool's image, it applies without asking.
ENV UNATTENDED=1
USER 10001:10001
# With CRON_EXPRESSION set, the process stays up and runs on that schedule (TZ, RUN_IMMEDIATELY); else it runs once.
ENTRYPOINT ["java", "-Xlog:disable", "-Xlog:all=error:stderr", "-XX:SharedArchiveFile=/app/folder-albums.jsa", \
    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:MaxRAMPercentage=75", "-jar", "/app/folder-albums.jar"]
