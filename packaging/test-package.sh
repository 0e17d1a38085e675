#!/usr/bin/env bash
# The package install test (ctest TestPackageInstall, label "package"): builds the .deb from an
# already built tree with cpack, installs it with dpkg, runs the installed binaries, then purges
# it. Skips (exit 77) unless run as root on a system with dpkg.
# Usage: test-package.sh BUILD_DIR
set -euo pipefail
build_dir=$(cd "$1" && pwd)

if [ "$(id -u)" -ne 0 ] || ! command -v dpkg >/dev/null || ! command -v dpkg-shlibdeps >/dev/null; then
    echo "SKIP: the package test needs root, dpkg and dpkg-shlibdeps"
    exit 77
fi

work=$(mktemp -d /tmp/rapport-package-test.XXXXXX)
installed=0

# dpkg refuses at once when another dpkg or apt (another engineer's apt-get, scripts/install-deps,
# unattended upgrades) holds its lock; wait for it instead of failing (up to 5 minutes).
dpkg_waiting() {
    local tries=0 output
    while true; do
        if output=$(dpkg "$@" 2>&1); then
            printf '%s\n' "$output"
            return 0
        fi
        if grep -qiE 'lock|locked' <<<"$output" && [ "$tries" -lt 150 ]; then
            tries=$((tries + 1))
            sleep 2
            continue
        fi
        printf '%s\n' "$output" >&2
        return 1
    done
}

cleanup() {
    if [ "$installed" = 1 ]; then
        dpkg_waiting --purge rapport >/dev/null || echo "warning: could not purge rapport" >&2
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Build exactly what the package installs first: cpack only runs the install rules (with Ninja
# there is no "preinstall" build step), so on a tree where only some targets had been built (the
# usual case here: engineers build the targets they need) the icons or .qm files could be missing.
targets=(rapport rapport-cli rapport_translations)
if grep -q '^build rapport_icons:' "$build_dir/build.ninja" 2>/dev/null; then
    targets+=(rapport_icons)
fi
cmake --build "$build_dir" --target "${targets[@]}" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
(cd "$work" && cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/rapport_*.deb)
echo "built $deb"

dpkg-deb --info "$deb" | grep -E 'Depends|Package|Version'
contents=$(dpkg-deb --contents "$deb")
for path in ./usr/bin/rapport ./usr/bin/rapport-cli \
    ./usr/share/applications/app.rapport.Rapport.desktop \
    ./usr/share/metainfo/app.rapport.Rapport.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/rapport.svg \
    ./usr/share/icons/hicolor/48x48/apps/rapport.png \
    ./usr/share/icons/hicolor/256x256/apps/rapport.png \
    ./usr/share/rapport/translations/rapport_th.qm \
    ./usr/lib/systemd/system/rapport-scheduler.service \
    ./usr/share/doc/rapport/examples/scheduler.env; do
    grep -q " $path\$" <<<"$contents" || { echo "FAIL: $path is not in the package"; exit 1; }
done
depends=$(dpkg-deb --field "$deb" Depends)
for dep in libqt6sql6-sqlite qt6-translations-l10n fonts-thai-tlwg libqt6core6; do
    grep -q "$dep" <<<"$depends" || { echo "FAIL: Depends lacks $dep: $depends"; exit 1; }
done

# Only one package test installs at a time on this machine (several worktrees share it).
exec 9>/tmp/rapport-package-test.lock
flock 9
if dpkg -s rapport >/dev/null 2>&1; then
    echo "SKIP: a rapport package is already installed on this machine; not replacing it"
    exit 77
fi
installed=1
dpkg_waiting -i "$deb"

version=$(QT_QPA_PLATFORM=offscreen /usr/bin/rapport --version)
echo "$version"
grep -q "rapport" <<<"$version"
/usr/bin/rapport-cli --version
mkdir -p "$work/home"
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify /usr/lib/systemd/system/rapport-scheduler.service
fi
db="$work/home/rapport.db"
/usr/bin/rapport-cli --db "$db" init
/usr/bin/rapport-cli --db "$db" demo --companies 3 --contacts-per-company 2
test "$(/usr/bin/rapport-cli --db "$db" list companies --format csv | wc -l)" -eq 4
/usr/bin/rapport-cli --db "$db" backup "$work/backup.db"
test -s "$work/backup.db"
# First run from the package, as a new user with nothing set up: the installed GUI creates its
# database in the user's data directory and shows its window (offscreen); the CLI finds the same
# default database, and demo data goes in on request.
first_run=(HOME="$work/home" XDG_DATA_HOME="$work/xdg-data" XDG_CONFIG_HOME="$work/xdg-config"
    XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=offscreen)
mkdir -p "$work/runtime" && chmod 700 "$work/runtime"
env "${first_run[@]}" /usr/bin/rapport --screenshot "$work/first-run.png"
test -s "$work/first-run.png"
test -s "$work/xdg-data/rapport/rapport.db"
env "${first_run[@]}" /usr/bin/rapport-cli demo --companies 2 --contacts-per-company 1
test "$(env "${first_run[@]}" /usr/bin/rapport-cli list companies --format csv | wc -l)" -eq 3
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net --pedantic /usr/share/metainfo/app.rapport.Rapport.metainfo.xml || \
        appstreamcli validate --no-net /usr/share/metainfo/app.rapport.Rapport.metainfo.xml
fi

dpkg_waiting --purge rapport
installed=0
test ! -e /usr/bin/rapport-cli
echo "package test passed"
