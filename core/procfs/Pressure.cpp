#include "Pressure.h"

#include "TextScan.h"

namespace oomlens {

namespace {

bool parseLine(scan::Tokens &t, PressureLine &out, QString &reason) {
    bool have10 = false, have60 = false, have300 = false, haveTotal = false;
    QByteArrayView field;
    while (t.next(field)) {
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0) {
            reason = QStringLiteral("expected key=value, got %1 (unsupported PSI format?)")
                         .arg(scan::quoted(field));
            return false;
        }
        const QByteArrayView key = field.first(eq), value = field.sliced(eq + 1);
        bool ok = true;
        if (key == "total") {
            const std::optional<quint64> v = scan::toU64(value);
            ok = v.has_value();
            out.totalUs = v.value_or(0);
            haveTotal = ok;
        } else if (key == "avg10" || key == "avg60" || key == "avg300") {
            const std::optional<double> v = scan::toDouble(value);
            ok = v.has_value();
            (key == "avg10" ? out.avg10 : key == "avg60" ? out.avg60 : out.avg300) = v.value_or(0);
            (key == "avg10" ? have10 : key == "avg60" ? have60 : have300) = ok;
        } // unknown keys: ignored
        if (!ok) {
            reason = QStringLiteral("%1 is not a number").arg(scan::quoted(field));
            return false;
        }
    }
    if (!(have10 && have60 && have300 && haveTotal)) {
        reason = QStringLiteral("missing avg10, avg60, avg300 or total");
        return false;
    }
    return true;
}

} // namespace

ParseResult<Pressure> parsePressure(QByteArrayView text) {
    ParseResult<Pressure> r;
    Pressure p;
    scan::Lines lines(text);
    QByteArrayView line, kind;
    QString reason;
    while (lines.next(line)) {
        scan::Tokens t(line);
        if (!t.next(kind)) continue;
        if (kind != "some" && kind != "full") {
            r.issues.append(
                {lines.number(), QStringLiteral("unsupported PSI line %1").arg(scan::quoted(line))});
            continue;
        }
        PressureLine pl;
        if (!parseLine(t, pl, reason)) {
            r.issues.append({lines.number(), reason});
            continue;
        }
        (kind == "some" ? p.some : p.full) = pl;
    }
    if (!p.some && !p.full)
        return r.issues.isEmpty()
                   ? ParseResult<Pressure>::failure(0, QStringLiteral("no 'some' or 'full' line"))
                   : r;
    r.value = p;
    return r;
}

} // namespace oomlens
