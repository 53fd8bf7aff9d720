#!/usr/bin/env bash
# Lists the function, initializer, subscript, computed-property and closure-property bodies
# longer than N lines (default 100) in the Swift files under the given paths (default Sources
# and Plugins), one per line: `file:line: name: LENGTH lines`, longest first. A body's length is
# the number of lines between its opening and closing brace (both excluded). Exits 1 when it
# lists any, so CI can run it (bash and awk only: CI has just the Swift toolchain).
#
#   bash scripts/long-functions.sh            # over 100 lines in Sources/ and Plugins/
#   bash scripts/long-functions.sh 60 Sources/VietQuote/Quotes
#
# It reads the text, not the syntax tree: braces inside comments, string literals and
# multi-line strings are skipped; a nested function is listed on its own and also counts
# towards the body that holds it.
set -euo pipefail
cd "$(dirname "$0")/.."

limit=100
if [ $# -gt 0 ] && [[ $1 =~ ^[0-9]+$ ]]; then
    limit=$1
    shift
fi
[ $# -gt 0 ] || set -- Sources Plugins

files=$(find "$@" -name '*.swift' -type f | sort)
[ -n "$files" ] || exit 0

# shellcheck disable=SC2086
awk -v limit="$limit" '
function reset_file() {
    depth = 0; top = 0; pending = ""; in_block_comment = 0; in_multiline = 0
}
# The line without comments and string-literal contents (braces in them do not count).
function code_of(line,    out, i, c, n, in_string) {
    out = ""; in_string = 0; n = length(line)
    for (i = 1; i <= n; i++) {
        c = substr(line, i, 1)
        if (in_multiline) {
            if (substr(line, i, 3) == "\"\"\"") { in_multiline = 0; i += 2 }
            continue
        }
        if (in_block_comment) {
            if (substr(line, i, 2) == "*/") { in_block_comment = 0; i++ }
            continue
        }
        if (in_string) {
            if (c == "\\") { i++; continue }
            if (c == "\"") in_string = 0
            continue
        }
        if (substr(line, i, 3) == "\"\"\"") { in_multiline = 1; i += 2; continue }
        if (substr(line, i, 2) == "//") break
        if (substr(line, i, 2) == "/*") { in_block_comment = 1; i++; continue }
        if (c == "\"") { in_string = 1; continue }
        out = out c
    }
    return out
}
# The name of the declaration this line starts, or "".
function declaration(code,    m) {
    if (match(code, /(^|[^A-Za-z0-9_])func[ \t]+[^ \t(<]+/)) {
        m = substr(code, RSTART, RLENGTH); sub(/^[^f]*func[ \t]+/, "", m); return m
    }
    if (match(code, /(^|[^A-Za-z0-9_.])(init|deinit|subscript)[ \t]*[(<?!{]/)) {
        m = substr(code, RSTART, RLENGTH); gsub(/[^A-Za-z]/, "", m); return m
    }
    # `var name: T {` (computed) and `var name = {` / `let name: T = {` (closure property).
    if (match(code, /^[ \t]*(@[A-Za-z]+[ \t]+)*([a-z]+(\(set\))?[ \t]+)*(var|let)[ \t]+[A-Za-z_][A-Za-z0-9_]*[^={]*(=[ \t]*)?\{/) &&
        code !~ /^[ \t]*(if|guard|while|case|for|return)[ \t]/) {
        m = substr(code, RSTART, RLENGTH); sub(/^.*(var|let)[ \t]+/, "", m); sub(/[^A-Za-z0-9_].*$/, "", m)
        return m
    }
    return ""
}
FNR == 1 { reset_file() }
{
    code = code_of($0)
    # A declaration without a body (a protocol requirement) is forgotten when its signature
    # is over: every parenthesis closed and this line no continuation (`->`, `where`, …).
    if (pending != "" && FNR > pending_line && parens <= 0 && code !~ /^[ \t]*(->|where|throws|rethrows|async|\{)/)
        pending = ""
    name = declaration(code)
    if (name != "") { pending = name; pending_line = FNR; parens = 0 }
    else if (code ~ /^[ \t]*([a-z]+[ \t]+)*(struct|enum|class|extension|protocol|actor)[ \t]/) pending = ""
    n = length(code)
    for (i = 1; i <= n; i++) {
        c = substr(code, i, 1)
        if (c == "{") {
            depth++
            if (pending != "") {
                top++; names[top] = pending; lines[top] = pending_line; opened[top] = FNR
                depths[top] = depth; pending = ""
            }
        } else if (c == "(") {
            parens++
        } else if (c == ")") {
            parens--
        } else if (c == "}") {
            pending = ""
            if (top > 0 && depths[top] == depth) {
                length_ = FNR - opened[top] - 1
                if (length_ > limit)
                    printf "%d\t%s:%d: %s: %d lines\n", length_, FILENAME, lines[top], names[top], length_
                top--
            }
            depth--
        }
    }
}
' $files | sort -t$'\t' -k1,1nr | cut -f2- > /tmp/long-functions.$$ || true

if [ -s /tmp/long-functions.$$ ]; then
    cat /tmp/long-functions.$$
    rm -f /tmp/long-functions.$$
    exit 1
fi
rm -f /tmp/long-functions.$$
