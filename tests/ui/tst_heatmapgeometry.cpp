// SPDX-License-Identifier: GPL-2.0-or-later
// The heatmap's value <-> pixel and value <-> colour mapping (ui/widgets/HeatmapGeometry.h),
// and the widget painting exactly what that mapping says.
#include "widgets/BuddyHeatmap.h"
#include "widgets/HeatmapGeometry.h"

#include <QImage>
#include <QtTest>

#include <cmath>

using oomlens::ui::BuddyHeatmap;
using oomlens::ui::HeatmapGeometry;
using oomlens::ui::HeatmapMatrix;

class TestHeatmapGeometry : public QObject {
    Q_OBJECT
public:
    static void initMain() {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    }

private slots:
    void cellsTileThePlot() {
        // 3 zones x 11 orders in an 800x300 widget, 120 px labels, 20 px header, 40 px legend.
        const HeatmapGeometry g(QSizeF(800, 300), 3, 11, 6327, 120, 20, 40);
        const QRectF plot = g.plotRect();
        QCOMPARE(plot.left(), 120.0);
        QCOMPARE(plot.top(), 20.0);
        QCOMPARE(plot.width(), 800.0 - 120 - 8);
        QCOMPARE(plot.height(), 300.0 - 20 - 40);
        QCOMPARE(g.cellRect(0, 0).topLeft(), plot.topLeft());
        QCOMPARE(g.cellRect(2, 10).bottomRight(), plot.bottomRight());
        // Neighbours share edges: no gaps, no overlaps.
        QCOMPARE(g.cellRect(1, 3).right(), g.cellRect(1, 4).left());
        QCOMPARE(g.cellRect(0, 5).bottom(), g.cellRect(1, 5).top());
        QVERIFY(g.cellRect(3, 0).isNull());
        QVERIFY(g.cellRect(0, 11).isNull());
        QVERIFY(g.cellRect(-1, 0).isNull());
    }

