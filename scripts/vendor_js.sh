#!/usr/bin/env bash
# Vendor the web UI's JavaScript from the npm registry (versions pinned in web-vendor/package-lock.json)
# into src/exoatlas/web/static/vendor, with their licences. The UI never loads anything remote.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=src/exoatlas/web/static/vendor
if [ -f "$DEST/cytoscape.min.js" ] && [ -f "$DEST/cytoscape-fcose.js" ]; then
  exit 0
fi
npm ci --prefix web-vendor --no-audit --no-fund --loglevel=error >/dev/null
mkdir -p "$DEST"
M=web-vendor/node_modules
cp "$M/cytoscape/dist/cytoscape.min.js" "$DEST/"
cp "$M/layout-base/layout-base.js" "$M/cose-base/cose-base.js" "$M/cytoscape-fcose/cytoscape-fcose.js" "$DEST/"
for pkg in cytoscape layout-base cose-base cytoscape-fcose; do
  cp "$M/$pkg/LICENSE" "$DEST/LICENSE.$pkg"
done
echo "vendor_js: $(ls "$DEST" | wc -l) files in $DEST" >&2
