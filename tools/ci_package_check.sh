#!/usr/bin/env bash
# What a user gets from `pip install mentor-pause`, and whether the declared lowest versions work. Called by .ci/run.
#
#   tools/ci_package_check.sh [build|lowest|all]      (default: all)
#
# build   uv build: the sdist, then the wheel from the sdist (so a file missing from the sdist fails here). Then, in
#         clean venvs under a throwaway folder, outside the repository:
#           - the bare wheel: `import mentor_pause` works and brings no extra; `mentor-pause` says in one line
#             that it needs the [cli] extra, and exits 1;
#           - the wheel with [cli]: `mentor-pause --version` (or --help), `mentor-pause demo`, and
#             `mentor-pause db start` on a fresh local database, against which tools/sdk_smoke.py runs with the
#             bare wheel's interpreter.
# lowest  uv pip install --resolution lowest-direct -e '.[cli,dynamics,pandas]': every direct dependency at the lowest
#         version pyproject.toml allows; the test tools (the [test] extra) at their usual versions, constrained to
#         what that chose. Then the SDK suite (tests/sdk), and the tests of the extras, the CLI and the portal
#         client (typer, msal), with that venv.
#
# Works as root on a clean clone (the local databases run as an unprivileged OS user, see
# src/mentor_pause/local/cluster.py) once ./dev has set the machine up (PostgreSQL with its extensions, and the
# Supabase CLI in .tools/ that one test of tests/sdk runs): .ci/run runs ./dev test first. Never touches .venv: uv lives in a venv of its own in the throwaway folder, removed at the end (KEEP=1 keeps
# it). PYTHON picks the interpreter (>= 3.11; default python3).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"
what="${1:-all}"
case "$what" in build | lowest | all) ;; *) echo "usage: $0 [build|lowest|all]" >&2; exit 2 ;; esac

log() { printf '\033[1m[package-check]\033[0m %s\n' "$*" >&2; }
# `step NAME command...`: runs it and says how long it took.
step() {
  local name="$1" start=$SECONDS
  shift
  log "$name"
  "$@"
  log "$name: done in $((SECONDS - start)) s"
}

