#!/usr/bin/env bash
# Makes sure the servers the integration tests use answer on loopback: MariaDB (edX) on 3306 and
# PostgreSQL (Mork's store, Quartz) on 5432. Starts them when they are installed but down.
set -uo pipefail

wait_for() { # name, probe command...
  local name=$1; shift
  for _ in $(seq 1 60); do
    if "$@" >/dev/null 2>&1; then echo "services: $name is up"; return 0; fi
    sleep 1
  done
  echo "services: $name did not come up within 60 s" >&2
  return 1
}

mariadb_up() { mariadb-admin --protocol=tcp -h 127.0.0.1 -P 3306 -u root ping; }
postgres_up() { pg_isready -h 127.0.0.1 -p 5432 -U postgres; }

if ! mariadb_up >/dev/null 2>&1; then
  echo "services: starting MariaDB"
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
wait_for MariaDB mariadb_up || exit 1

if ! postgres_up >/dev/null 2>&1; then
  echo "services: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
fi
wait_for PostgreSQL postgres_up || exit 1

# The operator console's browser test (ConsoleBrowserIT) drives Debian's headless chromium.
if ! command -v chromium >/dev/null 2>&1 || ! [ -x /usr/bin/chromedriver ]; then
  echo "services: installing chromium and chromium-driver"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver) \
    >/dev/null || { echo "services: could not install chromium" >&2; exit 1; }
fi
