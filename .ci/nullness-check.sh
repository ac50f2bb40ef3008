#!/usr/bin/env bash
# Proves that the build's compiler configuration rejects a nullness bug.
#
# Copies the root pom.xml and .mvn/ into a throw-away directory, with one tiny module in place of
# the real ones, and compiles it twice through that same configuration (Error Prone + NullAway):
#   1. a @NullMarked method that returns null from a @Nullable return type: must compile;
#   2. the same method without @Nullable (the planted bug): must fail with NullAway's error.
# The first build shows the second fails for the nullness bug and for nothing else.
#
#   .ci/nullness-check.sh        prints "nullness check: ok" or the reason and exits 1
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp -r "$root/.mvn" "$work/.mvn"
# The parent pom as it is, with the one canary module for the reactor.
sed '/<modules>/,/<\/modules>/c\  <modules>\n    <module>canary</module>\n  </modules>' "$root/pom.xml" > "$work/pom.xml"
mkdir -p "$work/canary/src/main/java/io/partnerbill/canary"
cat > "$work/canary/pom.xml" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>io.partnerbill</groupId>
    <artifactId>partnerbill-parent</artifactId>
    <version>0.2.0-SNAPSHOT</version>
  </parent>
  <artifactId>partnerbill-canary</artifactId>
  <properties>
    <maven.source.skip>true</maven.source.skip>
    <maven.javadoc.skip>true</maven.javadoc.skip>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.jspecify</groupId>
      <artifactId>jspecify</artifactId>
      <scope>provided</scope>
    </dependency>
  </dependencies>
</project>
POM
src="$work/canary/src/main/java/io/partnerbill/canary"
cat > "$src/package-info.java" <<'JAVA'
@NullMarked
package io.partnerbill.canary;

import org.jspecify.annotations.NullMarked;
JAVA

canary() { # $1: the return type's annotation, or nothing
    cat > "$src/Canary.java" <<JAVA
package io.partnerbill.canary;

import org.jspecify.annotations.Nullable;

final class Canary {
    private Canary() {
    }

    static $1 String name(boolean known) {
        return known ? "known" : null;
    }
}
JAVA
}

compile() {
    (cd "$work" && mvn -B -q compile -pl canary) > "$work/out.txt" 2>&1
}

canary "@Nullable"
if ! compile; then
    cat "$work/out.txt" >&2
    echo "nullness check: the correct canary does not compile (see above)" >&2
    exit 1
fi
canary ""
if compile; then
    echo "nullness check: a method returning null without @Nullable compiled; NullAway is not running" >&2
    exit 1
fi
expected='[NullAway] returning @Nullable expression from method with @NonNull return type'
if ! grep -qF "$expected" "$work/out.txt"; then
    cat "$work/out.txt" >&2
    echo "nullness check: the build failed, but not with \"$expected\"" >&2
    exit 1
fi
grep -F "$expected" "$work/out.txt" | head -1 | sed "s|$work/||"
echo "nullness check: ok"
