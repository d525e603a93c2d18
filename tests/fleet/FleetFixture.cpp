#include "FleetFixture.h"

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>

namespace oomlens::fleetfixture {

Fleet describeFleet(qint64 endSecs, int hostCount, int days, qint64 scrapeSecs) {
    Fleet f;
    f.scrapeSecs = scrapeSecs;
    f.endSecs = endSecs / scrapeSecs * scrapeSecs;
    f.startSecs = f.endSecs - qint64(days) * 86400;
    QRandomGenerator rng(20261204);
    for (int i = 0; i < hostCount; ++i) {
        Host h;
        h.number = i;
        h.instance = QStringLiteral("host-%1:9100").arg(i, 3, 10, QLatin1Char('0'));
        h.cluster = i % 2 == 0 ? QStringLiteral("eu") : QStringLiteral("us");
        h.counterStart = rng.bounded(6);
        h.lowestAvailable = qint64(2) * 1024 * 1024 * 1024 + qint64(rng.bounded(1024)) * 1024 * 1024;
        // Kills land on sample times, away from the range's first and last day so every step
        // grid sees them inside the range.
        const auto sampleTime = [&](qint64 t) { return t / scrapeSecs * scrapeSecs; };
        if (i % 10 == 0) {
            const qint64 burst = sampleTime(f.startSecs + 86400 + qint64(i / 10 % (days - 2)) * 86400 +
                                            qint64(rng.bounded(20)) * 3600);
            const int n = 3 + i % 7;
            for (int k = 0; k < n; ++k)
                h.killTimes << burst + qint64(k) * 2 * scrapeSecs;
            if (i < 100) {
                h.zoneinfo = true;
                h.zoneFromSecs = burst - 3 * 3600;
                h.zoneToSecs = burst + 3 * 3600;
            }
            h.lowestAvailable = 48 * 1024 * 1024 + qint64(i) * 1024 * 1024; // at the burst
        } else if (i % 17 == 3) {
            h.killTimes << sampleTime(f.startSecs + 86400 + qint64(rng.bounded(4 * 24)) * 3600);
        }
        if (i == 20) {
            // Rebooted 5 h after the burst (the counter starts at 0 again), killed once 2 h later.
            h.rebootSecs = h.killTimes.last() + 5 * 3600;
            h.killTimes << h.rebootSecs + 2 * 3600;
        }
        f.hosts << h;
    }
    return f;
}

qint64 counterAt(const Host &h, qint64 t) {
    qint64 n = h.rebootSecs && t >= h.rebootSecs ? 0 : h.counterStart;
    for (qint64 k : h.killTimes) {
        if (k <= t && (!h.rebootSecs || t < h.rebootSecs || k >= h.rebootSecs)) ++n;
    }
    return n;
}

static bool nearKill(const Host &h, qint64 t, qint64 within) {
    return std::any_of(h.killTimes.begin(), h.killTimes.end(),
                       [&](qint64 k) { return t >= k - within && t <= k; });
}

qint64 availableAt(const Host &h, qint64 t) {
    if (nearKill(h, t, 0)) return h.lowestAvailable;
    return h.lowestAvailable + (qint64(1) << 30) + (t / 300 % 7) * 64 * 1024 * 1024;
}

ZonePoint zoneAt(const Host &h, const QString &zone, qint64 t) {
    const bool normal = zone == QLatin1String("Normal");
    const qint64 min = normal ? 11000 + h.number : 700, low = min * 5 / 4, high = min * 3 / 2;
    const qint64 free = nearKill(h, t, 0) ? min - 100 : high * 4 + (t / 300 % 5) * 100;
    return {free, min, low, high, normal ? 2000000 : 770000};
}

qint64 buddyAt(const Host &h, const QString &zone, int order, qint64 t) {
    const qint64 base = (zone == QLatin1String("Normal") ? 4000 : 300) >> order;
    return nearKill(h, t, 0) ? (order == 0 ? 90 : 0) : base + h.number + (t / 300 % 3);
}

namespace {

class Writer {
public:
    explicit Writer(QFile &f)
        : m_file(f) {
        m_buf.reserve(1 << 20);
    }
    void type(const char *family) { add(QByteArray("# TYPE ") + family + " unknown\n"); }
    void sample(const QByteArray &series, double value, qint64 t) {
        add(series + ' ' + QByteArray::number(value, 'g', 17) + ' ' + QByteArray::number(t) + '\n');
    }
    bool finish() {
        add("# EOF\n");
        flush();
        return m_ok;
    }

private:
    void add(const QByteArray &b) {
        m_buf += b;
        if (m_buf.size() > (1 << 20)) flush();
    }
    void flush() {
        m_ok = m_ok && m_file.write(m_buf) == m_buf.size();
        m_buf.clear();
    }
    QFile &m_file;
    QByteArray m_buf;
    bool m_ok = true;
};

QByteArray hostLabels(const Host &h) {
    return "instance=\"" + h.instance.toUtf8() + "\",job=\"node\",cluster=\"" + h.cluster.toUtf8() + '"';
}

} // namespace

bool writeOpenMetrics(const Fleet &f, const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    Writer w(file);
    // OpenMetrics wants each family's samples together.
    w.type("node_vmstat_oom_kill");
    for (const Host &h : f.hosts) {
        const QByteArray s = "node_vmstat_oom_kill{" + hostLabels(h) + '}';
        for (qint64 t = f.startSecs - 3600; t <= f.endSecs; t += f.scrapeSecs)
            w.sample(s, double(counterAt(h, t)), t);
    }
    w.type("node_memory_MemAvailable_bytes");
    for (const Host &h : f.hosts) {
        const QByteArray s = "node_memory_MemAvailable_bytes{" + hostLabels(h) + '}';
        for (qint64 t = f.startSecs - 3600; t <= f.endSecs; t += f.scrapeSecs)
            w.sample(s, double(availableAt(h, t)), t);
    }
    w.type("node_pressure_memory_waiting_seconds_total");
    for (const Host &h : f.hosts) {
        const QByteArray s = "node_pressure_memory_waiting_seconds_total{" + hostLabels(h) + '}';
        double total = 0;
        for (qint64 t = f.startSecs - 3600; t <= f.endSecs; t += f.scrapeSecs) {
            // 0.1 % stalled normally, 40 % in the half hour before a kill.
            total += double(f.scrapeSecs) * (nearKill(h, t, 1800) ? 0.4 : 0.001);
            w.sample(s, total, t);
        }
    }
    const QStringList zones{QStringLiteral("DMA32"), QStringLiteral("Normal")};
    const std::pair<const char *, qint64 ZonePoint::*> fields[] = {{"nr_free", &ZonePoint::free},
                                                                   {"min", &ZonePoint::min},
                                                                   {"low", &ZonePoint::low},
                                                                   {"high", &ZonePoint::high},
                                                                   {"managed", &ZonePoint::managed}};
    for (const auto &[name, field] : fields) {
        const QByteArray family = QByteArray("node_zoneinfo_") + name + "_pages";
        w.type(family.constData());
        for (const Host &h : f.hosts) {
            if (!h.zoneinfo) continue;
            for (const QString &z : zones) {
                const QByteArray s =
                    family + '{' + hostLabels(h) + ",node=\"0\",zone=\"" + z.toUtf8() + "\"}";
                for (qint64 t = h.zoneFromSecs; t <= h.zoneToSecs; t += f.scrapeSecs)
                    w.sample(s, double(zoneAt(h, z, t).*field), t);
            }
        }
    }
    w.type("node_buddyinfo_blocks");
    for (const Host &h : f.hosts) {
        if (!h.zoneinfo) continue;
        for (const QString &z : zones) {
            for (int order = 0; order <= 10; ++order) {
                const QByteArray s = "node_buddyinfo_blocks{" + hostLabels(h) + ",node=\"0\",size=\"" +
                                     QByteArray::number(order) + "\",zone=\"" + z.toUtf8() + "\"}";
                for (qint64 t = h.zoneFromSecs; t <= h.zoneToSecs; t += f.scrapeSecs)
                    w.sample(s, double(buddyAt(h, z, order, t)), t);
            }
        }
    }
    // Kubernetes: pod "api" was OOM-killed 4 times (cAdvisor saw all, kube-state-metrics the last
    // reason and 4 restarts); pod "worker" restarted twice for other reasons; "cache" once by OOM.
    struct Pod {
        const char *pod, *container, *reason;
        int kills, restarts;
    };
    const Pod pods[] = {{"api-7d9f", "api", "OOMKilled", 4, 4},
                        {"worker-5c2a", "worker", "Error", 0, 2},
                        {"cache-0", "redis", "OOMKilled", 1, 1}};
    const qint64 first = f.startSecs + 2 * 86400;
    const auto k8s = [](const Pod &p) {
        return QByteArray("instance=\"host-001:9100\",namespace=\"shop\",pod=\"") + p.pod +
               "\",container=\"" + p.container + '"';
    };
    w.type("container_oom_events_total");
    for (const Pod &p : pods) {
        for (qint64 t = f.startSecs - 3600; t <= f.endSecs; t += f.scrapeSecs) {
            const qint64 n = std::clamp<qint64>((t - first) / 3600 + 1, 0, p.kills);
            w.sample("container_oom_events_total{" + k8s(p) + '}', double(n), t);
        }
    }
    w.type("kube_pod_container_status_restarts_total");
    for (const Pod &p : pods) {
        for (qint64 t = f.startSecs - 3600; t <= f.endSecs; t += f.scrapeSecs) {
            const qint64 n = std::clamp<qint64>((t - first) / 3600 + 1, 0, p.restarts);
            w.sample("kube_pod_container_status_restarts_total{" + k8s(p) + '}', double(n), t);
        }
    }
    w.type("kube_pod_container_status_last_terminated_reason");
    for (const Pod &p : pods) {
        for (qint64 t = first; t <= f.endSecs; t += f.scrapeSecs)
            w.sample("kube_pod_container_status_last_terminated_reason{" + k8s(p) + ",reason=\"" + p.reason +
                         "\"}",
                     1.0, t);
    }
    return w.finish();
}

} // namespace oomlens::fleetfixture
