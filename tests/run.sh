#!/usr/bin/env bash
# Runs every test. Installs what the tests need when it is missing (PostgreSQL and Chromium, from
# Debian's packages; playwright-core from npm), starts a throwaway PostgreSQL cluster so the same
# tests also run against it, and stops it afterwards. Then runs the browser tests in tests/e2e
# against the binaries just built. Set E2E=0 to leave the browser tests out (not in CI). Last,
# tests/deb.sh builds and tries the Debian package; DEB=0 leaves it out (not in CI).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] && command -v apt-get >/dev/null; then
  echo "installing PostgreSQL for the database tests"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# PostgreSQL refuses to run as root: as root, run it as the postgres user.
run_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }

pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then
    run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
}
trap cleanup EXIT

if [ -n "$pg_bin" ]; then
  pg_dir=$(mktemp -d)
  chmod 755 "$pg_dir"
  port=$(( 20000 + RANDOM % 20000 ))
  if [ "$(id -u)" = 0 ]; then chown postgres "$pg_dir"; fi
  run_pg "'$pg_bin/initdb' -D '$pg_dir/data' -A trust -U postgres >/dev/null"
  run_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/log' -w -o \"-p $port -k '$pg_dir' -c listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null"
  export POCKET_ID_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL for the tests on port $port"
else
  echo "PostgreSQL is not available: the PostgreSQL test will fail in CI" >&2
fi

# Keep cargo's own output, then close with the totals over every test binary.
log=$(mktemp)
status=0
# The integration tests run the real binaries: `cargo test` alone does not build pocketctl's.
cargo build --workspace --bins --locked
cargo test --workspace --locked "$@" 2>&1 | tee "$log" || status=$?

# The load benchmark, briefly: the debug daemon, a few people, a fraction of a second per
# scenario and a few thousand stored refresh tokens. It exits non-zero if any request failed;
# its budgets are for release builds, so here they are only reported.
bench_log=$(mktemp)
if target/debug/pocket-id-bench --daemon target/debug/pocket-id --users 8 --clients 2 \
  --concurrency 4 --warmup 100ms --duration 300ms --refresh-tokens 5000; then
  echo "# pass 1" >"$bench_log"
else
  echo "# fail 1" >"$bench_log"
  status=1
fi

# Browser tests: Debian's Chromium driven by playwright-core (which never downloads a browser),
# under Node's own test runner, whose TAP summary (`# pass N`, `# fail N`) joins the totals.
e2e_log=$(mktemp)
e2e_failed() { echo "browser tests cannot run: $1" >&2; echo "# fail 1" >"$e2e_log"; status=1; }
e2e_skip() {
  if [ -n "${CI:-}" ]; then
    e2e_failed "$1"
  else
    echo "skipping the browser tests: $1" >&2
  fi
}
chromium=${CHROMIUM_BIN:-/usr/bin/chromium}
if [ "${E2E:-1}" = 0 ] && [ -z "${CI:-}" ]; then
  echo "skipping the browser tests (E2E=0)" >&2
elif ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  e2e_skip "Node.js and npm are not installed"
else
  if [ ! -x "$chromium" ] && [ "$chromium" = /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Chromium for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  if [ ! -x "$chromium" ]; then
    e2e_skip "$chromium is missing (install Debian's chromium package as root)"
  elif ! PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix tests/e2e --no-audit --no-fund --loglevel=error; then
    e2e_failed "npm ci in tests/e2e failed"
  else
    CHROMIUM_BIN="$chromium" node --test --test-reporter=tap tests/e2e/*.test.mjs 2>&1 | tee "$e2e_log" || status=1
  fi
fi

# The Debian package: built from the debug binaries, installed, removed and purged on this machine
# (as root). Its `# pass N` / `# fail N` join the totals. Set DEB=0 to leave it out (not in CI).
deb_log=$(mktemp)
if [ -z "${CI:-}" ] && { [ "${DEB:-1}" = 0 ] || [ "$(id -u)" != 0 ]; }; then
  echo "skipping the Debian package test (DEB=0, or not root)" >&2
else
  tests/deb.sh 2>&1 | tee "$deb_log" || status=1
fi

awk -v e2e="$e2e_log" -v deb="$deb_log" -v bench="$bench_log" '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     (FILENAME == e2e || FILENAME == deb || FILENAME == bench) && /^# pass [0-9]+$/ { p += $3 }
     (FILENAME == e2e || FILENAME == deb || FILENAME == bench) && /^# (fail|cancelled) [0-9]+$/ { f += $3 }
     END { printf "tests: %d passed, %d failed\n", p, f }' "$log" "$e2e_log" "$deb_log" "$bench_log"
rm -f "$log" "$e2e_log" "$deb_log" "$bench_log"
exit "$status"
