#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Fails when a catalogue in translations/ is not complete for the CURRENT sources: it runs lupdate
# (same options as qt_add_translations in app/oomlens/CMakeLists.txt) on the sources into
# temporary copies of the .ts files, so the source tree is never modified, then lists every
# message that is new or unfinished, has an empty translation or numerus form, drops a
# placeholder (%1, %L1, %n) of the source, or loses the source's keyboard accelerator (&), or is
# the English source itself (unless translations/same-as-source.txt lists it); and every line
# that sets a user-visible text from a bare string literal instead of tr().
#
# usage: check_translations.sh LUPDATE SOURCE_DIR [EXTRA_SOURCE...]
#   EXTRA_SOURCE files are scanned as well (used by the test that proves this check can fail).
# Fix a failure: see translations/README.md (update_translations, then scripts/ts_fill.py).
set -eu

if [ $# -lt 2 ]; then
    echo "usage: $0 LUPDATE SOURCE_DIR [EXTRA_SOURCE...]" >&2
    exit 2
fi
lupdate=$1
src=$2
shift 2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/oomlens-ts-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

ts_count=0
for ts in "$src"/translations/*.ts; do
    [ -e "$ts" ] || continue
    cp "$ts" "$tmp/"
    ts_count=$((ts_count + 1))
done
if [ "$ts_count" -eq 0 ]; then
    echo "no .ts files in $src/translations" >&2
    exit 1
fi

# The same sources as OOMLENS_TR_SOURCES + the oomlens app (core/, ui/, app/oomlens/).
find "$src/core" "$src/ui" "$src/app/oomlens" -type f \( -name '*.cpp' -o -name '*.h' \) | sort >"$tmp/sources.lst"
for extra in "$@"; do
    echo "$extra" >>"$tmp/sources.lst"
done

if ! "$lupdate" -silent -no-obsolete -locations none "@$tmp/sources.lst" -ts "$tmp"/*.ts >"$tmp/lupdate.log" 2>&1; then
    cat "$tmp/lupdate.log" >&2
    echo "lupdate failed" >&2
    exit 1
fi

status=0
for ts in "$tmp"/*.ts; do
    name=$(basename "$ts")
    # One record per message (lupdate writes a fixed layout: <context><name>, <source>,
    # <translation> or <numerusform>s). Text stays XML-escaped, which does not affect %-tokens.
    lang=$(echo "$name" | sed 's/^oomlens_//; s/\.ts$//')
    awk -v file="$name" -v lang="$lang" -v samefile="$src/translations/same-as-source.txt" '
        function between(s, opening, closing,    a, b) {
            a = index(s, opening)
            if (a == 0) return ""
            s = substr(s, a + length(opening))
            b = index(s, closing)
            return b ? substr(s, 1, b - 1) : ""
        }
        function report(reason) {
            gsub(/\n/, "\\n", source)
            printf "%s: [%s] \"%s\": %s\n", file, context, source, reason
            bad++
        }
        BEGIN {
            # One "lang:source" per line (lang * = every language), sources XML-escaped as in the .ts.
            while ((getline entry < samefile) > 0)
                if (entry != "" && substr(entry, 1, 1) != "#") same[entry] = 1
            RS = "</message>"; bad = 0; total = 0
        }
        {
            rec = $0
            if (index(rec, "<name>")) context = between(rec, "<name>", "</name>")
            if (!index(rec, "<message")) next
            total++
            source = between(rec, "<source>", "</source>")
            if (index(rec, "<translation/>") || index(rec, "type=\"unfinished\"") ||
                index(rec, "type=\"vanished\"") || index(rec, "type=\"obsolete\"")) {
                report("untranslated or unfinished")
                next
            }
            body = between(rec, "<translation>", "</translation>")
            nforms = 0
            if (index(body, "<numerusform")) {
                rest = body
                while ((p = index(rest, "<numerusform")) > 0) {
                    rest = substr(rest, p)
                    if (substr(rest, 1, 14) == "<numerusform/>") { forms[++nforms] = ""; rest = substr(rest, 15); continue }
                    forms[++nforms] = between(rest, ">", "</numerusform>")
                    rest = substr(rest, index(rest, "</numerusform>") + 14)
                }
            } else {
                forms[++nforms] = body
            }
            for (i = 1; i <= nforms; i++) {
                if (forms[i] == "") { report("empty translation"); next }
                # Left in English: only the sources listed in translations/same-as-source.txt
                # (kernel words, names, units) may read the same in every language.
                if (forms[i] == source && !((lang ":" source) in same) && !(("*:" source) in same)) {
                    report("translation is the English source (list it in translations/same-as-source.txt if meant)")
                    next
                }
                s = source
                while (match(s, /%(L?[0-9]+|n)/)) {
                    token = substr(s, RSTART, RLENGTH)
                    s = substr(s, RSTART + RLENGTH)
                    if (!index(forms[i], token)) { report("translation drops " token); next }
                }
                plain = source
                gsub(/&amp;&amp;/, "", plain)
                if (match(plain, /&amp;[A-Za-z0-9]/) && !index(forms[i], "&amp;")) {
                    report("translation drops the & accelerator")
                    next
                }
            }
        }
        END {
            if (total == 0) { printf "%s: no messages at all (did lupdate run?)\n", file; exit 1 }
            printf "%s: %d message(s), %d problem(s)\n", file, total, bad > "/dev/stderr"
            exit (bad > 0 ? 1 : 0)
        }
    ' "$ts" || status=1
done

# A user-visible text set from a bare literal never reaches a catalogue: the setters of texts
# a person reads must get tr() (or data). Letters in a QStringLiteral/QLatin1String/u"" given
# straight to one of them is reported with file and line.
if grep -nE '(setText|setTitle|setTitleText|addTab|insertTab|setTabText|setToolTip|setPlaceholderText|setWindowTitle|setStatusTip|setName|showMessage|setLabel)\((.*, *)?(QStringLiteral\(|QLatin1String\(|u)"[^"%]*[A-Za-z]{3}' \
    $(cat "$tmp/sources.lst") >"$tmp/literals.txt" 2>/dev/null; then
    sed 's/^/untranslated literal: /' "$tmp/literals.txt"
    status=1
fi

if [ "$status" -ne 0 ]; then
    echo "Translations are incomplete: see translations/README.md for the update steps." >&2
fi
exit "$status"
