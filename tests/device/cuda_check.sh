#!/usr/bin/env bash
# On a machine with an NVIDIA GPU and a CUDA torch but no Qt: run the tests whose answer
# depends on torch.cuda.is_available() (the dtype lesson's devices, the create lesson's
# device=, the course steps that call .cuda()) and take screenshots of the Devices tab.
# Everywhere else those tests only ever took their no-GPU branch.
#
# From the repository root, with .devcarry/bundle.tar.xz made by tests/device/make_bundle.sh
# (PySide6, pyqtgraph, pytest-qt, the libraries and fonts Qt needs offscreen):
#   OUT=/some/dir tests/device/cuda_check.sh
# Writes $OUT/check.log (everything), $OUT/pytest.log and at most six $OUT/shots/*.png.
# Each part reports its exit status and the next part runs anyway. The whole run keeps to
# BUDGET seconds (default 330): the pytest run, last, gets what is left, and a part
# that would start past it is skipped; one hanging part can overrun it by its own timeout
# (60 to 100 s; pytest's 20 s more to stop). Exit status: the number of parts that failed
# (listed at the end).
#
# Python packages: torch, numpy, pytest, hypothesis and typing_extensions are the machine's;
# the rest (Qt, pyqtgraph, pytest-qt, pytest-xdist, nbformat) come with the bundle.
# TVZ_DIR (default /tmp/tvz) is where the bundle goes; TVZ_KEEP_LIBS=1 keeps every bundled
# library even where the machine has its own; TVZ_WORKERS (default: half the cores, at most
# 6) is how many pytest processes run side by side.
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=${OUT:-/tmp/tvz-out}
dir=${TVZ_DIR:-/tmp/tvz}  # where the bundle is unpacked
budget=${BUDGET:-330}     # seconds; a part that hangs can add its own timeout (<= 100 s)
mkdir -p "$OUT/shots"

# Qt offscreen with the bundle's packages and fonts; torch from the machine. LD_LIBRARY_PATH
# is set once the bundle is unpacked (below).
export PYTHONPATH=$dir/site:$PWD${PYTHONPATH:+:$PYTHONPATH}
export QT_QPA_PLATFORM=offscreen FONTCONFIG_FILE=$dir/fonts/fonts.conf
export XDG_RUNTIME_DIR=$dir/runtime CI=1 PYTHONDONTWRITEBYTECODE=1
unset DISPLAY WAYLAND_DISPLAY

failed=()
part() {  # part NAME COMMAND...: run, report, remember a failure; skip when time is up
    local name=$1 start=$SECONDS rc
    shift
    echo
    if ((SECONDS > budget - 20)); then
        echo "===== $name: skipped, the ${budget} s are spent"
        failed+=("$name")
        return
    fi
    echo "===== $name"
    "$@"
    rc=$?
    echo "===== $name: exit $rc, $((SECONDS - start)) s"
    ((rc == 0)) || failed+=("$name")
}

