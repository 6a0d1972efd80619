# Shared by scripts/run, scripts/test and the other scripts: find a JDK >= 21, build when needed.
# Sourced, not run.

HEARTH_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HEARTH_MIN_JAVA=21

# Prints the feature version of a java binary (17, 21, 25 …), or nothing if it does not run.
java_feature_version() {
  "$1" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' \
    | sed 's/^1\.//'
}

java_is_new_enough() {
  local v
  v="$(java_feature_version "$1")"
  [ -n "$v" ] && [ "$v" -ge "$HEARTH_MIN_JAVA" ] 2>/dev/null
}

# Sets JAVA_HOME and HEARTH_JAVA: JAVA_HOME first, then PATH, then the system's JVM folder.
find_java() {
  local candidate best="" best_v=0 v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && java_is_new_enough "$JAVA_HOME/bin/java"; then
    best="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1 && java_is_new_enough "$(command -v java)"; then
    best="$(command -v java)"
  else
    for candidate in /usr/lib/jvm/*/bin/java /usr/local/lib/jvm/*/bin/java /opt/java/*/bin/java /opt/*/bin/java; do
      [ -x "$candidate" ] || continue
      v="$(java_feature_version "$candidate")"
      if [ -n "$v" ] && [ "$v" -ge "$HEARTH_MIN_JAVA" ] 2>/dev/null && [ "$v" -gt "$best_v" ]; then
        best="$candidate"; best_v="$v"
      fi
    done
  fi
  if [ -z "$best" ]; then
    echo "Hearth needs Java $HEARTH_MIN_JAVA or newer: install a JDK $HEARTH_MIN_JAVA+ (for example 'apt-get install openjdk-21-jdk' or Temurin 21) or set JAVA_HOME to one." >&2
    exit 2
  fi
  best="$(readlink -f "$best")"
  HEARTH_JAVA="$best"
  JAVA_HOME="$(dirname "$(dirname "$best")")"
  # JDK 24+ warns on every start that Guice's Guava uses sun.misc.Unsafe; the warning is for library
  # authors, not operators, so allow it quietly (the flag does not exist before 23).
  HEARTH_JVM_FLAGS=""
  if [ "$(java_feature_version "$best")" -ge 24 ] 2>/dev/null; then
    HEARTH_JVM_FLAGS="--sun-misc-unsafe-memory-access=allow"
  fi
  export JAVA_HOME HEARTH_JAVA HEARTH_JVM_FLAGS
}

# True when the jar is missing or older than any source, resource or the pom.
needs_build() {
  local jar="$HEARTH_HOME/target/hearth.jar"
  [ -f "$jar" ] || return 0
  [ -d "$HEARTH_HOME/target/lib" ] || return 0
  [ -n "$(find "$HEARTH_HOME/src/main" "$HEARTH_HOME/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]
}

# Builds the jar and its lib folder when needed; quiet unless it fails.
build_if_needed() {
  if needs_build; then
    echo "Building Hearth (first run or sources changed)…" >&2
    local log
    log="$(mktemp)"
    if ! (cd "$HEARTH_HOME" && ./mvnw -B -q -DskipTests package) >"$log" 2>&1; then
      cat "$log" >&2
      rm -f "$log"
      echo "The build failed; the lines above say why." >&2
      exit 1
    fi
    rm -f "$log"
  fi
}

hearth_classpath() {
  echo "$HEARTH_HOME/target/hearth.jar"
}
