// The snapshot archive source and the snapshot reader on arbitrary bytes given as an archive
// (core/source/ArchiveSource: tar, .tar.gz/.xz/.zst, sosreport; type by content through
// libarchive) written to a temporary file, then every parser over what it holds
// (core/procfs/SnapshotReader), the kill order, and the snapshot JSON writer.
// Oracle: no crash or sanitizer report; an archive that opens gives a snapshot whose JSON parses
// with QJsonDocument, and the streamed JSON is the same text as the one built in memory.
#include "FuzzCheck.h"

#include "analysis/KillOrder.h"
#include "model/SnapshotJson.h"
#include "procfs/SnapshotReader.h"
#include "source/Source.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdint>

using namespace oomlens;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("input.tar"));
    {
        QFile f(path);
        fuzzcheck::check(f.open(QIODevice::WriteOnly | QIODevice::Truncate), "archive",
                         "cannot write temp file");
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    SourceError error;
    const std::unique_ptr<Source> source = Source::open(path, &error);
    if (!source) {
        fuzzcheck::check(!error.ok() && !error.reason.isEmpty(), "archive", "refused without a reason");
        return 0;
    }
    const Snapshot snapshot = SnapshotReader(*source).read();
    const KillOrder order = estimateKillOrder(snapshot);
    const QByteArray json = snapshotToJson(snapshot, order);
    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fprintf(stderr, "%s at offset %d of:\n%s\n", qPrintable(parseError.errorString()), parseError.offset,
                json.constData());
        fuzzcheck::fail("archive", "the snapshot JSON does not parse");
    }
    QBuffer streamed;
    streamed.open(QIODevice::WriteOnly);
    fuzzcheck::check(writeSnapshotJson(snapshot, order, streamed), "archive", "streaming the JSON failed");
    fuzzcheck::check(streamed.data() == json, "archive",
                     "streamed JSON differs from the one built in memory");
    return 0;
}
