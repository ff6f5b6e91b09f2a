#!/usr/bin/env bash
# Collects every translatable string of the client (qsTr in QML, tr() in QObject classes,
# QCoreApplication::translate elsewhere; Chinese source text) into i18n/junheng_en.ts with lupdate.
# New strings arrive as unfinished entries: translate them (Qt Linguist, or edit the XML) and build;
# the build compiles the .ts into the embedded junheng_en.qm. The i18n completeness test fails while
# any entry is unfinished.
#
#   bash scripts/update-translations.sh              # update i18n/junheng_en.ts in place
#   bash scripts/update-translations.sh --ts OUT.ts  # update another copy (the completeness test does)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ts="$root/i18n/junheng_en.ts"
if [[ "${1:-}" == "--ts" ]]; then
    [[ -n "${2:-}" ]] || { echo "usage: $0 [--ts FILE.ts]" >&2; exit 2; }
    ts=$2
fi

lupdate=""
for candidate in "${LUPDATE:-}" /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [[ -n "$candidate" && -x "$candidate" ]]; then
        lupdate=$candidate
        break
    fi
done
[[ -n "$lupdate" ]] || { echo "lupdate not found: apt-get install qt6-l10n-tools" >&2; exit 1; }

# The same folders and options as i18n/CMakeLists.txt (target junheng_i18n_lupdate). No source
# locations in the .ts: they would change with every edited line and make merges noisy.
cd "$root"
"$lupdate" -silent -no-obsolete -locations none -source-language zh_CN -target-language en \
    -extensions cpp,h,qml assessment exchange reports client sync qml -ts "$ts"

unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
echo "$ts: $(grep -c '<message' "$ts") strings, $unfinished still to translate"
