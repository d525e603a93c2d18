#include "JournalFeed.h"

#include <cstdio>

namespace oomlens::journal {

JournalFeed::JournalFeed(QString file, EventSink sink, qsizetype firstOrdinal)
    : m_file(file)
    , m_sink(std::move(sink))
    , m_builder(
          file,
          [this](OomEvent &&e) {
              KernelKillRef ref = kernelKillRef(e, m_ordinal++);
              const auto host = m_boots.find(e.host.toStdString());
              if (host != m_boots.end()) {
                  auto it = host->second.upper_bound(e.firstLine);
                  if (it != host->second.begin()) ref.bootId = QString::fromStdString(std::prev(it)->second);
              }
              m_kernelKills.append(ref);
              m_sink(std::move(e));
          },
          [this](qsizetype) { ++m_duplicates; })
    , m_killers(file)
    , m_ordinal(firstOrdinal) {}

void JournalFeed::add(const JournalEntry &entry) {
    ++m_entries;
    if (entry.isKernel()) {
        addKernel(entry);
        return;
    }
    if (const auto source = killerSourceOf(entry)) m_killers.add(entry, *source);
}

void JournalFeed::addKernel(const JournalEntry &e) {
    if (!e.bootId.empty()) {
        std::string &last = m_lastBoot[e.hostname];
        if (last != e.bootId) {
            last = e.bootId;
            m_boots[e.hostname][e.line] = e.bootId;
        }
    }
    kernlog::FramedLine f;
    f.host = e.hostname;
    f.kernel = true;
    f.prefixed = true;
    f.viaSyslog = true;
    if (e.realtimeUs) {
        m_wall = std::to_string(*e.realtimeUs);
        f.wallText = m_wall;
        f.wallStyle = kernlog::WallStyle::Journal;
    }
    // The printk time; a kernel entry without it (journald < 189) falls back to the receive time.
    const std::optional<std::uint64_t> mono = e.sourceMonotonicUs ? e.sourceMonotonicUs : e.monotonicUs;
    if (mono) {
        char buf[32];
        const int n =
            std::snprintf(buf, sizeof buf, "%llu.%06llu", static_cast<unsigned long long>(*mono / 1000000),
                          static_cast<unsigned long long>(*mono % 1000000));
        m_uptime.assign(buf, size_t(n));
        f.uptimeText = m_uptime;
    }
    // A record of several lines (the kernel's continuation lines kept together): one message each.
    std::string_view rest = e.message;
    while (true) {
        const size_t nl = rest.find('\n');
        f.message = kernlog::trimmed(rest.substr(0, nl));
        if (!f.message.empty()) m_builder.feed(f, e.line);
        if (nl == std::string_view::npos) break;
        rest.remove_prefix(nl + 1);
    }
}

void JournalFeed::finish(LogAnalysis &out, QList<KillerEvent> *killersOut) {
    m_builder.finish();
    QList<KillerEvent> killers = m_killers.take();
    linkKillers(killers, m_kernelKills);
    for (KillerEvent &k : killers)
        k.diagnosis = killerDiagnosis(k);
    if (killersOut) killersOut->append(std::move(killers));
    out.linesRead += m_entries;
    out.reboots += m_builder.reboots();
    out.duplicatesDropped += m_duplicates;
}

} // namespace oomlens::journal
