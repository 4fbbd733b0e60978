# Sourced by scripts/demo and scripts/test: make .venv with the project installed.
# MOU_EXTRAS=test installs the test extra too.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON_BIN=${PYTHON:-python3}
if ! "$PYTHON_BIN" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "mou-review needs Python 3.11 or newer ($PYTHON_BIN is $("$PYTHON_BIN" --version 2>&1))" >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON_BIN" -m venv .venv
spec="."
[ -n "${MOU_EXTRAS:-}" ] && spec=".[${MOU_EXTRAS}]"
# Reinstall only when pyproject.toml changed since the last install.
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-${MOU_EXTRAS:-base}"
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
  touch "$stamp"
fi
