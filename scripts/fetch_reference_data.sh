#!/usr/bin/env bash
# Fetch the Debian data packages exoatlas verifies its vocabularies against, into DEST (.data).
#   optimir 1.2-1       miRBase v22 human mature/hairpin FASTA + GFF3 (mature -> precursor)
#   r-bioc-go.db 3.16.0 GO 2022-07 as SQLite
# Only the files needed are kept. The runtime uses the compact tables in src/exoatlas/vocab/data,
# which scripts/build_mirbase.py regenerates from these files; the tests check both agree.
set -euo pipefail
DEST="${1:-.data}"
mkdir -p "$DEST"
DEST="$(cd "$DEST" && pwd)"
if [ -f "$DEST/GO.sqlite" ] && [ -f "$DEST/optimir/hsa_miRBase_v22.gff3" ]; then
  exit 0
fi
PACKAGES=(optimir=1.2-1 r-bioc-go.db=3.16.0-1)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
if ! apt-get download "${PACKAGES[@]}" >/dev/null 2>&1; then
  echo "fetch_reference_data: refreshing the Debian package lists" >&2
  apt-get update -qq
  apt-get download "${PACKAGES[@]}" >/dev/null
fi
for deb in ./*.deb; do dpkg-deb -x "$deb" x; done
cp x/usr/lib/R/site-library/GO.db/extdata/GO.sqlite "$DEST/GO.sqlite"
mkdir -p "$DEST/optimir"
res=x/usr/lib/python3/dist-packages/optimir/resources
cp "$res/fasta/hsa_matures_miRBase_v22.fa" "$res/fasta/hsa_hairpins_miRBase_v22.fa" \
   "$res/coordinates/hsa_miRBase_v22.gff3" "$DEST/optimir/"
echo "fetch_reference_data: GO.sqlite and miRBase v22 files in $DEST" >&2
