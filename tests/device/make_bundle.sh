#!/usr/bin/env bash
# Build .devcarry/bundle.tar.xz: what a GPU machine that has torch but no Qt needs to run the
# UI tests and the screenshots offscreen (tests/device/cuda_check.sh unpacks and uses it).
#
#   site/   PySide6 trimmed to the modules tensorviz, pyqtgraph and pytest-qt import (QtCore,
#           QtGui, QtWidgets, QtSvg, QtTest; pyqtgraph's curves import QtOpenGL, its Qt shim
#           QtOpenGLWidgets) with the Qt libraries and plugins they load (offscreen platform,
#           SVG icons), shiboken6, pyqtgraph, pytest-qt, colorama, and nbformat with its
#           dependencies (tests/ui/lecture/test_handout.py). PySide6 and shiboken6 are abi3
#           wheels, so this machine's copy works on any Python >= 3.10; rpds (jsonschema's)
#           is not, so the GPU machine's Python (TARGET_PY, 3.12) gets its own build beside
#           this one's. pytest-xdist and execnet (wheels from PyPI, pinned) let the GPU
#           machine's cores run the test files side by side. The dist-info folders come too:
#           pytest finds its plugins by their entry points.
#   lib/    the system libraries those Qt libraries need (ldd's closure, minus glibc,
#           libstdc++ and libgcc_s), each under its soname. cuda_check.sh drops the ones the
#           GPU machine has itself, so its own newer copies stay in use.
#   fonts/  DejaVu Sans and Sans Mono: offscreen Qt draws with fontconfig's fonts, and a bare
#           image has none for Latin text (the app brings its own Chinese subset).
#
# Run from anywhere with the Python that has PySide6 6.11, pyqtgraph and pytest-qt installed:
#   tests/device/make_bundle.sh [python]
set -euo pipefail
cd "$(dirname "$0")/../.."
python=${1:-python3}
target_py=${TARGET_PY:-3.12}

# .devcarry/ holds build output only: keep it out of git without touching .gitignore.
exclude=.git/info/exclude
mkdir -p "$(dirname "$exclude")"
touch "$exclude"
grep -qxF '/.devcarry/' "$exclude" || echo '/.devcarry/' >>"$exclude"

sp=$("$python" -c 'import PySide6, os; print(os.path.dirname(os.path.dirname(PySide6.__file__)))')
stage=.devcarry/stage
rm -rf "$stage" .devcarry/bundle.tar.xz
mkdir -p "$stage"/{site,lib,fonts}
site=$stage/site

modules="QtCore QtGui QtWidgets QtSvg QtTest QtOpenGL QtOpenGLWidgets"
qtlibs="Core DBus Gui Widgets Svg Test OpenGL OpenGLWidgets"

# -- Python packages -------------------------------------------------------------------------
pyside=$site/PySide6
mkdir -p "$pyside"/Qt/{lib,plugins/platforms,plugins/imageformats,plugins/iconengines,translations}
cp "$sp"/PySide6/{__init__.py,_config.py,_git_pyside_version.py,libpyside6.abi3.so.6.11} "$pyside"/
cp -r "$sp"/PySide6/support "$pyside"/
for m in $modules; do cp "$sp/PySide6/$m.abi3.so" "$pyside"/; done
for l in $qtlibs; do cp "$sp/PySide6/Qt/lib/libQt6$l.so.6" "$pyside"/Qt/lib/; done
cp "$sp"/PySide6/Qt/lib/libicu{data,i18n,uc}.so.73 "$pyside"/Qt/lib/
cp "$sp"/PySide6/Qt/plugins/platforms/libqoffscreen.so "$pyside"/Qt/plugins/platforms/
cp "$sp"/PySide6/Qt/plugins/imageformats/libqsvg.so "$pyside"/Qt/plugins/imageformats/
cp "$sp"/PySide6/Qt/plugins/iconengines/libqsvgicon.so "$pyside"/Qt/plugins/iconengines/
# Qt's own strings in Chinese (tensorviz.ui.i18n loads qtbase_<lang>.qm when Qt has it)
cp "$sp"/PySide6/Qt/translations/qtbase_zh_CN.qm "$pyside"/Qt/translations/
pure="shiboken6 pyqtgraph pytestqt colorama nbformat fastjsonschema jsonschema
      jsonschema_specifications referencing rpds attr attrs traitlets jupyter_core platformdirs"
