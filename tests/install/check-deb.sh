#!/usr/bin/env bash
# Builds the Debian package with cpack and checks it: its file list, its dependencies, and that the program
# unpacked from it runs and finds the catalogs unpacked beside it.
# usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() { echo "check-deb: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$out" >/dev/null)
deb=$(ls "$out"/cluster-studio_*.deb)
files=$(dpkg-deb -c "$deb" | awk '{print $6}')
app_id=org.clusterstudio.ClusterStudio
for file in ./usr/bin/cluster-studio ./usr/share/cluster-studio/catalogs/gpus.json \
    ./usr/share/cluster-studio/catalogs/examples/training-128gpu.json ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml ./usr/share/mime/packages/$app_id.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg ./usr/share/man/man1/cluster-studio.1.gz \
    ./usr/share/bash-completion/completions/cluster-studio; do
    grep -qx -- "$file" <<<"$files" || fail "not in the package: $file"
done
! grep -q -e '^./usr/local' -e '/include/' -e '\.a$' <<<"$files" || fail "the package holds build files"

depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6widgets6 libqt6svg6 libqcustomplot2.1-qt6 libsqlite3-0 qt6-qpa-plugins; do
    grep -q "$package" <<<"$depends" || fail "Depends lacks $package: $depends"
done

dpkg-deb -x "$deb" "$out/root"
unset CLUSTER_STUDIO_CATALOGS
"$out/root/usr/bin/cluster-studio" --version | grep -qx "catalogs: $out/root/usr/share/cluster-studio/catalogs" ||
    fail "the unpacked program does not find its catalogs"
"$out/root/usr/bin/cluster-studio" info "$out/root/usr/share/cluster-studio/catalogs/examples/training-128gpu.json" \
    >/dev/null || fail "info with the unpacked program"
echo "check-deb: ok ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB)"
