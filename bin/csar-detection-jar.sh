#!/usr/bin/env bash
# Shared by csar-hash, csar-match and csar-indicators: locate (and if missing, build) the runnable detection jar.
# Prints its path. The jar holds only eu.csar.detection, the ImageIO plugins and nimbus-jose-jwt: no server code.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$(ls "$root"/ejb/target/ejb-*-cli.jar 2>/dev/null | head -n 1 || true)"
if [[ -z "$jar" ]]; then
  echo "building the detection tools (once): mvn -q -pl ejb -am package -DskipTests" >&2
  (cd "$root" && mvn -q -pl ejb -am package -DskipTests) >&2
  jar="$(ls "$root"/ejb/target/ejb-*-cli.jar | head -n 1)"
fi
echo "$jar"