for pkg in $pure; do cp -r "$sp/$pkg" "$site"/; done
for dist in pyside6_essentials shiboken6 pyqtgraph pytest_qt colorama nbformat fastjsonschema \
    jsonschema jsonschema_specifications referencing rpds_py attrs traitlets jupyter_core \
    platformdirs; do
    cp -r "$sp"/"$dist"-*.dist-info "$site"/
done
# rpds is compiled for one Python: add the GPU machine's build (one wheel, kept in .devcarry)
rpds=$(ls "$sp"/rpds_py-*.dist-info -d | sed 's/.*rpds_py-\(.*\)\.dist-info/\1/')
wheels=.devcarry/wheels
ls "$wheels"/rpds_py-"$rpds"-cp"${target_py/./}"-*.whl >/dev/null 2>&1 ||
    "$python" -m pip download -q --no-deps --only-binary :all: --implementation cp \
        --python-version "$target_py" --platform manylinux_2_17_x86_64 -d "$wheels" \
        "rpds-py==$rpds"
"$python" -m zipfile -e "$wheels"/rpds_py-"$rpds"-cp"${target_py/./}"-*.whl "$stage"/rpds
cp "$stage"/rpds/rpds/*.so "$site"/rpds/
rm -rf "$stage"/rpds
# pytest-xdist and its execnet: pure Python wheels, unpacked as they are
for req in pytest_xdist==3.8.0 execnet==2.1.2; do
    ls "$wheels/${req/==/-}"-py3-none-any.whl >/dev/null 2>&1 ||
        "$python" -m pip download -q --no-deps --only-binary :all: -d "$wheels" "$req"
    "$python" -m zipfile -e "$wheels/${req/==/-}"-py3-none-any.whl "$site"
done
# pyqtgraph's examples and 3D (OpenGL) parts are never imported here
rm -rf "$site"/pyqtgraph/{examples,opengl,jupyter}
find "$site" -name __pycache__ -prune -exec rm -rf {} +

# -- system libraries ------------------------------------------------------------------------
# ldd lists the whole closure; glibc and the C++ runtime are the GPU image's own.
skip='^(libc|libm|libpthread|libdl|librt|libutil|libresolv|ld-linux-x86-64|libstdc\+\+|libgcc_s)'
skip+='\.so'
find "$pyside" "$site"/shiboken6 -name '*.so*' -print0 |
    LD_LIBRARY_PATH=$pyside/Qt/lib:$site/shiboken6:$pyside xargs -0 ldd |
    awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' | sort -u |
    while read -r soname path; do
        case $path in "$sp"/* | "$PWD"/*) continue ;; esac  # Qt's and PySide's own
        [[ $soname =~ $skip ]] && continue
        cp -L "$path" "$stage/lib/$soname"
    done
if find "$pyside" -name '*.so*' -print0 |
    LD_LIBRARY_PATH=$stage/lib:$pyside/Qt/lib xargs -0 ldd | grep 'not found'; then
    echo "make_bundle: a library is missing" >&2
    exit 1
fi

# -- fonts -----------------------------------------------------------------------------------
for f in DejaVuSans DejaVuSans-Bold DejaVuSansMono DejaVuSansMono-Bold; do
    cp "$(fc-match -f '%{file}' "$f")" "$stage"/fonts/ 2>/dev/null ||
        cp "/usr/share/fonts/truetype/dejavu/$f.ttf" "$stage"/fonts/
done

# -- pack ------------------------------------------------------------------------------------
echo "system libraries: $(cd "$stage/lib" && ls | tr '\n' ' ')"
echo "newest glibc symbol version needed: $(find "$stage" -name '*.so*' -exec objdump -T {} + |
    grep -o 'GLIBC_[0-9.]*' | sort -Vu | tail -1)"
du -sh "$stage"/{site,lib,fonts}
XZ_OPT=-9e tar -C "$stage" -cJf .devcarry/bundle.tar.xz site lib fonts
rm -rf "$stage"
size=$(stat -c %s .devcarry/bundle.tar.xz)
echo "bundle: .devcarry/bundle.tar.xz $((size / 1024)) KiB"
if ((size > 45 * 1024 * 1024)); then
    echo "make_bundle: over 45 MiB" >&2
    exit 1
fi