# A folder the unprivileged database user can traverse (mktemp makes it 0700).
WORK="$(mktemp -d /tmp/mentor-pause-package-check.XXXXXX)"
chmod 0755 "$WORK"
DB_DIR="$WORK/db"
CLI_VENV="$WORK/venv-cli"
cleanup() {
  if [ -x "$CLI_VENV/bin/mentor-pause" ] && [ -d "$DB_DIR" ]; then
    "$CLI_VENV/bin/mentor-pause" db stop --data-dir "$DB_DIR" >/dev/null 2>&1 || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
# What ./dev exports would point the installed CLI at this checkout instead of the migrations in the wheel.
unset MENTOR_PAUSE_SUPABASE_DIR PYTHONPATH VIRTUAL_ENV

install_uv() {
  "$PY" -m venv "$WORK/uv"
  "$WORK/uv/bin/python" -m pip install -q uv
  "$WORK/uv/bin/uv" --version
}
UV="$WORK/uv/bin/uv"

build_dist() {
  "$UV" build --quiet --out-dir "$WORK/dist" "$ROOT"
  ls -l "$WORK/dist"
  local wheel sdist
  wheel="$(ls "$WORK"/dist/*.whl)"
  sdist="$(ls "$WORK"/dist/*.tar.gz)"
  # The licence, the docs a PyPI page links to, and the database package the CLI applies.
  "$WORK/uv/bin/python" - "$wheel" "$sdist" <<'EOF'
import sys, tarfile, zipfile
wheel, sdist = sys.argv[1], sys.argv[2]
names = zipfile.ZipFile(wheel).namelist()
for wanted in ("/licenses/LICENSE", "mentor_pause/_supabase/config.toml", "mentor_pause/_supabase/seed.sql",
               "mentor_pause/_cli_entry.py", "mentor_pause/py.typed"):
    assert any(n.endswith(wanted) for n in names), f"{wanted} is not in the wheel"
assert any("/_supabase/migrations/" in n for n in names), "no migrations in the wheel"
members = tarfile.open(sdist).getnames()
for wanted in ("/LICENSE", "/CHANGELOG.md", "/README.md", "/pyproject.toml", "/supabase/config.toml"):
    assert any(n.endswith(wanted) for n in members), f"{wanted} is not in the sdist"
strays = [n for n in members if "/node_modules/" in n or "/.tools/" in n or "/.venv/" in n]
assert not strays, f"the sdist carries local tools: {strays[:5]}"
print(f"wheel: {len(names)} files; sdist: {len(members)} files")
EOF
}

base_install() {
  local wheel
  wheel="$(ls "$WORK"/dist/*.whl)"
  "$UV" venv --quiet -p "$PY" "$WORK/venv-sdk"
  "$UV" pip install --quiet -p "$WORK/venv-sdk/bin/python" "$wheel"
  local out rc=0
  out="$(cd "$WORK" && "$WORK/venv-sdk/bin/mentor-pause" --help 2>&1)" || rc=$?
  printf '%s\n' "$out"
  [ "$rc" -eq 1 ] || { log "mentor-pause without [cli] exited $rc, not 1"; return 1; }
  [ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] || { log "mentor-pause without [cli] printed more than one line"; return 1; }
  grep -q "pip install 'mentor-pause\[cli\]'" <<<"$out"
  (cd "$WORK" && "$WORK/venv-sdk/bin/python" "$ROOT/tools/sdk_smoke.py")
}

cli_install() {
  local wheel
  wheel="$(ls "$WORK"/dist/*.whl)"
  "$UV" venv --quiet -p "$PY" "$CLI_VENV"
  "$UV" pip install --quiet -p "$CLI_VENV/bin/python" "mentor-pause[cli] @ file://$wheel"
  (
    cd "$WORK"
    local help
    help="$("$CLI_VENV/bin/mentor-pause" --help)"
    if grep -q -- "--version" <<<"$help"; then
      "$CLI_VENV/bin/mentor-pause" --version
    else
      "$CLI_VENV/bin/mentor-pause" --help
    fi
  )
}

demo() {
  (cd "$WORK" && "$CLI_VENV/bin/mentor-pause" demo) >"$WORK/demo.log" 2>&1 || { cat "$WORK/demo.log"; return 1; }
  tail -n 15 "$WORK/demo.log"
  grep -q "Roster at the end of the day" "$WORK/demo.log"
}

sdk_against_local_db() {
  (cd "$WORK" && "$CLI_VENV/bin/mentor-pause" db start --data-dir "$DB_DIR")
  local url
  url="$(cd "$WORK" && "$CLI_VENV/bin/mentor-pause" db url --data-dir "$DB_DIR")"
  (cd "$WORK" && "$WORK/venv-sdk/bin/python" "$ROOT/tools/sdk_smoke.py" "$url")
  (cd "$WORK" && "$CLI_VENV/bin/mentor-pause" db stop --data-dir "$DB_DIR")
}

lowest_install() {
  local venv="$WORK/venv-lowest"
  "$UV" venv --quiet -p "$PY" "$venv"
  # Editable, like ./dev's .venv: the suite runs the checkout's code (some tests check that they do).
  "$UV" pip install --quiet -p "$venv/bin/python" --resolution lowest-direct -e "$ROOT[cli,dynamics,pandas]"
  "$UV" pip freeze --quiet -p "$venv/bin/python" | grep -v -e '^mentor-pause' -e '^-e ' >"$WORK/lowest.txt"
  "$venv/bin/python" -c '
import sys, tomllib
print("\n".join(tomllib.load(open(sys.argv[1], "rb"))["project"]["optional-dependencies"]["test"]))
' "$ROOT/pyproject.toml" >"$WORK/test-requirements.txt"
  "$UV" pip install --quiet -p "$venv/bin/python" -c "$WORK/lowest.txt" -r "$WORK/test-requirements.txt"
  # The direct dependencies as installed: these are the lowest versions pyproject.toml claims to work with.
  "$venv/bin/python" - "$ROOT/pyproject.toml" <<'EOF'
import re, sys, tomllib
from importlib.metadata import version
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
extras = project["optional-dependencies"]
wanted = project["dependencies"] + extras["cli"] + extras["dynamics"] + extras["pandas"]
for requirement in wanted:
    name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)
    print(f"  {name:<18} {version(name):<10} (declared {requirement})")
EOF
}

lowest_tests() {
  # From the checkout, so the suite finds tests/ and tools/.
  (cd "$ROOT" && PATH="$ROOT/.tools/node_modules/.bin:$PATH" "$WORK/venv-lowest/bin/python" -m pytest -q \
    -p no:cacheprovider tests/sdk tests/test_extras.py tests/cli tests/portal)
}

step "install uv (throwaway venv)" install_uv
if [ "$what" = build ] || [ "$what" = all ]; then
  step "build sdist and wheel" build_dist
  step "bare wheel: import, no extras, one-line CLI message, SDK smoke" base_install
  step "wheel with [cli]: mentor-pause --version/--help" cli_install
  step "wheel with [cli]: mentor-pause demo" demo
  step "wheel with [cli]: db start, SDK smoke against it, db stop" sdk_against_local_db
fi
if [ "$what" = lowest ] || [ "$what" = all ]; then
  step "lowest-direct install" lowest_install
  step "lowest-direct: pytest tests/sdk, extras, CLI, portal" lowest_tests
fi
log "all package checks passed"
