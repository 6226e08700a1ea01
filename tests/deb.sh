#!/usr/bin/env bash
# Builds the Debian package from the debug binaries and tries it on this machine: install, check
# where every file went, the system user, the data directory and that the installed daemon reads
# the installed configuration, then remove (data kept) and purge (data gone). Prints one TAP line
# per check, then `# pass N` / `# fail N` and PASS or FAIL; exits 1 on any failure.
#
# It needs root, dpkg and a machine where the package is not installed for real: it installs into
# the real root and purges afterwards (also when interrupted). Installs cargo-deb when missing.
# The release package is built the same way by `cargo deb` (see the README); this test packages the
# debug build that the other tests use, to spare a release build.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo_deb_version=3.8.0
unit=pocket-id.service

pass=0
fail=0
n=0
check() { # check DESCRIPTION COMMAND...
  local what=$1
  shift
  n=$((n + 1))
  if "$@" >/dev/null 2>&1; then
    pass=$((pass + 1))
    echo "ok $n - $what"
  else
    fail=$((fail + 1))
    echo "not ok $n - $what"
  fi
}
finish() {
  echo "# pass $pass"
  echo "# fail $fail"
  if [ "$fail" = 0 ] && [ "$pass" -gt 0 ]; then
    echo "deb package test: PASS"
    exit 0
  fi
  echo "deb package test: FAIL"
  exit 1
}
give_up() {
  echo "deb package test cannot run: $1" >&2
  fail=$((fail + 1))
  finish
}

[ "$(id -u)" = 0 ] || give_up "it installs the package for real and must run as root"
command -v dpkg >/dev/null || give_up "dpkg is missing (not a Debian system)"
if dpkg-query -W -f='${Status}' pocket-id 2>/dev/null | grep -q ' installed$'; then
  give_up "the pocket-id package is installed on this machine; the test would purge it"
fi
if [ -e /var/lib/pocket-id ] || [ -e /etc/pocket-id ]; then
  give_up "/var/lib/pocket-id or /etc/pocket-id exists; the test would delete it"
fi

# dpkg refuses at once while apt or another dpkg holds its lock: wait for it.
dpkg_() {
  local out
  for _ in $(seq 90); do
    if out=$(dpkg "$@" 2>&1); then
      printf '%s\n' "$out"
      return 0
    fi
    if ! grep -qiE 'lock.*(locked|held)|is locked' <<<"$out"; then
      printf '%s\n' "$out" >&2
      return 1
    fi
    sleep 2
  done
  printf '%s\n' "$out" >&2
  return 1
}

if ! cargo deb --version 2>/dev/null | grep -qF "$cargo_deb_version"; then
  echo "installing cargo-deb $cargo_deb_version"
  start=$SECONDS
  cargo install cargo-deb --locked --version "$cargo_deb_version" --quiet ||
    give_up "cargo install cargo-deb failed"
  echo "cargo-deb installed in $((SECONDS - start)) s"
fi

# The debug binaries, as the other tests use them (nothing to do when tests/run.sh built them).
cargo build --workspace --bins --locked --quiet || give_up "cargo build failed"

