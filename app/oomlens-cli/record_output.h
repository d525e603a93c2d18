// SPDX-License-Identifier: GPL-2.0-or-later
// `oomlens-cli record --output DIR`: the flight recorder (core/record/Recorder.h).
#pragma once

#include <QString>

#include <optional>

namespace oomlens::cli {

struct RecordOptions {
    QString dir;
    double seconds = 0; // 0 = until SIGTERM/SIGINT
    int intervalMs = 1000;
    int fullEvery = 5;
    double retainDays = 7;
    qint64 maxBytes = 0;
    int chunkSeconds = 60;
    bool quiet = false;
};

// "1G", "500M", "64K", "12345" (binary units); nullopt when malformed.
std::optional<qint64> parseSize(const QString &text);

int recordToDirectory(const RecordOptions &options);

} // namespace oomlens::cli
