#!/usr/bin/env bash
# The KGX validator's own virtual environment (default .venv-kgx), used only by the tests.
# kgx 2.6 pins numpy < 2 while exoatlas needs numpy >= 2, so it cannot share .venv. Everything
# comes from the package registry; the validator itself runs offline (scripts/kgx_validate.py).
set -euo pipefail
VENV="${1:-.venv-kgx}"
PYTHON="${PYTHON:-python3}"
STAMP="$VENV/.installed"
if [ -f "$STAMP" ]; then
  exit 0
fi
test -x "$VENV/bin/python" || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet 'kgx==2.6.0' 'biolink-model==4.4.6' 'bmt>=1.4'
touch "$STAMP"
