#!/usr/bin/env bash
# Packages a build tree with cpack (.deb and .tar.gz, into a temporary folder) and checks what a
# user would get: the Debian metadata and dependencies, every installed file, the desktop file,
# AppStream metainfo and man page against their validators, the man page against --help, and the
# extracted program running. As root, also installs the .deb, runs it and purges it again.
#   check-deb.sh BUILD_DIR VERSION [CPACK]
# Exit 77 (skipped) where dpkg tools are missing: scripts/deps.sh test installs them.
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2
cpack=${3:-cpack}
max_deb_bytes=5000000 # the size goal: 5 MB, Qt from the system

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
for tool in dpkg-deb dpkg-shlibdeps dpkg-architecture file readelf gzip; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done

work=$(mktemp -d)
installed="" # set while our .deb may be installed, so that the trap purges it
cleanup() {
  if [ -n "$installed" ]; then
    dpkg --purge yardmaster >/dev/null 2>&1 || echo "WARNING: dpkg --purge yardmaster failed" >&2
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# The program and its window keep their settings and data away from the user's.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache

echo "== cpack (DEB, TGZ) from $build"
if ! "$cpack" --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack failed"
fi
debs=("$work"/out/yardmaster_"$version"-*_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one yardmaster_${version}-*.deb, found: $(ls "$work/out")"
deb=${debs[0]}
tgz=$work/out/yardmaster-$version-Linux.tar.gz
[ -f "$tgz" ] || fail "no $(basename "$tgz")"

echo "== metadata: dpkg-deb -I $(basename "$deb")"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = yardmaster ] || fail "Package is '$(field Package)'"
[[ "$(field Version)" == "$version"-* ]] || fail "Version '$(field Version)' is not $version-N"
[ "$(field Section)" = web ] || fail "Section is '$(field Section)'"
for f in Maintainer Homepage Description Installed-Size; do
  [ -n "$(field "$f")" ] || fail "no $f field"
done
deb_bytes=$(stat -c %s "$deb")
echo "size: $deb_bytes bytes (.deb), $(field Installed-Size) KiB installed"
[ "$deb_bytes" -le "$max_deb_bytes" ] || fail ".deb is $deb_bytes bytes, above $max_deb_bytes"

# Package names in Depends, without versions or alternatives.
depends=$(field Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//; s/[[:space:]]//g' | sort -u)
has_depend() { grep -qx "$1" <<<"$depends"; }
# Libraries the code links (from dpkg-shlibdeps; the loop over ELF files below checks every one)
# and the plugins Qt loads at run time, named by hand: the SQLite driver and the SVG icon engine.
for p in libqt6core6 libqt6network6 libqt6sql6 libqt6gui6 libqt6widgets6 libsqlite3-0 libc6 \
  libstdc++6 libqt6sql6-sqlite libqt6svg6; do
  has_depend "$p" || fail "Depends lacks $p: $(field Depends)"
done

echo "== contents: dpkg -x"
root=$work/root
dpkg -x "$deb" "$root"
outside=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '^\./usr/' | grep -vx '\./' || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"
desktops=("$root"/usr/share/applications/*.desktop)
[ ${#desktops[@]} -eq 1 ] && [ -f "${desktops[0]}" ] || fail "expected one desktop file"
id=$(basename "${desktops[0]}" .desktop)
echo "application id: $id"
for f in usr/bin/yardmaster usr/lib/yardmaster/yardmaster-gui.so \
  "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" \
  "usr/share/mime/packages/$id.xml" "usr/share/icons/hicolor/scalable/apps/$id.svg" \
  usr/share/man/man1/yardmaster.1.gz usr/share/yardmaster/demo/demo.yard.json; do
  [ -f "$root/$f" ] || fail "missing /$f"
done
[ -x "$root/usr/bin/yardmaster" ] || fail "/usr/bin/yardmaster is not executable"
for size in 16 22 24 32 48 64 128 256 512; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
  file -b "$png" | grep -q "^PNG image data, $size x $size," || fail "$png: $(file -b "$png")"
done

# Every ELF file: stripped, and each library it links comes from a package in Depends.
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
elves=$(find "$root" -type f -exec file {} + | grep ': *ELF' | cut -d: -f1)
[ "$(wc -l <<<"$elves")" -eq 2 ] || fail "expected 2 ELF files (program, window module): $elves"
for elf in $elves; do
  file -b "$elf" | grep -q ', stripped' || fail "$elf is not stripped"
  for soname in $(readelf -d "$elf" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p'); do
    owner=$(dpkg -S "*/$multiarch/$soname" 2>/dev/null | head -n1 | cut -d: -f1)
    [ -n "$owner" ] || fail "$(basename "$elf") links $soname, which no installed package owns"
    has_depend "$owner" || fail "$(basename "$elf") links $soname from $owner, not in Depends"
  done
done
ldd "$root/usr/lib/yardmaster/yardmaster-gui.so" | grep -q 'not found' \
  && fail "the window module has unresolved libraries: $(ldd "$root/usr/lib/yardmaster/yardmaster-gui.so" | grep 'not found')"

echo "== desktop file, metainfo, man page"
desktop=$root/usr/share/applications/$id.desktop
grep -qx "Icon=$id" "$desktop" || fail "desktop file: Icon is not $id"
grep -q '^Exec=yardmaster ' "$desktop" || fail "desktop file: Exec does not run yardmaster"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate"
else
  echo "desktop-file-validate not installed: not validated"
fi
metainfo=$root/usr/share/metainfo/$id.metainfo.xml
grep -q "<id>$id</id>" "$metainfo" || fail "metainfo: id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" \
  || fail "metainfo: launchable is not $id.desktop"
grep -q "<release version=\"$version\"" "$metainfo" \
  || fail "metainfo has no <release> for $version: add one to packaging/linux/yardmaster.metainfo.xml.in"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
else
  echo "appstreamcli not installed: not validated"
fi
man_source=$work/yardmaster.1
gzip -dc "$root/usr/share/man/man1/yardmaster.1.gz" >"$man_source" || fail "man page is not gzip"
grep -q "Yardmaster $version" "$man_source" || fail "man page does not name version $version"
if command -v groff >/dev/null; then
  warnings=$(groff -man -ww -z -Tutf8 "$man_source" 2>&1)
  [ -z "$warnings" ] || fail "groff warns about the man page: $warnings"
fi

echo "== the extracted program"
exe=$root/usr/bin/yardmaster
[ "$("$exe" --version)" = "yardmaster $version" ] || fail "--version says '$("$exe" --version)'"
"$exe" check "$root/usr/share/yardmaster/demo/demo.yard.json" || fail "check on the installed demo"
# The man page must keep up with the program: every command and option --help shows.
man_text=$(sed 's/\\-/-/g' "$man_source")
help=$("$exe" --help)
for command in $(grep -o 'yardmaster [a-z]\+' <<<"$help" | cut -d' ' -f2 | sort -u); do
  grep -q "yardmaster $command" <<<"$man_text" || fail "man page lacks the command '$command'"
  help+=$'\n'$("$exe" "$command" --help)
done
# --help-all is QCommandLineParser's own (Qt's options), which the commands do not handle.
for option in $(grep -o -- '--[a-z][a-z-]*' <<<"$help" | grep -vx -- '--help-all' | sort -u); do
  grep -q -- "$option" <<<"$man_text" || fail "man page lacks $option (from --help)"
done
for command in serve check logs users; do
  grep -q "yardmaster $command" <<<"$man_text" || fail "man page lacks '$command' (CONTRACT.md)"
done
# The window module loads from the packaged layout (bin/../lib/yardmaster): the window stays
# open until killed (124); a module that fails to load ends at once with a message.
set +e
window_err=$(QT_QPA_PLATFORM=offscreen timeout 5 "$exe" "$root/usr/share/yardmaster/demo/demo.yard.json" 2>&1 >/dev/null)
window_status=$?
set -e
[ "$window_status" -eq 124 ] || fail "the window exited with $window_status: $window_err"

echo "== the tarball"
tar -xzf "$tgz" -C "$work"
top=$work/yardmaster-$version-Linux
[ -x "$top/bin/yardmaster" ] && [ -f "$top/lib/yardmaster/yardmaster-gui.so" ] \
  || fail "tarball layout: $(tar -tzf "$tgz" | head -n 20)"
[ "$("$top/bin/yardmaster" --version)" = "yardmaster $version" ] || fail "tarball --version"

echo "== the icon renderer's Windows and macOS outputs (the installers there are not built here)"
render=$build/packaging/yard_iconrender
svg=$root/usr/share/icons/hicolor/scalable/apps/$id.svg
"$render" "$svg" "$work/yardmaster.ico" 16 24 32 48 256 || fail "yard_iconrender .ico"
file -b "$work/yardmaster.ico" | grep -q '^MS Windows icon resource - 5 icons, 16x16' \
  || fail "yardmaster.ico: $(file -b "$work/yardmaster.ico")"
"$render" "$svg" "$work/y.iconset/icon_%2x%2@2x.png" 32 1024 || fail "yard_iconrender iconset"
file -b "$work/y.iconset/icon_512x512@2x.png" | grep -q '^PNG image data, 1024 x 1024,' \
  || fail "iconset: $(ls "$work/y.iconset")"

if [ "$(id -u)" != 0 ] || [ -n "${YARD_PACKAGING_NO_INSTALL:-}" ]; then
  echo "== not root (or YARD_PACKAGING_NO_INSTALL set): dpkg -i step not run"
  exit 0
fi
if dpkg-query -W -f='${Status}' yardmaster 2>/dev/null | grep -q installed; then
  echo "== a yardmaster package is already installed here: left alone, dpkg -i step not run"
  exit 0
fi
echo "== dpkg -i, run, dpkg --purge"
installed=1
for attempt in $(seq 60); do # another apt/dpkg may hold the lock for a while
  if out=$(DEBIAN_FRONTEND=noninteractive dpkg -i "$deb" 2>&1); then
    break
  fi
  grep -q 'lock' <<<"$out" && [ "$attempt" -lt 60 ] || fail "dpkg -i: $out"
  sleep 1
done
dpkg-query -W -f='${Status}' yardmaster | grep -qx 'install ok installed' || fail "not installed"
[ "$(/usr/bin/yardmaster --version)" = "yardmaster $version" ] || fail "installed --version"
/usr/bin/yardmaster check /usr/share/yardmaster/demo/demo.yard.json || fail "installed check"
dpkg --purge yardmaster >/dev/null || fail "dpkg --purge"
installed=""
[ ! -e /usr/bin/yardmaster ] && [ ! -e /usr/lib/yardmaster ] && [ ! -e /usr/share/yardmaster ] \
  || fail "files left after dpkg --purge"
dpkg-query -W -f='${Status}' yardmaster 2>/dev/null | grep -q installed && fail "still installed"
echo "PASS"
