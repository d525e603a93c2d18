// hugepages_reserved: the static huge page pool holds a large share (over 10%) of RAM.
//
// mm/hugetlb.c hugetlb_show_meminfo_node(): "Node 0 hugepages_total=1024 hugepages_free=0
// hugepages_surp=0 hugepages_size=2048kB", one line per node and huge page size. Pages in the
// static pool (vm.nr_hugepages, hugepages=) are taken out of the buddy allocator: ordinary
// allocations cannot use them and the OOM killer cannot get them back, used or free.
// RAM = "N pages RAM" (show_mem()) times the base page size (from the buddy lines); without the
// page size the share is unknown and nothing is claimed.
#include "analysis/DiagnosisRule.h"
#include "analysis/ReportEvidence.h"

namespace oomlens {

namespace {

constexpr double Threshold = 0.10;

class HugepagesReservedRule final : public FindingRule {
public:
    QString id() const override { return QStringLiteral("hugepages_reserved"); }

    std::optional<Finding> evaluate(const OomEvent &event, const EventContext &) const override {
        const auto ram = event.pagesToBytes(event.totals.pagesRam);
        if (!ram || *ram == 0) return std::nullopt;
        Bytes pool = 0, freeInPool = 0;
        QList<Evidence> evidence;
        for (const auto &h : event.hugepages) {
            if (!h.total || !h.pageSize || *h.total == 0) continue;
            pool += *h.total * *h.pageSize;
            freeInPool += h.free.value_or(0) * *h.pageSize;
            addEvidence(evidence, event, h.line);
        }
        if (double(pool) <= Threshold * double(*ram)) return std::nullopt;
        addEvidence(evidence, event, event.totals.ramLine);
        Finding f;
        f.id = id();
        f.evidence = evidence;
        f.summary =
            QCoreApplication::translate(
                "Diagnosis", "Static huge pages held %1 (%2 of RAM, %3 of it free), memory that ordinary "
                             "allocations cannot use and the OOM killer cannot reclaim.")
                .arg(formatBytes(pool), formatPercent(double(pool), double(*ram)), formatBytes(freeInPool));
        f.remedy = QCoreApplication::translate(
            "Diagnosis", "Size the static huge page pool (vm.nr_hugepages, hugepages= on the kernel "
                         "command line) to what the applications really use, and count it out of "
                         "the memory available to everything else.");
        return f;
    }
};

} // namespace

std::unique_ptr<FindingRule> makeHugepagesReservedRule() {
    return std::make_unique<HugepagesReservedRule>();
}

} // namespace oomlens