unpack() {
    rm -rf "$dir" && mkdir -p "$dir/runtime" "$dir/fccache" && chmod 700 "$dir/runtime" || return 1
    tar -C "$dir" -xJf .devcarry/bundle.tar.xz ||  # no xz program: Python's lzma
        python3 -c 'import sys, tarfile
tarfile.open(sys.argv[1]).extractall(sys.argv[2], filter="data")' .devcarry/bundle.tar.xz "$dir" ||
        return 1
    # A library the machine has is its own (often newer, and what its Python was built
    # against); the bundle's copy serves only where the machine has none. TVZ_KEEP_LIBS=1
    # keeps them all (to prove the bundle complete on a machine that has everything).
    local ldconfig cache f
    ldconfig=$(PATH=$PATH:/sbin:/usr/sbin command -v ldconfig)
    if [[ -z ${TVZ_KEEP_LIBS:-} && -n $ldconfig ]]; then
        cache=$("$ldconfig" -p)
        for f in "$dir"/lib/*; do
            grep -q "^[[:space:]]*$(basename "$f") (libc6,x86-64)" <<<"$cache" && rm "$f"
        done
    fi
    echo "bundled libraries in use: $(ls "$dir/lib" | tr '\n' ' ')"
    cat >"$dir/fonts/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$dir/fonts</dir>
  <cachedir>$dir/fccache</cachedir>
  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>Sans Serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
  <alias><family>monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
  <alias><family>Monospace</family><prefer><family>DejaVu Sans Mono</family></prefer></alias>
</fontconfig>
EOF
    # missing libraries, if any, with the environment above
    find "$dir/site" -name '*.so*' -exec env LD_LIBRARY_PATH="$dir/lib" ldd {} + |
        grep 'not found' | sort -u
    return 0
}

machine() {
    nvidia-smi -L
    nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader
    ldd --version | head -1
    grep PRETTY_NAME /etc/os-release
    command -v python3
    timeout 90 python3 - <<'PY'
import sys

import torch

print(sys.version)
print("torch", torch.__version__, "built for CUDA", torch.version.cuda)
print("torch.cuda.is_available():", torch.cuda.is_available())
print("device_count:", torch.cuda.device_count())
for i in range(torch.cuda.device_count()):
    print(f"  cuda:{i}", torch.cuda.get_device_name(i))
import pyqtgraph
import PySide6
from PySide6.QtGui import QFontDatabase, QGuiApplication

print("PySide6", PySide6.__version__, PySide6.__file__, "pyqtgraph", pyqtgraph.__version__)
app = QGuiApplication([])
print("fonts:", QFontDatabase.families())
PY
}

devices() {
    timeout 90 python3 - <<'PY'
from tensorviz.core.dtypes import device_demo

demo = device_demo("cuda")
print(demo.output)
for target in ("cuda", "cuda:0", "cuda:1", "cpu", "meta", "mps"):
    try:
        d = device_demo(target)
    except Exception as e:  # noqa: BLE001 - report and go on
        print(f"-- {target}: raised {e!r}")
        continue
    print(f"-- {target}: available={d.cuda_available} built={d.cuda_built} "
          f"count={d.device_count} devices={d.devices} names={d.device_names} "
          f"idiom={d.idiom_device}")
    for s in d.steps:
        err = f"{s.error.type_name}: {s.error.message}" if s.error else ""
        print(f"   {s.key:<12} {s.code:<48} device={s.device} {err}")
PY
}

# States for --state: the dtype lesson on its Devices tab for a device, the create lesson on
# the GPU.
states() {
    timeout 60 python3 - "$dir" <<'PY'
import json
import subprocess
import sys

folder = sys.argv[1]
def start(lesson):
    out = subprocess.run(
        [sys.executable, "-m", "tensorviz", "--lesson", lesson, "--print-state"],
        check=True, capture_output=True, text=True).stdout
    return json.loads(out)
for name, lesson, change in [
    ("dtype-cuda", "dtype", {"tab": "devices", "device": "cuda"}),
    ("dtype-cuda1", "dtype", {"tab": "devices", "device": "cuda:1"}),
    ("create-cuda", "create", {"device": "cuda"}),
]:
    state = start(lesson) | change
    with open(f"{folder}/{name}.json", "w") as f:
        json.dump(state, f)
    print(name, state)
PY
}

shot() {  # shot NAME TENSORVIZ-ARGS...: one screenshot as $OUT/shots/NAME.png
    local name=$1 tmp=$dir/shot
    shift
    rm -rf "$tmp"
    timeout 60 python3 -m tensorviz --screenshot "$tmp" "$@" &&
        mv "$tmp"/*.png "$OUT/shots/$name.png" && echo "$OUT/shots/$name.png"
}

pytests() {  # pytests TESTS...: with the time left, into $OUT/pytest.log
    local left=$((budget - SECONDS)) workers=${TVZ_WORKERS:-$(($(nproc) / 2))} spread
    ((left > 30)) || left=30
    ((workers <= 6)) || workers=6
    # the bundle's pytest-xdist runs the files side by side (one file to a worker: a module's
    # fixtures run once); without it, or on a pytest it does not take, one at a time
    if ((workers >= 2)) && python3 -c 'import pytest, xdist.plugin
assert int(pytest.__version__.split(".")[0]) >= 7' 2>/dev/null; then
        spread=(-n "$workers" --dist loadfile)
    else
        spread=(-p no:xdist -p no:xdist.looponfail)
    fi
    echo "pytest gets $left s: ${spread[*]}"
    # SIGINT first: pytest stops and still prints what passed and failed so far
    # pytest-benchmark (the GPU machine has it) refuses to start beside xdist: not loaded
    timeout -s INT -k 20 "$left" python3 -m pytest -q -p no:cacheprovider -p no:benchmark \
        --durations=5 \
        "${spread[@]}" "$@" 2>&1 | tee -a "$OUT/pytest.log"
}

main() {
    echo "cuda_check at $(date -u +%FT%TZ) on ${HOSTNAME:-?}," \
        "commit $(git rev-parse --short HEAD 2>/dev/null)"
    part unpack unpack
    export LD_LIBRARY_PATH=$dir/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
    part machine machine
    part devices devices
    part states states
    # the screenshots, in English unless said (--screenshot's default)
    local s=$dir  # the states' folder
    part shot-dtype-cuda-en shot dtype-devices-cuda-en --lesson dtype --state "$s/dtype-cuda.json"
    part shot-dtype-cuda-zh shot dtype-devices-cuda-zh_CN --lesson dtype \
        --state "$s/dtype-cuda.json" --lang zh_CN
    part shot-dtype-cuda1-en shot dtype-devices-cuda1-en --lesson dtype \
        --state "$s/dtype-cuda1.json"
    part shot-create-cuda-en shot create-cuda-en --lesson create --state "$s/create-cuda.json"
    part shot-step24-en shot step-24-en --step 24
    part shot-step25-zh shot step-25-zh_CN --step 25 --lang zh_CN
    # the lessons' own tests, the app's, and the course's (its .cuda() step and the handout's
    # replayed cells answer differently on a GPU)
    part pytest pytests tests/core/test_dtypes.py tests/core/test_create.py \
        tests/ui/lessons/dtype tests/ui/lessons/create tests/ui/test_app.py \
        tests/ui/lecture/test_mode.py::test_every_raises_question_answers_in_the_banners_room \
        tests/ui/lecture/test_track.py tests/ui/lecture/test_course.py \
        tests/ui/lecture/test_handout.py
    echo
    echo "===== summary"
    grep -E '^(SKIPPED|FAILED|ERROR)|[0-9]+ (passed|failed|error)' "$OUT/pytest.log"
    ls -l "$OUT/shots"
    echo "cuda_check: ${SECONDS} s; failed: ${failed[*]:-none}"
    return "${#failed[@]}"
}

main 2>&1 | tee "$OUT/check.log"
