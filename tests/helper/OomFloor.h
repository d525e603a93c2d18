// SPDX-License-Identifier: GPL-2.0-or-later
// What a child of this test may be given as oom_score_adj without privilege, measured instead of
// assumed. fs/proc/base.c __set_oom_adj() refuses a value below the target's
// signal->oom_score_adj_min unless the WRITER has CAP_SYS_RESOURCE (in the initial user
// namespace); the floor is inherited at fork and only moves when such a writer writes. So neither
// "we are root" nor "the floor is 0" is known in advance: a CI root may hold the capability, and
// a test run started from a service with OOMScoreAdjust=-500 inherits a floor of -500.
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>

namespace oomlens::test {

struct OomFloor {
    int lowest = 0;     // the lowest value this process could set on a fresh child
    bool valid = false; // the probe ran (a child started and its file was writable)

    // True when some value in [-1000, lowest) exists, i.e. a refusal can be provoked.
    bool canProvokeRefusal() const { return valid && lowest > -1000; }

    // The true reason when no refusal can be provoked, for QSKIP.
    QString whyNoRefusal() const {
        if (!valid) return QStringLiteral("could not probe a child's oom_score_adj");
        return QStringLiteral("this process may set any value down to -1000 on its children: it holds "
                              "CAP_SYS_RESOURCE or they inherit oom_score_adj_min -1000 "
                              "(fs/proc/base.c __set_oom_adj)");
    }
};

// Binary search over direct writes to a throw-away child: acceptance is monotonic in the value
// (accepted iff value >= floor, or always with CAP_SYS_RESOURCE).
inline OomFloor probeOomFloor() {
    QProcess child;
    child.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    if (!child.waitForStarted()) return {};
    const QString path = QStringLiteral("/proc/%1/oom_score_adj").arg(child.processId());
    auto accepted = [&path](int value) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) return false;
        const QByteArray text = QByteArray::number(value) + '\n';
        return f.write(text) == text.size();
    };
    OomFloor out;
    int high = 1000; // always accepted: a value can always be raised to the maximum
    if (accepted(-1000)) {
        out.lowest = -1000;
        out.valid = true;
    } else if (accepted(high)) {
        int low = -1000; // refused
        while (high - low > 1) {
            const int mid = low + (high - low) / 2;
            (accepted(mid) ? high : low) = mid;
        }
        out.lowest = high;
        out.valid = true;
    }
    child.kill();
    child.waitForFinished();
    return out;
}

} // namespace oomlens::test
