#!/usr/bin/env bash
# The run command: installs what is missing, builds, starts junheng-server on 127.0.0.1 with the demo
# county, enrols the app as 云溪县实验小学 and starts the app. `--server-only` runs just the server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$root/scripts/setup.sh"
bin="${JUNHENG_BUILD_DIR:-$root/build}"
run="${JUNHENG_RUN_DIR:-$root/.run}"
port="${JUNHENG_PORT:-8470}"
url="http://127.0.0.1:$port"
school="3703990101"
mkdir -p "$run/server" "$run/app"

server_pid=""
stop_server() { [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; }

if curl -fsS "$url/api/v1/health" >/dev/null 2>&1; then
    echo "==> 服务器已在 $url 运行"
else
    echo "==> 启动 junheng-server（演示县：云溪县），数据在 $run/server"
    "$bin/server-stub/junheng-server" --data-dir "$run/server" --host 127.0.0.1 --port "$port" --demo --insecure-http \
        >>"$run/server.out" 2>>"$run/server.log" &
    server_pid=$!
    trap stop_server EXIT
    for _ in $(seq 1 100); do
        curl -fsS "$url/api/v1/health" >/dev/null 2>&1 && break
        kill -0 "$server_pid" 2>/dev/null || { echo "服务器没能启动，见 $run/server.log" >&2; tail -5 "$run/server.log" >&2; exit 1; }
        sleep 0.1
    done
fi

export JUNHENG_DATA_DIR="$run/app"
cli="$bin/client/cli/junheng-cli"
if ! "$cli" status --json | grep -q '"enrolled":true'; then
    echo "==> 以 云溪县实验小学（$school）登记本机"
    code="$("$bin/server-stub/junheng-server" issue-code --data-dir "$run/server" --school "$school")"
    "$cli" enrol --server "$url" --code "$code" --name "演示平板"
fi

if [[ "${1:-}" == "--server-only" ]]; then
    echo "==> 服务器在 $url 运行；按 Ctrl-C 停止。登记码见 $run/server/demo-enrolment-codes.txt"
    echo "    命令行填报：JUNHENG_DATA_DIR=$run/app $cli status"
    [[ -n "$server_pid" ]] && wait "$server_pid"
    exit 0
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    cat >&2 <<MSG
没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 都没有设置），无法打开应用窗口。可以：
  xvfb-run -a bash scripts/run.sh        在虚拟显示中运行应用（xvfb 已安装）
  bash scripts/run.sh --server-only      只启动服务器，再用命令行填报：
  JUNHENG_DATA_DIR=$run/app $cli status
MSG
    exit 2
fi

echo "==> 启动应用（关闭窗口后服务器随之停止）"
"$bin/client/app/junheng"
