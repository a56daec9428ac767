#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, checked as a user would meet it (docs/packaging.md):
#   check-package.sh CPACK BUILD_DIR VERSION HARDENED [DEB]
# makes the package from BUILD_DIR with CPACK (or takes DEB, as scripts/package made it),
# installs it into a temporary folder with dpkg, runs the installed binary, validates the
# desktop entry, the AppStream metadata and the icons, reads the binary's hardening with
# readelf when HARDENED is 1 (Release and RelWithDebInfo builds), and runs lintian on
# the package, which must report no error.
set -euo pipefail

cpack=$1
build=$2
version=$3
hardened=$4
deb=${5:-}

app_id=org.alongside.Alongside
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}
# A group of checks passes when none of it failed.
mark=0
pass() {
    if ((failures == mark)); then echo "ok: $*"; fi
    mark=$failures
}

work=$(mktemp -d "${TMPDIR:-/tmp}/alongside-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
# dpkg wants ldconfig and start-stop-daemon on the PATH, even with nothing to run.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

if [[ -z "$deb" ]]; then
    if ! "$cpack" --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
        cat "$work/cpack.log"
        echo "FAIL: cpack could not make the package"
        exit 1
    fi
    deb=$(find "$work/out" -maxdepth 1 -name '*.deb' -print -quit)
fi
[[ -f "$deb" ]] || { echo "FAIL: no package at '$deb'"; exit 1; }
echo "package: $(basename "$deb")"

# The control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[[ "$(field Package)" == alongside ]] || fail "Package is '$(field Package)'"
[[ "$(field Version)" == "$version"-* ]] || fail "Version '$(field Version)' is not $version-N"
depends=$(field Depends)
for needed in libc6 libqt6widgets6 libqt6svg6 libsodium23 "libsqlcipher1 (>= 4.6)"; do
    [[ "$depends" == *"$needed"* ]] || fail "Depends lacks $needed: $depends"
done
[[ -n "$(field Maintainer)" && -n "$(field Section)" && -n "$(field Homepage)" ]] \
    || fail "Maintainer, Section or Homepage is missing"
pass "control fields (Depends: $depends)"

# Installed with dpkg into a root of its own, never the real system: a fresh dpkg
# database, dependencies taken as met (they are, on the machine running this).
root="$work/root"
admin="$root/var/lib/dpkg"
mkdir -p "$admin/info" "$admin/updates"
touch "$admin/status" "$admin/available"
dpkg_options=(--instdir="$root" --admindir="$admin" --log=/dev/null --force-depends
              --force-script-chrootless --no-triggers)
[[ $(id -u) -eq 0 ]] || dpkg_options+=(--force-not-root)
if ! dpkg "${dpkg_options[@]}" -i "$deb" >"$work/dpkg.log" 2>&1; then
    cat "$work/dpkg.log"
    echo "FAIL: dpkg could not install the package"
    exit 1
fi
status=$(dpkg --admindir="$admin" -s alongside 2>&1 || true)
[[ "$status" == *"Status: install ok installed"* ]] || fail "dpkg does not list alongside as installed"
pass "installed with dpkg into $root"

binary="$root/usr/bin/alongside"
[[ -x "$binary" ]] || { echo "FAIL: no $binary"; exit 1; }
out=$(QT_QPA_PLATFORM=offscreen "$binary" --version 2>&1) || fail "alongside --version exits $?"
[[ "$out" == "Alongside $version" ]] || fail "alongside --version says '$out', not 'Alongside $version'"
help=$(QT_QPA_PLATFORM=offscreen "$binary" --help 2>&1) || fail "alongside --help exits $?"
[[ "$help" == *report* ]] || fail "alongside --help lists no commands"
pass "the installed binary runs: $out"

# What a desktop needs, where it looks for it.
share="$root/usr/share"
for file in "applications/$app_id.desktop" "metainfo/$app_id.metainfo.xml" \
            "icons/hicolor/scalable/apps/$app_id.svg" "man/man1/alongside.1.gz" \
            doc/alongside/copyright doc/alongside/changelog.gz doc/alongside/changelog.Debian.gz; do
    [[ -f "$share/$file" ]] || fail "$file is not installed"
done
for size in 16 22 24 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [[ "$(file -b "$png" 2>&1)" == "PNG image data, $size x $size,"* ]] \
        || fail "the ${size}x$size icon is not a $size×$size PNG: $(file -b "$png" 2>&1)"
done
if ! desktop-file-validate "$share/applications/$app_id.desktop" >"$work/desktop.log" 2>&1 \
   || [[ -s "$work/desktop.log" ]]; then
    cat "$work/desktop.log"
    fail "desktop-file-validate"
fi
# validate-tree reads the metadata with its desktop entry and icon, as software centres do.
if ! appstreamcli validate-tree --no-net --no-color "$root" >"$work/appstream.log" 2>&1; then
    cat "$work/appstream.log"
    fail "appstreamcli validate-tree"
fi
release=$(grep -m 1 -o '<release version="[^"]*"' "$share/metainfo/$app_id.metainfo.xml" || true)
[[ "$release" == "<release version=\"$version\"" ]] \
    || fail "the newest release in the metainfo is ${release#*=}, not $version"
if ! zcat "$share/man/man1/alongside.1.gz" | groff -man -Tutf8 -ww -z 2>"$work/man.log" \
   || [[ -s "$work/man.log" ]]; then
    cat "$work/man.log"
    fail "groff warns about the manual page"
fi
pass "desktop entry, AppStream metadata, icons and manual page"

# Hardening, as Debian's hardening-check reads it.
if [[ "$hardened" == 1 ]]; then
    header=$(readelf -hW "$binary")
    segments=$(readelf -lW "$binary")
    dynamic=$(readelf -dW "$binary")
    symbols=$(readelf --dyn-syms -W "$binary")
    grep -Eq 'Type:[[:space:]]+DYN' <<<"$header" || fail "not a position-independent executable"
    grep -q 'GNU_RELRO' <<<"$segments" || fail "no GNU_RELRO segment"
    grep -Eq '\(BIND_NOW\)|\(FLAGS(_1)?\).*[[:space:]]NOW' <<<"$dynamic" || fail "not bound now (no full RELRO)"
    grep -q '__stack_chk_fail' <<<"$symbols" || fail "no stack protector (__stack_chk_fail)"
    fortified=$(grep -oE '__[a-z0-9_]+_chk\b' <<<"$symbols" | sort -u | tr '\n' ' ' || true)
    [[ -n "$fortified" ]] || fail "no fortified functions (__*_chk)"
    [[ "$(file -b "$binary")" == *", stripped"* ]] || fail "the binary is not stripped"
    pass "hardened: PIE, RELRO, BIND_NOW, stack protector, fortified: $fortified"
else
    echo "skipped: hardening (only Release and RelWithDebInfo builds are hardened)"
fi

# lintian: warnings are shown; an error fails.
lintian_status=0
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || lintian_status=$?
cat "$work/lintian.log"
if ((lintian_status > 1)); then
    fail "lintian could not check the package (exit $lintian_status)"
elif grep -q '^E: ' "$work/lintian.log"; then
    fail "lintian reports errors"
else
    pass "lintian reports no error"
fi

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "the package is sound"
