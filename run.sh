#!/usr/bin/env bash
# Builds what the system needs (skipping tests) and runs it in the foreground.
# Ctrl-C or SIGTERM stops every server and the database. See README.md for the settings.
set -euo pipefail
cd "$(dirname "$0")"
echo "Microserves: building (mvn package, tests skipped)..."
mvn -B -q -ntp -DskipTests package
exec java -Dmicroserves.repository="$PWD" -cp "launcher/target/microserves-launcher.jar:launcher/target/lib/*" \
  dev.microserves.launcher.Launcher "$@"
