# shellcheck shell=bash
# The one authority on what a consumer of the library may receive at run time, and the one way to
# read the library's coordinates. Sourced by tools/footprint and tools/release-check.
#
# The design's boundary: Retrofit and converter-moshi, Moshi, exactly one OkHttp, Okio and JSpecify,
# with Kotlin's standard library (and JetBrains' annotations) that OkHttp and Okio bring. Nothing of
# the CLI (picocli, progressbar), the tests (JUnit, MockWebServer, the validator) or the benchmarks.
CLOSURE_ALLOWED=(
  'com.squareup.retrofit2:retrofit'
  'com.squareup.retrofit2:converter-moshi'
  'com.squareup.moshi:moshi'
  'com.squareup.okhttp3:okhttp'
  'com.squareup.okio:okio'
  'com.squareup.okio:okio-jvm'
  'org.jspecify:jspecify'
  'org.jetbrains.kotlin:kotlin-stdlib*'
  'org.jetbrains:annotations'
)

# Sets COORD_GROUP, COORD_ARTIFACT and COORD_VERSION from the jar Maven last built: the coordinates
# as the build wrote them (target/maven-archiver/pom.properties), so the POM stays their one source.
read_coordinates() {
  local props="${1:-target/maven-archiver/pom.properties}"
  if [ ! -s "$props" ]; then
    echo "no $props: build the jar first (./mvnw package)" >&2
    return 1
  fi
  COORD_GROUP="$(sed -n 's/^groupId=//p' "$props")"
  COORD_ARTIFACT="$(sed -n 's/^artifactId=//p' "$props")"
  COORD_VERSION="$(sed -n 's/^version=//p' "$props")"
  if [ -z "$COORD_GROUP" ] || [ -z "$COORD_ARTIFACT" ] || [ -z "$COORD_VERSION" ]; then
    echo "$props lacks groupId, artifactId or version" >&2
    return 1
  fi
}

# Prints the runtime closure in FILE (the output of maven-dependency-plugin's list goal with
# outputAbsoluteArtifactFilename: "   group:artifact:jar:version:scope:/path/to.jar -- module"),
# each jar with its size, then the total; fails naming every artifact outside CLOSURE_ALLOWED (the
# library itself, per read_coordinates, is allowed) and unless exactly one OkHttp artifact is there.
# Prefix each line with INDENT (default two spaces).
check_closure() {
  local file="$1" indent="${INDENT:-  }"
  local total=0 count=0 okhttp=0 outside=() line spec coords path bytes ga allowed pattern
  while IFS= read -r line; do
    spec="$(sed -e 's/^ *//' -e 's/ -- .*$//' <<<"$line")"
    case "$spec" in *:*:*:*:*:/*) ;; *) continue ;; esac
    path="/${spec#*:/}"
    coords="${spec%%:/*}"
    ga="$(cut -d: -f1,2 <<<"$coords")"
    bytes="$(stat -c %s "$path")"
    total=$((total + bytes))
    count=$((count + 1))
    printf '%s%-62s %10d bytes\n' "$indent" "$coords" "$bytes"
    case "$ga" in com.squareup.okhttp3:*) okhttp=$((okhttp + 1)) ;; esac
    allowed=0
    [ "$ga" = "${COORD_GROUP:-}:${COORD_ARTIFACT:-}" ] && allowed=1
    for pattern in "${CLOSURE_ALLOWED[@]}"; do
      # shellcheck disable=SC2053 # the pattern is a glob on purpose
      [[ "$ga" == $pattern ]] && allowed=1
    done
    [ "$allowed" = 1 ] || outside+=("$coords")
  done < <(sort "$file")
  printf '%s%-62s %10d bytes (%.1f MiB)\n' "$indent" "$count jars" "$total" \
    "$(echo "$total / 1048576" | bc -l)"
  local status=0
  if [ "${#outside[@]}" -gt 0 ]; then
    printf '%sFAIL: outside the allowed closure (tools/lib/closure.bash): %s\n' "$indent" "${outside[*]}" >&2
    status=1
  fi
  if [ "$okhttp" != 1 ]; then
    printf '%sFAIL: %d OkHttp artifacts in the closure, not exactly one\n' "$indent" "$okhttp" >&2
    status=1
  fi
  [ "$status" = 0 ] && printf '%sclosure check (tools/lib/closure.bash): only Retrofit, converter-moshi, Moshi, one OkHttp, Okio, JSpecify and the Kotlin stdlib: PASS\n' "$indent"
  return "$status"
}
