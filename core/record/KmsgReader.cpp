// SPDX-License-Identifier: GPL-2.0-or-later
#include "KmsgReader.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace oomlens {

KmsgReader::KmsgReader(QObject *parent)
    : QObject(parent) {}

KmsgReader::~KmsgReader() {
    m_notifier.reset();
    if (m_fd >= 0) ::close(m_fd);
}

bool KmsgReader::open(const QString &path) {
    if (m_fd >= 0) return true;
    const QByteArray p = path.toLocal8Bit();
    m_fd = ::open(p.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        m_error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Skip the history: the post-mortem workspace reads old reports; we want new ones.
    ::lseek(m_fd, 0, SEEK_END);
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &KmsgReader::readAvailable);
    return true;
}

QString KmsgReader::recordToLine(const QByteArray &record) {
    // "6,1234,5678901234,-;text\n KEY=value\n": fields before ';', message up to the first '\n'.
    const qsizetype semi = record.indexOf(';');
    if (semi < 0) return {};
    const QList<QByteArray> fields = record.left(semi).split(',');
    if (fields.size() < 3) return {};
    bool ok = false;
    const qulonglong us = fields[2].toULongLong(&ok);
    if (!ok) return {};
    qsizetype end = record.indexOf('\n', semi + 1);
    if (end < 0) end = record.size();
    // The kernel escapes non-printable bytes as \xNN in records; keep them as printed.
    const QString message = QString::fromUtf8(record.mid(semi + 1, end - semi - 1));
    return QStringLiteral("[%1.%2] %3")
        .arg(us / 1000000, 5, 10, QLatin1Char(' '))
        .arg(us % 1000000, 6, 10, QLatin1Char('0'))
        .arg(message);
}

void KmsgReader::readAvailable() {
    QStringList lines;
    char buffer[8192]; // a record is at most ~1 KiB (PRINTKRB_RECORD_MAX + dict)
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            const QString line = recordToLine(QByteArray(buffer, n));
            if (!line.isEmpty()) lines << line;
            continue;
        }
        if (n < 0 && errno == EPIPE) {
            ++m_lost; // overwritten before we read it; the next read continues after the gap
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n == 0 && m_notifier)
            m_notifier->setEnabled(false); // end of file (a test FIFO closed): stop polling
        break;                             // EAGAIN: nothing more now
    }
    if (!lines.isEmpty()) emit linesRead(lines);
}

} // namespace oomlens
