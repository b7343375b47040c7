#!/usr/bin/env bash
# The whole test suite: starts a throwaway PostgreSQL cluster on a free loopback port (Scripts/postgres.sh),
# so the store tests run against SQLite and PostgreSQL both, runs `swift test`, and removes the cluster.
# Usage (from anywhere): bash Scripts/test.sh [swift test options]
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/postgres.sh
pg_cluster_start
trap pg_cluster_stop EXIT
swift test "$@"
