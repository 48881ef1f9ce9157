#!/usr/bin/env bash
# Builds llama.cpp's own server (`llama-server`) from the llama.cpp source that the llama-cpp-python sdist
# vendors, so both servers of eval/llm_local.sh run the same inference code. Cached: a second run finds the
# binary and prints its path at once.
#
#   eval/llama_server_build.sh            -> prints the path of llama-server on stdout
#
# Environment: CITEBRIEF_EVAL_DIR (default ~/.cache/citebrief/llm-eval), LLAMA_VERSION (0.3.36),
# LLAMA_BUILD_JOBS (2: the machine is shared; the build also runs under `nice`).
set -euo pipefail

DIR="${CITEBRIEF_EVAL_DIR:-$HOME/.cache/citebrief/llm-eval}"
VERSION="${LLAMA_VERSION:-0.3.36}"
JOBS="${LLAMA_BUILD_JOBS:-2}"
SRC="$DIR/src/llama_cpp_python-$VERSION/vendor/llama.cpp"
BUILD="$DIR/llama-server-$VERSION"
BIN="$BUILD/bin/llama-server"
log() { printf '[llama_server_build] %s\n' "$*" >&2; }

if [ -x "$BIN" ]; then
  echo "$BIN"; exit 0
fi
for tool in cmake c++ ; do
  command -v "$tool" >/dev/null || { log "error: $tool not found (apt-get install cmake g++)"; exit 2; }
done

# The sdist, through pip (PyPI has only the sdist of llama-cpp-python); unpacked once.
if [ ! -f "$SRC/CMakeLists.txt" ]; then
  mkdir -p "$DIR/src"
  if [ ! -f "$DIR/src/llama_cpp_python-$VERSION.tar.gz" ]; then
    log "downloading the llama-cpp-python $VERSION sdist"
    pip=(python3 -m pip)
    [ -x "$DIR/venv/bin/pip" ] && pip=("$DIR/venv/bin/pip")  # eval/llm_local.sh's venv
    "${pip[@]}" download -q --no-deps --no-binary :all: "llama-cpp-python==$VERSION" -d "$DIR/src"
  fi
  tar -xzf "$DIR/src/llama_cpp_python-$VERSION.tar.gz" -C "$DIR/src"
fi

# GGML_NATIVE=OFF: a native build crashes on these CPUs in an AMX kernel (see eval/llm_local.sh).
# Static, no web UI (no npm, no download of prebuilt assets), no TLS, tests or examples: the server only.
log "building llama-server from $SRC (nice, $JOBS jobs; ~15-30 min on 2 cores)"
GEN=()
command -v ninja >/dev/null && GEN=(-G Ninja)
nice -n 10 cmake -S "$SRC" -B "$BUILD" "${GEN[@]}" -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=OFF \
  -DBUILD_SHARED_LIBS=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=ON \
  -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_OPENSSL=OFF >"$DIR/llama-server-build.log" 2>&1 \
  || { log "error: cmake configure failed, see $DIR/llama-server-build.log"; tail -5 "$DIR/llama-server-build.log" >&2; exit 1; }
nice -n 10 cmake --build "$BUILD" --target llama-server -j "$JOBS" >>"$DIR/llama-server-build.log" 2>&1 \
  || { log "error: build failed, see $DIR/llama-server-build.log"; tail -5 "$DIR/llama-server-build.log" >&2; exit 1; }
[ -x "$BIN" ] || { log "error: the build produced no $BIN"; exit 1; }
log "built $BIN"
echo "$BIN"
