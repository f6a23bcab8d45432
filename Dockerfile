# Builds the application from this project and runs it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src/ src/
COPY processes/ processes/
COPY forms/ forms/
RUN ./mvnw -B -ntp package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1001 rectiflow && mkdir -p /app/data && chown rectiflow /app/data
COPY --from=build /src/target/rectiflow-*.jar /app/rectiflow.jar
USER rectiflow
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/rectiflow.jar"]
