#!/usr/bin/env bash
# The tools OpenApiLintIT runs on the served OpenAPI document (Spectral), at the versions pinned in
# ear/src/test/api-tools/package-lock.json: installed with `npm ci` into TARGET (ear/target/api-tools),
# again only when the lock file changed. Node.js and npm come from Debian's packages where they are
# missing (as root, or through sudo), as ensure-chromium.sh does for the browser.
#
#   ensure-api-tools.sh SOURCE_DIR TARGET_DIR
set -euo pipefail

source_dir=${1:?the directory of package.json and package-lock.json}
target=${2:?where to install}

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Installing Debian's nodejs and npm for the API document's tests" >&2
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

mkdir -p "$target"
if [ -x "$target/node_modules/.bin/spectral" ] \
  && cmp -s "$source_dir/package-lock.json" "$target/package-lock.json"; then
  exit 0
fi
cp "$source_dir/package.json" "$source_dir/package-lock.json" "$target/"
echo "Installing the API document's tools (npm ci) into $target" >&2
(cd "$target" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
"$target/node_modules/.bin/spectral" --version >/dev/null
