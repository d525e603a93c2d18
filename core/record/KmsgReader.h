// SPDX-License-Identifier: GPL-2.0-or-later
// KmsgReader: follows /dev/kmsg (Documentation/ABI/testing/dev-kmsg) from "now" on.
//
// Each read() returns one record: "<prefix>,<seq>,<timestamp us>,<flags>[,...];<message>\n"
// followed by optional continuation lines " KEY=value\n". A read of EPIPE means the ring buffer
// overwrote records we had not read yet; we count that and go on. The reader starts at the END
// of the buffer (lseek SEEK_END), so only new messages arrive. Records are delivered as
// dmesg-style lines "[  1234.567890] message" that the kernlog framer understands.
#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QSocketNotifier;

namespace oomlens {

class KmsgReader : public QObject {
    Q_OBJECT
public:
    explicit KmsgReader(QObject *parent = nullptr);
    ~KmsgReader() override;

    // Opens the device (or `path`, for tests with a FIFO); false with errorString() when it cannot
    // (EACCES without CAP_SYSLOG under dmesg_restrict, ENOENT in some containers).
    bool open(const QString &path = QStringLiteral("/dev/kmsg"));
    bool isOpen() const { return m_fd >= 0; }
    QString errorString() const { return m_error; }
    quint64 recordsLost() const { return m_lost; }

    // Parses one kmsg record into a dmesg-style line; empty for malformed records.
    static QString recordToLine(const QByteArray &record);

Q_SIGNALS:
    void linesRead(const QStringList &lines);

private:
    void readAvailable();

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QString m_error;
    quint64 m_lost = 0;
};

} // namespace oomlens