    void hitTestingIsTheInverseOfCellRect() {
        const HeatmapGeometry g(QSizeF(640, 200), 4, 11, 100);
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 11; ++c) {
                const QRectF cell = g.cellRect(r, c);
                const auto hit = g.cellAt(cell.center());
                QVERIFY(hit);
                QCOMPARE(hit->row, r);
                QCOMPARE(hit->column, c);
                const auto corner = g.cellAt(cell.topLeft());
                QVERIFY(corner);
                QCOMPARE(*corner, (HeatmapGeometry::Cell{r, c}));
            }
        QVERIFY(!g.cellAt(QPointF(5, 50)));                          // in the row labels
        QVERIFY(!g.cellAt(QPointF(300, g.plotRect().bottom() + 1))); // in the legend
        QVERIFY(!g.cellAt(g.plotRect().bottomRight()));              // right/bottom edges are open
        QVERIFY(!HeatmapGeometry(QSizeF(640, 200), 0, 11, 0).cellAt(QPointF(300, 100)));
    }

    void logScaleFraction() {
        const HeatmapGeometry g(QSizeF(800, 300), 1, 11, 999);
        QCOMPARE(g.fraction(std::nullopt), 0.0);
        QCOMPARE(g.fraction(0), 0.0);
        QCOMPARE(g.fraction(999), 1.0);
        QVERIFY(qFuzzyCompare(g.fraction(9), 1.0 / 3));  // log10(10)/log10(1000)
        QVERIFY(qFuzzyCompare(g.fraction(99), 2.0 / 3)); // log10(100)/log10(1000)
        QCOMPARE(g.fraction(5000), 1.0);                 // clamped above the scale maximum
        // Monotonic.
        double last = 0;
        for (std::uint64_t v = 1; v <= 999; v += 7) {
            const double f = g.fraction(v);
            QVERIFY(f > last);
            last = f;
        }
        // valueAtFraction inverts fraction.
        for (std::uint64_t v : {1ull, 7ull, 52ull, 400ull, 999ull})
            QVERIFY(std::abs(g.valueAtFraction(g.fraction(v)) - double(v)) < 1e-6 * double(v) + 1e-9);
        // A scale with max 1 puts 1 at the top; an all-empty matrix maps everything to 0.
        QCOMPARE(HeatmapGeometry(QSizeF(100, 100), 1, 1, 1).fraction(1), 1.0);
        QCOMPARE(HeatmapGeometry(QSizeF(100, 100), 1, 1, 0).fraction(5), 0.0);
    }

    void coloursByKind() {
        const HeatmapGeometry g(QSizeF(800, 300), 1, 11, 1000);
        QCOMPARE(HeatmapGeometry::kindOf(std::nullopt), HeatmapGeometry::CellKind::Absent);
        QCOMPARE(HeatmapGeometry::kindOf(0), HeatmapGeometry::CellKind::Empty);
        QCOMPARE(HeatmapGeometry::kindOf(1), HeatmapGeometry::CellKind::Filled);
        QCOMPARE(g.colourFor(0), QColor(Qt::white));
        QVERIFY(g.colourFor(std::nullopt) != g.colourFor(0));
        // One block must not look like no block: the smallest filled colour is dark.
        QVERIFY(g.colourFor(1).lightnessF() < 0.5);
        QCOMPARE(g.colourFor(1000), HeatmapGeometry::rampColour(1.0));
        QCOMPARE(HeatmapGeometry::rampColour(0.0), QColor(0x44, 0x01, 0x54));
        QCOMPARE(HeatmapGeometry::rampColour(1.0), QColor(0xfd, 0xe7, 0x25));
        QCOMPARE(HeatmapGeometry::rampColour(0.5), QColor(0x21, 0x91, 0x8c));
        // Text stays readable: white on the dark end, black on the bright end.
        QCOMPARE(g.textColourFor(1), QColor(Qt::white));
        QCOMPARE(g.textColourFor(1000), QColor(Qt::black));
    }

    void legend() {
        const HeatmapGeometry g(QSizeF(800, 300), 3, 11, 6327, 120, 20, 40);
        const std::vector<std::uint64_t> expected{1, 10, 100, 1000, 6327};
        QCOMPARE(g.legendTicks(), expected);
        QCOMPARE(g.legendX(6327), g.legendRampRect().right());
        QCOMPARE(g.legendX(0), g.legendRampRect().left());
        QVERIFY(g.legendX(10) < g.legendX(100));
        QVERIFY(g.legendRampRect().top() > g.plotRect().bottom());
        QVERIFY(HeatmapGeometry(QSizeF(800, 300), 1, 1, 0).legendTicks().empty());
        const std::vector<std::uint64_t> exact{1, 10, 100};
        QCOMPARE(HeatmapGeometry(QSizeF(800, 300), 1, 1, 100).legendTicks(), exact);
    }

    void labelThinning() {
        // 3600 samples over ~670 px: labels 60 px wide must be thinned.
        const HeatmapGeometry g(QSizeF(800, 300), 11, 3600, 10);
        const int step = g.columnLabelStep(60);
        QVERIFY(step > 1);
        QVERIFY(g.columnHeaderRect(0).width() * step >= 60);
        QVERIFY(g.columnHeaderRect(0).width() * (step - 1) < 60);
        QCOMPARE(HeatmapGeometry(QSizeF(800, 300), 3, 11, 10).columnLabelStep(20), 1);
    }

    // The widget paints what the geometry says: sample the pixel at each cell centre.
    void widgetPaintsTheMapping() {
        BuddyHeatmap w;
        w.resize(900, 260);
        HeatmapMatrix m;
        m.rowLabels = {QStringLiteral("Node 0 DMA32"), QStringLiteral("Node 0 Normal")};
        for (int o = 0; o <= 10; ++o)
            m.columnLabels << QString::number(o);
        // Real counts from this kind of host (tests/data/live/README.md: buddyinfo of the dev VM).
        m.values = {{2, 3, 0, 2, 3, 2, 1, 4, 4, 2, 752},
                    {6327, 2870, 1712, 1052, 717, 447, 266, 188, 96, 50, std::nullopt}};
        w.setMatrix(m);
        w.setMarkedColumn(2);
        QFont f = w.font();
        f.setPointSize(1); // numbers must not cover the sampled centre pixel
        w.setFont(f);
        const QImage img = w.grab().toImage();
        if (qEnvironmentVariableIsSet("OOMLENS_SCREENSHOT_DIR"))
            img.save(qEnvironmentVariable("OOMLENS_SCREENSHOT_DIR") + QStringLiteral("/heatmap-unit.png"));
        const HeatmapGeometry g = w.heatmapGeometry();
        QCOMPARE(g.rows(), 2);
        QCOMPARE(g.columns(), 11);
        QCOMPARE(g.maxValue(), std::uint64_t(6327));
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 11; ++c) {
                const auto v = m.value(r, c);
                if (HeatmapGeometry::kindOf(v) != HeatmapGeometry::CellKind::Filled) continue;
                const QRectF cell = g.cellRect(r, c);
                const QPoint at(int(cell.left() + 3), int(cell.top() + 3));
                QCOMPARE(img.pixelColor(at), g.colourFor(v));
            }
        // The empty order-2 cell of DMA32 is white (plus the red cross of the marked column).
        const QRectF emptyCell = g.cellRect(0, 2);
        QCOMPARE(img.pixelColor(QPoint(int(emptyCell.left() + 3), int(emptyCell.center().y()))),
                 QColor(Qt::white));
    }
};

QTEST_MAIN(TestHeatmapGeometry)
#include "tst_heatmapgeometry.moc"