work=$(mktemp -d)
user_existed=0
if getent passwd pocket-id >/dev/null; then user_existed=1; fi
installed=0
cleanup() {
  if [ "$installed" = 1 ]; then dpkg_ --purge pocket-id >/dev/null || true; fi
  if [ "$user_existed" = 0 ] && getent passwd pocket-id >/dev/null; then
    userdel pocket-id >/dev/null 2>&1 || true
    groupdel pocket-id >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# cargo-deb maps the `target/release/` asset paths to the profile's directory: `--profile dev`
# packages target/debug (cargo-deb warns that it is meant for releases). Man pages get gzipped.
start=$SECONDS
if ! cargo deb --profile dev --no-build --no-strip --fast --locked --output "$work/" >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  give_up "cargo deb failed"
fi
deb=$(ls "$work"/*.deb)
echo "package built in $((SECONDS - start)) s: $(basename "$deb")"

contents=$(dpkg-deb --contents "$deb")
check "the package holds pocket-id" \
  grep -qE ' \./usr/bin/pocket-id$' <<<"$contents"
check "the package holds pocketctl" grep -qE ' \./usr/bin/pocketctl$' <<<"$contents"
check "the package depends on adduser" \
  sh -c "dpkg-deb --field '$deb' Depends | grep -q adduser"
# cargo-deb replaces each DEBHELPER token with its systemd lines: the user must exist before the
# service is started, and a token in a comment would start it too early.
dpkg-deb --control "$deb" "$work/control"
check "postinst makes the user before it starts the service" sh -c \
  "[ \$(grep -n adduser '$work/control/postinst' | head -n 1 | cut -d: -f1) -lt \
     \$(grep -n deb-systemd-invoke '$work/control/postinst' | head -n 1 | cut -d: -f1) ]"
check "postinst starts the service once" \
  test "$(grep -c 'deb-systemd-invoke' "$work/control/postinst")" = 1
check "prerm stops the service" grep -q 'deb-systemd-invoke stop' "$work/control/prerm"

# Install: the maintainer scripts run for real (systemd, where it runs, starts the service).
run() { env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "$@"; }
if dpkg_ --install "$deb" >"$work/install.log" 2>&1; then installed=1; fi
check "dpkg --install succeeds" test "$installed" = 1
[ "$installed" = 1 ] || { cat "$work/install.log" >&2; finish; }

for f in /usr/bin/pocket-id /usr/bin/pocketctl; do
  check "$f is executable" test -x "$f"
done
for page in man/man1/*.1 man/man8/*.8; do
  section=${page%/*}
  check "/usr/share/$section/${page##*/}.gz is gzipped" gzip -t "/usr/share/$section/${page##*/}.gz"
done
for name in pocket-id pocketctl; do
  check "bash completion of $name" test -s "/usr/share/bash-completion/completions/$name"
  check "zsh completion of $name" test -s "/usr/share/zsh/vendor-completions/_$name"
  check "fish completion of $name" test -s "/usr/share/fish/vendor_completions.d/$name.fish"
done
unit_path=$(dpkg -L pocket-id | grep -E "/systemd/system/$unit$" || true)
check "the systemd unit is installed" test -n "$unit_path" -a -f "$unit_path"
check "the unit is enabled" test -L "/etc/systemd/system/multi-user.target.wants/$unit"
# Man pages are checked by systemd-analyze only where man is installed (not on minimal images).
man_check=no
if command -v man >/dev/null; then man_check=yes; fi
check "systemd-analyze verify accepts the installed units" \
  run systemd-analyze verify --man="$man_check" "$unit_path" \
  /usr/lib/systemd/system/pocket-id-backup.service /usr/lib/systemd/system/pocket-id-backup.timer
check "/etc/pocket-id/pocket-id.toml is a conffile" \
  sh -c "dpkg-query -W -f='\${Conffiles}' pocket-id | grep -q ' /etc/pocket-id/pocket-id.toml '"
check "the configuration is the example" cmp /etc/pocket-id/pocket-id.toml packaging/pocket-id.example.toml
check "the configuration is root:pocket-id 0640" \
  test "$(stat -c '%U:%G %a' /etc/pocket-id/pocket-id.toml)" = "root:pocket-id 640"
check "the system user pocket-id exists" getent passwd pocket-id
check "the group pocket-id exists" getent group pocket-id
check "pocket-id is a system user" test "$(id -u pocket-id)" -lt 1000
check "pocket-id's home is /var/lib/pocket-id" \
  test "$(getent passwd pocket-id | cut -d: -f6)" = /var/lib/pocket-id
check "/var/lib/pocket-id is pocket-id's, 0700" \
  test "$(stat -c '%U:%G %a' /var/lib/pocket-id)" = "pocket-id:pocket-id 700"
check "pocket-id check-config accepts the installed configuration" \
  run runuser -u pocket-id -- /usr/bin/pocket-id check-config --config /etc/pocket-id/pocket-id.toml
check "pocketctl runs" run /usr/bin/pocketctl --version
check "the installed man page renders" \
  sh -c "! command -v man >/dev/null || MANWIDTH=80 man /usr/share/man/man1/pocketctl.1.gz | grep -q pocketctl"
# Some data, as the daemon makes it: the database in the data directory.
check "pocket-id migrate up makes the database as the pocket-id user" \
  run runuser -u pocket-id -- /usr/bin/pocket-id --config /etc/pocket-id/pocket-id.toml migrate up
check "the database is in /var/lib/pocket-id" test -s /var/lib/pocket-id/pocket-id.db

# Remove: programs gone, data and configuration kept.
check "dpkg --remove succeeds" dpkg_ --remove pocket-id
check "the binaries are gone after remove" test ! -e /usr/bin/pocket-id -a ! -e /usr/bin/pocketctl
check "the man pages are gone after remove" test ! -e /usr/share/man/man1/pocketctl.1.gz
check "the database is kept on remove" test -s /var/lib/pocket-id/pocket-id.db
check "the configuration is kept on remove" test -f /etc/pocket-id/pocket-id.toml

# Purge: data and configuration gone; the system user stays, as Debian does.
if dpkg_ --purge pocket-id >/dev/null; then installed=0; fi
check "dpkg --purge succeeds" test "$installed" = 0
check "the data directory is gone after purge" test ! -e /var/lib/pocket-id
check "the configuration is gone after purge" test ! -e /etc/pocket-id
check "the unit is no longer enabled after purge" test ! -L "/etc/systemd/system/multi-user.target.wants/$unit"
check "dpkg knows the package no more" \
  sh -c "! dpkg-query -W -f='\${Status}' pocket-id 2>/dev/null | grep -q installed"
check "the system user stays after purge" getent passwd pocket-id

finish
