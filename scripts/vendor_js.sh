#!/usr/bin/env bash
# Fetch the graph view's JavaScript from the npm registry at install time (versions pinned in
# web-vendor/package-lock.json) into src/exoatlas/web/static/vendor, with their licences; nothing
# third-party is committed and the UI never loads anything remote. Without npm this says so in
# one line and exits 0: every page but the graph view serves, and that page says what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
DEST=src/exoatlas/web/static/vendor
if [ -f "$DEST/cytoscape.min.js" ] && [ -f "$DEST/cytoscape-fcose.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "vendor_js: npm not found; the UI serves without the graph view (install Node.js and npm, then make assets)" >&2
  exit 0
fi
if ! npm ci --prefix web-vendor --no-audit --no-fund --loglevel=error >/dev/null; then
  echo "vendor_js: npm could not fetch cytoscape; the UI serves without the graph view (retry with make assets)" >&2
  exit 0
fi
mkdir -p "$DEST.tmp"
M=web-vendor/node_modules
cp "$M/cytoscape/dist/cytoscape.min.js" "$DEST.tmp/"
cp "$M/layout-base/layout-base.js" "$M/cose-base/cose-base.js" "$M/cytoscape-fcose/cytoscape-fcose.js" "$DEST.tmp/"
for pkg in cytoscape layout-base cose-base cytoscape-fcose; do
  cp "$M/$pkg/LICENSE" "$DEST.tmp/LICENSE.$pkg"
done
rm -rf "$DEST" && mv "$DEST.tmp" "$DEST"
echo "vendor_js: $(ls "$DEST" | wc -l) files in $DEST" >&2
