#!/usr/bin/env bash
# Builds examples/service, a project outside the reactor, against the artifacts this checkout builds,
# the way a service that imports partnerbill-bom resolves them.
#
#   .ci/consumer.sh     (after `mvn -B verify`; needs PARTNERBILL_PG_URL/_USER/_PASSWORD, see postgres.sh)
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
echo "Building examples/service against it"
mvn -B -Dmaven.repo.local="$work/m2" -Dpartnerbill.version="$version" -f examples/service/pom.xml clean verify
# Surefire runs a JUnit class silently empty when the Jupiter engine is missing: count what ran, by engine.
for test in ServiceProcessTest:2 BillingPropertiesTest:2; do
    report="examples/service/target/surefire-reports/TEST-com.example.billing.${test%%:*}.xml"
    ran=$(grep -o '<testcase ' "$report" | wc -l)
    if [ "$ran" != "${test##*:}" ] || grep -q '<skipped\|<failure\|<error' "$report"; then
        echo "examples/service: ${test%%:*} ran $ran tests (expected ${test##*:}), or some failed or skipped" >&2
        exit 1
    fi
done
echo "examples/service: built and tested against partnerbill $version"
