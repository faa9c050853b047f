# Shared by tools/run and tools/test: install what is missing (Debian/Ubuntu) and build.
# Sourced, not executed. Finds the project relative to itself.
TERN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian packages the build and the tests need; the command that checks for each.
tern_packages="meson ninja-build gcc pkg-config nasm libcapstone-dev libffi-dev zlib1g-dev check python3 gdb"

tern_missing_packages() {
    local missing="" p
    for p in $tern_packages "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    echo "$missing"
}

tern_install() {
    local missing
    missing=$(tern_missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "tern: installing missing packages:$missing" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    if ! $sudo apt-get update -qq; then
        echo "tern: 'apt-get update' failed (a mirror may be syncing); retry in a moment" >&2
        return 1
    fi
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null || {
        echo "tern: could not install:$missing" >&2
        return 1
    }
}

# tern_build BUILD_DIR [meson options...]
tern_build() {
    local dir=$1; shift
    if [ ! -f "$dir/build.ninja" ]; then
        meson setup "$dir" "$TERN_ROOT" "$@" >/dev/null || { echo "tern: meson setup failed" >&2; return 1; }
    fi
    ninja -C "$dir" >/dev/null || { ninja -C "$dir"; return 1; }
}
