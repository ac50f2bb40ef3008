#!/usr/bin/env bash
# Builds examples/service, a project outside the reactor, against the artifacts this checkout builds,
# the way a service that imports partnerbill-bom resolves them.
#
#   .ci/consumer.sh     (after `mvn -B verify`; needs PARTNERBILL_PG_URL/_USER/_PASSWORD, see postgres.sh)
#
# It builds the service twice: with partnerbill's own versions, and with Spring Boot 3.5's BOM imported first
# (profile spring-boot-3.5), which brings Jackson 2.19 in place of partnerbill's 2.22.
#
# The published modules are installed into a private local repository, target/consumer/m2, seeded with
# a copy of ~/.m2/repository so that third-party jars are not downloaded again. Nothing is written to
# ~/.m2/repository: on a shared machine other builds would otherwise resolve these snapshot jars from it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$root/target/consumer"
shared="${MAVEN_SHARED_REPO:-$HOME/.m2/repository}"
rm -rf "$work"
mkdir -p "$work"
if [ -d "$shared" ]; then
    cp -a "$shared" "$work/m2"
    rm -rf "$work/m2/io/partnerbill"
fi
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -n 1)
echo "Installing partnerbill $version into $work/m2"
mvn -B -q -Dmaven.repo.local="$work/m2" -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    -pl .,bom,core,tax,export,jdbc,testkit install
# Surefire runs a JUnit class silently empty when the Jupiter engine is missing: count what ran, by engine.
check_reports() {
    for test in ServiceProcessTest:2 BillingPropertiesTest:3; do
        report="examples/service/target/surefire-reports/TEST-com.example.billing.${test%%:*}.xml"
        ran=$(grep -o '<testcase ' "$report" | wc -l)
        if [ "$ran" != "${test##*:}" ] || grep -q '<skipped\|<failure\|<error' "$report"; then
            echo "examples/service $1: ${test%%:*} ran $ran tests (expected ${test##*:}), or some failed or skipped" >&2
            exit 1
        fi
    done
}
echo "Building examples/service against it"
mvn -B -Dmaven.repo.local="$work/m2" -Dpartnerbill.version="$version" -f examples/service/pom.xml clean verify
check_reports "(partnerbill's versions)"
# Spring Boot 3.5's BOM pins Jackson 2.19: the same build and tests (JSON round trip included) under it.
echo "Building examples/service under Spring Boot 3.5's dependency management"
mvn -B -Dmaven.repo.local="$work/m2" -Dpartnerbill.version="$version" -f examples/service/pom.xml \
    -P spring-boot-3.5 clean verify
check_reports "(Spring Boot 3.5)"
echo "examples/service: built and tested against partnerbill $version, alone and under Spring Boot 3.5"
