#include "PidCgroup.h"

#include "TextScan.h"

namespace oomlens {

ParseResult<QList<PidCgroupLine>> parsePidCgroup(QByteArrayView text) {
    ParseResult<QList<PidCgroupLine>> r;
    QList<PidCgroupLine> out;
    scan::Lines lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        if (scan::trimmed(line).isEmpty()) continue;
        const qsizetype c1 = line.indexOf(':');
        const qsizetype c2 = c1 < 0 ? -1 : line.indexOf(':', c1 + 1);
        const std::optional<int> id = c2 < 0 ? std::nullopt : scan::toInt<int>(line.first(c1));
        if (!id) {
            r.issues.append(
                {lines.number(),
                 QStringLiteral("expected 'id:controllers:path', got %1").arg(scan::quoted(line))});
            continue;
        }
        PidCgroupLine l;
        l.hierarchyId = *id;
        l.controllers =
            scan::latin1(line.sliced(c1 + 1, c2 - c1 - 1)).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QByteArrayView path = line.sliced(c2 + 1);
        if (path.endsWith(" (deleted)")) {
            path.chop(qsizetype(sizeof(" (deleted)") - 1));
            l.deleted = true;
        }
        l.path = scan::utf8(path);
        out.append(std::move(l));
    }
    if (out.isEmpty())
        return ParseResult<QList<PidCgroupLine>>::failure(0, QStringLiteral("no cgroup lines"));
    r.value = std::move(out);
    return r;
}

QString memoryCgroupPath(const QList<PidCgroupLine> &lines, bool v1) {
    for (const PidCgroupLine &l : lines) {
        if (v1 ? l.controllers.contains(QLatin1String("memory"))
               : (l.hierarchyId == 0 && l.controllers.isEmpty()))
            return l.path;
    }
    return {};
}

QString parseCmdline(QByteArrayView text) {
    while (!text.isEmpty() && text.back() == '\0')
        text.chop(1);
    QString s = scan::utf8(text);
    s.replace(QChar(u'\0'), QLatin1Char(' '));
    return s;
}

} // namespace oomlens
