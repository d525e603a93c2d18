// The same kernel report read from two inputs of one run (a saved dmesg and the journal of that
// boot, or syslog and the journal): one event, not two. The printk time is the identity: dmesg's
// "[secs.usecs]" and the journal's _SOURCE_MONOTONIC_TIMESTAMP are the same microsecond count
// (kernel/printk/printk.c: both come from the record's ts_nsec), so a report with the same time,
// kind, victim pid and invoker on the same host (or where one side names no host) is a copy.
// Reports without a printk time are never merged.
#pragma once

#include "model/OomEvent.h"

#include <QHash>

#include <optional>

namespace oomlens::kernlog {

class CrossFileDedup {
public:
    // Index of the earlier event this one copies, or nullopt (then it is remembered as `index`).
    std::optional<qsizetype> copyOf(const OomEvent &event, qsizetype index) {
        if (!event.time.uptimeSeconds) return std::nullopt;
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(qRound64(*event.time.uptimeSeconds * 1e6))
                                .arg(int(event.kind))
                                .arg(event.victim && event.victim->pid ? *event.victim->pid : -1)
                                .arg(event.invoker ? event.invoker->comm : QString());
        auto it = m_seen.constFind(key);
        if (it != m_seen.constEnd() && (it->host.isEmpty() || event.host.isEmpty() || it->host == event.host))
            return it->index;
        m_seen.insert(key, {event.host, index});
        return std::nullopt;
    }

private:
    struct Seen {
        QString host;
        qsizetype index = 0;
    };
    QHash<QString, Seen> m_seen;
};

} // namespace oomlens::kernlog
