#!/usr/bin/env bash
# Builds the packages from a configured, built tree and checks the .deb the way a user would meet it:
# its control fields, its file list, an install into a scratch root with dpkg, the installed
# AppStream metadata and desktop entry, and the installed binaries running.
#   check-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack failed"; }
deb=$(ls "$work"/out/miraget-desktop_"$version"_*.deb 2>/dev/null | head -1)
[[ -f $deb ]] || { ls -la "$work/out"; fail "no miraget-desktop_${version}_*.deb"; }
ls "$work"/out/miraget-desktop-"$version"-*.tar.gz >/dev/null 2>&1 || fail "no .tar.gz next to the .deb"
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) kB)"

field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == miraget-desktop ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected $version"
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
# Computed by dpkg-shlibdeps from the binaries (Qt, SQLCipher, qtkeychain, libc) plus the QML
# modules listed by hand: each must name a real Debian 12 package.
for needed in libqt6core6 libqt6qml6 libqt6charts6 libsqlcipher0 libqt6keychain1 libc6 \
  qml6-module-qtquick-controls qml6-module-qtquick-dialogs libqt6sql6-sqlite; do
  grep -qE "(^|[ ,|])$needed([ (,]|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
for package in $(tr ',|' '\n\n' <<<"$depends" | sed -E 's/\(.*\)//; s/ //g' | sort -u); do
  # Installed here (the build needed it) or known to apt: either way a real Debian package. apt's
  # lists may be absent on a machine that had everything installed already.
  dpkg-query -W "$package" >/dev/null 2>&1 || apt-cache show "$package" >/dev/null 2>&1 \
    || fail "Depends names $package, which Debian does not have"
done

dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
for path in /usr/bin/miraget /usr/bin/miraget-server \
  /usr/share/applications/com.miraget.Desktop.desktop \
  /usr/share/metainfo/com.miraget.Desktop.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/com.miraget.Desktop.svg \
  /usr/share/icons/hicolor/48x48/apps/com.miraget.Desktop.png \
  /usr/share/icons/hicolor/256x256/apps/com.miraget.Desktop.png \
  /usr/share/doc/miraget-desktop/copyright /usr/share/doc/miraget-desktop/NOTICE; do
  grep -qxF "$path" "$work/files" || fail "the package lacks $path"
done

# A scratch dpkg root: its own status database, no maintainer scripts to run. The dependencies are
# this machine's (the test build needed them all), so they are not installed into the root again.
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --log=/dev/null --force-depends --force-script-chrootless -i "$deb" >"$work/dpkg.log" 2>&1 \
  || { cat "$work/dpkg.log"; fail "dpkg -i into the scratch root failed"; }
dpkg --root="$root" -s miraget-desktop 2>/dev/null | grep -q '^Status: install ok installed' \
  || fail "dpkg does not list miraget-desktop as installed in the scratch root"

appstreamcli validate --no-net "$root/usr/share/metainfo/com.miraget.Desktop.metainfo.xml" \
  || fail "appstreamcli validate"
desktop=$root/usr/share/applications/com.miraget.Desktop.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate"
# miraget:// links (docs/links.md): the entry handles the scheme and passes the link as one argument,
# and the desktop database built from it (as desktop-file-utils' trigger builds it on install) names
# the entry for the scheme.
grep -qxF 'MimeType=x-scheme-handler/miraget;' "$desktop" || fail "the desktop entry does not handle miraget:// links"
grep -qxF 'Exec=miraget %u' "$desktop" || fail "the desktop entry's Exec is '$(grep '^Exec=' "$desktop")', not 'miraget %u'"
update-desktop-database "$root/usr/share/applications" || fail "update-desktop-database"
grep -qxF 'x-scheme-handler/miraget=com.miraget.Desktop.desktop;' "$root/usr/share/applications/mimeinfo.cache" \
  || fail "the desktop database does not name com.miraget.Desktop.desktop for miraget:// links"

out=$("$root/usr/bin/miraget" --version) || fail "installed miraget --version exited $?"
[[ $out == "Miraget Desktop $version" ]] || fail "installed miraget --version printed '$out'"
out=$("$root/usr/bin/miraget-server" --version) || fail "installed miraget-server --version exited $?"
grep -qF "$version" <<<"$out" || fail "installed miraget-server --version printed '$out'"
echo "installed into a scratch root; miraget --version: Miraget Desktop $version"
echo "PASS"
