#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a free loopback port, for the tests and the benchmarks.
#   source Scripts/postgres.sh start   # exports MARSAD_TEST_POSTGRES=postgres://marsad@127.0.0.1:PORT/postgres
#   pg_cluster_stop                    # later, in the same shell: stops it and removes its folder
# fsync is off (a test cluster) unless MARSAD_PG_FSYNC=on (benchmarks). Uses the PostgreSQL 15 binaries on
# PATH or in /usr/lib/postgresql/15/bin. As root, the cluster runs as the postgres user (initdb refuses root).
pg_cluster_start() {
  local bin
  bin="$(dirname "$(command -v initdb 2>/dev/null || echo /usr/lib/postgresql/15/bin/initdb)")"
  if [ ! -x "$bin/initdb" ]; then echo "postgres.sh: no PostgreSQL (initdb) found" >&2; return 1; fi
  local dir port as=()
  dir="$(mktemp -d /tmp/marsad-pg.XXXXXX)"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$dir/data" -U marsad --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  # TLS with a self-signed certificate when openssl is there, so the tests can check sslmode.
  local ssl=off
  if command -v openssl >/dev/null && openssl req -new -x509 -days 2 -nodes -subj "/CN=marsad-test" \
       -out "$dir/data/server.crt" -keyout "$dir/data/server.key" >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] && chown postgres "$dir/data/server.crt" "$dir/data/server.key"
    chmod 600 "$dir/data/server.key"
    ssl=on
  fi
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=${MARSAD_PG_FSYNC:-off} -c max_connections=50 -c ssl=$ssl" start >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  [ "$ssl" = on ] && export MARSAD_TEST_POSTGRES_TLS=1
  export MARSAD_PG_DIR="$dir" MARSAD_PG_BIN="$bin"
  export MARSAD_TEST_POSTGRES="postgres://marsad@127.0.0.1:$port/postgres"
  echo "postgres.sh: PostgreSQL on 127.0.0.1:$port ($dir)" >&2
}

pg_cluster_stop() {
  local dir="${MARSAD_PG_DIR:-}" as=()
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi
  "${as[@]}" "${MARSAD_PG_BIN:-/usr/lib/postgresql/15/bin}/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) pg_cluster_start ;;
  stop) pg_cluster_stop ;;
esac
