// oomlens-fleet-fixture OUT.om END_EPOCH [HOSTS] [DAYS]: writes the synthetic fleet of
// FleetFixture.h as OpenMetrics for `promtool tsdb create-blocks-from openmetrics`
// (bench/fleet_bench.sh uses it; the tests call the same code directly).
#include "FleetFixture.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList a = QCoreApplication::arguments();
    if (a.size() < 3) {
        std::fprintf(stderr, "usage: oomlens-fleet-fixture OUT.om END_EPOCH [HOSTS] [DAYS]\n");
        return 2;
    }
    const auto fleet = oomlens::fleetfixture::describeFleet(
        a.at(2).toLongLong(), a.size() > 3 ? a.at(3).toInt() : 200, a.size() > 4 ? a.at(4).toInt() : 7);
    if (!oomlens::fleetfixture::writeOpenMetrics(fleet, a.at(1))) {
        std::fprintf(stderr, "cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
