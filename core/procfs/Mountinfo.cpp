#include "Mountinfo.h"

#include "TextScan.h"

namespace oomlens {

namespace {

// Undo mangle(): "\040" -> ' ' etc. (three octal digits after a backslash).
QString unescape(QByteArrayView v) {
    QByteArray out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 3 < v.size()) {
            const char a = v[i + 1], b = v[i + 2], c = v[i + 3];
            if (a >= '0' && a <= '3' && b >= '0' && b <= '7' && c >= '0' && c <= '7') {
                out.append(char((a - '0') * 64 + (b - '0') * 8 + (c - '0')));
                i += 3;
                continue;
            }
        }
        out.append(v[i]);
    }
    return QString::fromUtf8(out);
}

} // namespace

ParseResult<QList<MountEntry>> parseMountinfo(QByteArrayView text) {
    ParseResult<QList<MountEntry>> r;
    QList<MountEntry> out;
    scan::Lines lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        if (scan::trimmed(line).isEmpty()) continue;
        scan::Tokens t(line);
        QByteArrayView id, parent, devno, root, point, options, field, fsType, source, superOptions;
        bool ok =
            t.next(id) && t.next(parent) && t.next(devno) && t.next(root) && t.next(point) && t.next(options);
        // Optional fields until the lone "-".
        bool separator = false;
        while (ok && t.next(field)) {
            if (field == "-") {
                separator = true;
                break;
            }
        }
        ok = ok && separator && t.next(fsType) && t.next(source);
        if (ok && !t.next(superOptions)) superOptions = {};
        const std::optional<int> mountId = ok ? scan::toInt<int>(id) : std::nullopt;
        const std::optional<int> parentId = ok ? scan::toInt<int>(parent) : std::nullopt;
        if (!mountId || !parentId) {
            r.issues.append(
                {lines.number(), QStringLiteral("malformed mountinfo line %1").arg(scan::quoted(line))});
            continue;
        }
        MountEntry m;
        m.mountId = *mountId;
        m.parentId = *parentId;
        m.root = unescape(root);
        m.mountPoint = unescape(point);
        m.fsType = scan::latin1(fsType);
        m.source = unescape(source);
        m.superOptions = scan::latin1(superOptions).split(QLatin1Char(','), Qt::SkipEmptyParts);
        out.append(std::move(m));
    }
    if (out.isEmpty()) return ParseResult<QList<MountEntry>>::failure(0, QStringLiteral("no mount lines"));
    r.value = std::move(out);
    return r;
}

ParseResult<QList<MountEntry>> parseMounts(QByteArrayView text) {
    ParseResult<QList<MountEntry>> r;
    QList<MountEntry> out;
    scan::Lines lines(text);
    QByteArrayView line;
    while (lines.next(line)) {
        if (scan::trimmed(line).isEmpty()) continue;
        scan::Tokens t(line);
        QByteArrayView source, point, fsType, options;
        if (!(t.next(source) && t.next(point) && t.next(fsType) && t.next(options))) {
            r.issues.append(
                {lines.number(), QStringLiteral("malformed mounts line %1").arg(scan::quoted(line))});
            continue;
        }
        MountEntry m;
        m.root = QStringLiteral("/");
        m.mountPoint = unescape(point);
        m.fsType = scan::latin1(fsType);
        m.source = unescape(source);
        m.superOptions = scan::latin1(options).split(QLatin1Char(','), Qt::SkipEmptyParts);
        out.append(std::move(m));
    }
    if (out.isEmpty()) return ParseResult<QList<MountEntry>>::failure(0, QStringLiteral("no mount lines"));
    r.value = std::move(out);
    return r;
}

CgroupMounts classifyCgroupMounts(const QList<MountEntry> &mounts, QByteArrayView v2Controllers) {
    CgroupMounts c;
    for (const MountEntry &m : mounts) {
        if (m.fsType == QLatin1String("cgroup") && !c.v1Memory &&
            m.superOptions.contains(QLatin1String("memory")))
            c.v1Memory = m;
        else if (m.fsType == QLatin1String("cgroup2") && !c.v2)
            c.v2 = m;
    }
    bool memoryOnV2 = false;
    if (c.v2 && !c.v1Memory) {
        scan::Tokens t(v2Controllers);
        QByteArrayView name;
        while (t.next(name))
            memoryOnV2 = memoryOnV2 || name == "memory";
    }
    if (c.v1Memory)
        c.mode = c.v2 ? CgroupMode::Hybrid : CgroupMode::V1;
    else if (memoryOnV2)
        c.mode = CgroupMode::V2;
    else
        c.mode = CgroupMode::None;
    return c;
}

} // namespace oomlens
