#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks what a desktop and a shell find there: the program runs
# and finds its catalogs beside itself, the desktop entry and the AppStream metainfo validate, the MIME type
# matches a real project file, the man page formats without warnings, the completion completes.
# usage: check-install.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" >/dev/null
app_id=org.clusterstudio.ClusterStudio
for file in bin/cluster-studio share/cluster-studio/catalogs/gpus.json share/cluster-studio/catalogs/examples \
    share/applications/$app_id.desktop share/metainfo/$app_id.metainfo.xml share/mime/packages/$app_id.xml \
    share/icons/hicolor/scalable/apps/$app_id.svg share/icons/hicolor/scalable/mimetypes/application-x-cluster-studio.svg \
    share/man/man1/cluster-studio.1.gz share/bash-completion/completions/cluster-studio; do
    [[ -e $prefix/$file ]] || fail "not installed: $file"
done

# The program finds the catalogs installed beside it, not the source tree's.
unset CLUSTER_STUDIO_CATALOGS
program=$prefix/bin/cluster-studio
"$program" --version | grep -qx "catalogs: $prefix/share/cluster-studio/catalogs" ||
    fail "the installed program does not use its catalogs: $("$program" --version)"
"$program" info "$prefix/share/cluster-studio/catalogs/examples/training-128gpu.json" | grep -q "^GPUs *128" ||
    fail "info on the installed example"

desktop-file-validate "$prefix/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml" >/dev/null ||
    fail "appstreamcli: $(appstreamcli validate --no-net "$prefix/share/metainfo/$app_id.metainfo.xml")"

# The MIME type's magic: a project file is SQLite with application_id "CSD1" at offset 68.
update-mime-database "$prefix/share/mime"
[[ -f $prefix/share/mime/application/x-cluster-studio.xml ]] || fail "update-mime-database made no entry"
"$program" generate --servers 4 --server dgx-h100 -o "$prefix/small.csd" >/dev/null
[[ $(head -c 15 "$prefix/small.csd") == "SQLite format 3" ]] || fail "a .csd is not SQLite"
[[ $(dd if="$prefix/small.csd" bs=1 skip=68 count=4 status=none) == CSD1 ]] || fail "no CSD1 at offset 68"

warnings=$(zcat "$prefix/share/man/man1/cluster-studio.1.gz" | groff -man -ww -z 2>&1)
[[ -z $warnings ]] || fail "man page: $warnings"

complete_words() { # the completions of a command line, the last word being completed
    bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _cluster_studio; echo "${COMPREPLY[*]}"' \
        _ "$prefix/share/bash-completion/completions/cluster-studio" "$@"
}
[[ $(complete_words cluster-studio imp) == import ]] || fail "completion of 'imp': $(complete_words cluster-studio imp)"
[[ $(complete_words cluster-studio export x.csd --fo) == --format ]] || fail "completion of export --fo"
[[ $(complete_words cluster-studio export x.csd --format "") == netbox ]] || fail "completion of --format"
echo "check-install: ok ($prefix)"
